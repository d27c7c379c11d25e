// parseFile: parseString with node:fs for the file and its includes.
import { HoconError } from "../../hocon/errors.js";
import { parseString } from "../../hocon/index.js";
import type { ParseOptions, ParseResult } from "../../hocon/types.js";
import { readText } from "./read-text.js";

export function parseFile(path: string, options: Omit<ParseOptions, "file"> = {}): ParseResult {
  let text: string | undefined;
  try {
    text = readText(path);
  } catch (e) {
    throw new HoconError("hocon/file-not-found", `cannot read ${path} (${readFailure(e)})`, { file: path, line: 1, column: 1 });
  }
  if (text === undefined) {
    throw new HoconError("hocon/file-not-found", `file not found: ${path}`, { file: path, line: 1, column: 1 });
  }
  return parseString(text, { readFile: readText, ...options, file: path });
}

/** Why a read failed: a system error by its code, a refusal of readText by its message. */
function readFailure(e: unknown): string {
  const code = (e as { code?: unknown }).code;
  return code !== undefined ? String(code) : e instanceof Error ? e.message : "read error";
}
