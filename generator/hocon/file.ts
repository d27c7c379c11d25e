// parseFile: parseString with node:fs for the file and its includes.
import { readFileSync } from "node:fs";
import { HoconError } from "./errors.js";
import { parseString } from "./index.js";
import type { ParseOptions, ParseResult } from "./types.js";

export function parseFile(path: string, options: Omit<ParseOptions, "file"> = {}): ParseResult {
  let text: string | undefined;
  try {
    text = readText(path);
  } catch (e) {
    const reason = (e as { code?: unknown }).code ?? "read error";
    throw new HoconError("hocon/file-not-found", `cannot read ${path} (${String(reason)})`, { file: path, line: 1, column: 1 });
  }
  if (text === undefined) {
    throw new HoconError("hocon/file-not-found", `file not found: ${path}`, { file: path, line: 1, column: 1 });
  }
  return parseString(text, { readFile: readText, ...options, file: path });
}

/** The file's text, or undefined when it does not exist (other I/O errors propagate). */
export function readText(path: string): string | undefined {
  try {
    return readFileSync(path, "utf8");
  } catch (e) {
    const code = (e as { code?: unknown }).code;
    if (code === "ENOENT" || code === "ENOTDIR") return undefined;
    if (code === "EISDIR") throw Object.assign(new Error(`${path} is a directory`), { code });
    throw e;
  }
}
