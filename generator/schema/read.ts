// The one place the schema model reads a HOCON file; everything else takes a ParseResult.
import { parseFile } from "../hocon/file.js";
import type { ParseResult } from "../hocon/types.js";

export function readConf(file: string): ParseResult {
  return parseFile(file);
}
