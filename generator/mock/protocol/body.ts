// Request bodies: one JSON object, or json-lines (one JSON object per line) for batch
// endpoints. Syntax errors name the line and column, like a compiler would.
import type { JsonObject, JsonValue } from "../../../hocon/types.js";
import { isObject } from "../../schema/json.js";
import { badRequest } from "./errors.js";
import { jsonErrorAt } from "./json-error.js";

export function parseJsonObject(text: string): JsonObject {
  if (text.trim() === "") return {};
  const value = parseOrThrow(text);
  if (!isObject(value)) throw badRequest(12, "Validation error: the request body must be a JSON object");
  return value;
}

export type ParsedLine =
  | { readonly line: number; readonly ok: true; readonly value: JsonObject }
  | { readonly line: number; readonly ok: false; readonly error: string };

/**
 * Splits at "\n" (one final newline is allowed). A blank line or a line that is not a
 * JSON object is reported for that line only, so the rest of the batch can still run.
 */
export function parseJsonLines(text: string): ParsedLine[] {
  const body = text.endsWith("\n") ? text.slice(0, -1) : text;
  if (body === "") throw badRequest(12, "Validation error: the json-lines body has no lines");
  const out: ParsedLine[] = [];
  let line = 0;
  for (const raw of body.split("\n")) {
    line += 1;
    const content = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
    if (content.trim() === "") {
      out.push({ line, ok: false, error: `line ${line}: blank lines are not allowed` });
      continue;
    }
    let value: JsonValue;
    try {
      value = JSON.parse(content);
    } catch (err) {
      out.push({ line, ok: false, error: `line ${line}: ${syntaxMessage(content, err)}` });
      continue;
    }
    out.push(isObject(value) ? { line, ok: true, value } : { line, ok: false, error: `line ${line}: expected a JSON object` });
  }
  return out;
}

function parseOrThrow(text: string): JsonValue {
  try {
    return JSON.parse(text);
  } catch (err) {
    throw badRequest(12, `Invalid JSON in request body: ${syntaxMessage(text, err)}`);
  }
}

/** "line L, column C: <reason>" for a text JSON.parse rejected. */
function syntaxMessage(text: string, err: unknown): string {
  const at = jsonErrorAt(text);
  if (at) return `line ${at.line}, column ${at.column}: ${at.reason}`;
  return err instanceof Error ? err.message : String(err);
}
