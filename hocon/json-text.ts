// JSON text of a parsed value, exactly as JSON.stringify(value, null, indent) writes it,
// except that a bigint (an integer beyond 2^53, see types.ts) is written with all its
// digits instead of throwing.
import type { JsonValue } from "./types.js";

export function jsonText(value: JsonValue, indent = 0): string {
  try {
    // Native and fast; it throws a TypeError on the first bigint, which is rare.
    return JSON.stringify(value, null, indent);
  } catch (e) {
    if (!(e instanceof TypeError)) throw e;
  }
  return write(value, indent === 0 ? "" : "\n", " ".repeat(indent));
}

/** `nl`: a newline and the current indentation ("" when compact); `step`: one level more. */
function write(v: JsonValue, nl: string, step: string): string {
  if (v === null || typeof v !== "object") return typeof v === "bigint" ? v.toString() : JSON.stringify(v);
  const inner = nl === "" ? "" : nl + step;
  if (Array.isArray(v)) {
    if (v.length === 0) return "[]";
    let s = "[";
    for (let i = 0; i < v.length; i++) s += (i === 0 ? inner : "," + inner) + write(v[i], inner, step);
    return s + nl + "]";
  }
  const keys = Object.keys(v);
  if (keys.length === 0) return "{}";
  const colon = nl === "" ? ":" : ": ";
  let s = "{";
  for (let i = 0; i < keys.length; i++) s += (i === 0 ? inner : "," + inner) + JSON.stringify(keys[i]) + colon + write(v[keys[i]], inner, step);
  return s + nl + "}";
}
