// Small type guards for walking parsed (untyped) JSON values.
import type { JsonObject, JsonValue } from "../../hocon/types.js";

export function isObject(v: JsonValue | undefined): v is JsonObject {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}

export function jsonTypeOf(v: JsonValue): "object" | "array" | "string" | "number" | "boolean" | "null" {
  if (v === null) return "null";
  if (Array.isArray(v)) return "array";
  return typeof v === "bigint" ? "number" : (typeof v as "object" | "string" | "number" | "boolean");
}

/** A number, exact (bigint) or not. */
export function isJsonNumber(v: JsonValue | undefined): v is number | bigint {
  return typeof v === "number" || typeof v === "bigint";
}

/** An integer: a bigint always is one. */
export function isJsonInteger(v: JsonValue | undefined): v is number | bigint {
  return typeof v === "bigint" || (typeof v === "number" && Number.isInteger(v));
}

export function hasOwn(obj: object, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(obj, key);
}
