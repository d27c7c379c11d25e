// The one place the schema model reads a HOCON file; everything else takes a ParseResult.
// No environment fallback here, whatever the caller: generated output must not depend on
// the machine it runs on, so a substitution the files cannot resolve is an error.
import { parseFile } from "../hocon/file.js";
import type { HoconDialect, ParseOptions, ParseResult } from "../../hocon/types.js";

export interface ConfReadOptions {
  /** Default `pyhocon`, as the server reads its files. */
  readonly dialect?: HoconDialect;
  /** Reads included files (default: the file system). */
  readonly readFile?: (path: string) => string | undefined;
}

export function readConf(file: string, options: ConfReadOptions = {}): ParseResult {
  const parse: { -readonly [K in keyof ParseOptions]: ParseOptions[K] } = { dialect: options.dialect ?? "pyhocon" };
  if (options.readFile !== undefined) parse.readFile = options.readFile;
  return parseFile(file, parse);
}
