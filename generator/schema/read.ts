// The one place the schema model reads a HOCON file. Everything else takes a ParseResult,
// so the parser behind this can change without touching the model.
// STAND-IN until generator/hocon/file.ts lands: reads the pyhocon ground truth next to the
// corpus (../expected/<stem>.json) or a plain-JSON .conf file, with locations at 1:1.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Diagnostic, Location } from "../diagnostics.js";
import type { JsonObject, ParseResult, SourceMap } from "../hocon/types.js";

export function readConf(file: string): ParseResult {
  const expected = path.join(path.dirname(file), "..", "expected", path.basename(file, ".conf") + ".json");
  const jsonFile = existsSync(expected) ? expected : file;
  const text = readFileSync(jsonFile, "utf8");
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    throw standInError(file, err instanceof Error ? err.message : String(err));
  }
  if (value === null || typeof value !== "object" || Array.isArray(value)) throw standInError(file, "not an object");
  return { value: value as JsonObject, source: fileStartSourceMap(file, readFileSync(file, "utf8")) };
}

function standInError(file: string, message: string): Error & { diagnostic: Diagnostic } {
  const diagnostic: Diagnostic = { severity: "error", code: "hocon/parse", message, location: { file, line: 1, column: 1 } };
  return Object.assign(new Error(message), { diagnostic });
}

function fileStartSourceMap(file: string, text: string): SourceMap {
  const start: Location = { file, line: 1, column: 1 };
  return { node: () => start, member: () => start, at: () => start, sources: new Map([[file, text]]) };
}
