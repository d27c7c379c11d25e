// The JSON types a raw schema admits, as far as its `type`, `$ref` and unions say.
import type { JsonObject, JsonValue } from "../../hocon/types.js";
import { isObject } from "../json.js";
import { isSchemaType, REF_PREFIX, type SchemaType } from "../keywords.js";

/** Known types of `raw`, or undefined when it admits anything / cannot be told. */
export function declaredTypes(raw: JsonObject, definitions: JsonObject, depth = 0): Set<SchemaType> | undefined {
  if (depth > 32) return undefined; // a `$ref` cycle: give up rather than loop
  if (typeof raw.$ref === "string") {
    const target = raw.$ref.startsWith(REF_PREFIX) ? definitions[raw.$ref.slice(REF_PREFIX.length)] : undefined;
    return isObject(target) ? declaredTypes(target, definitions, depth + 1) : undefined;
  }
  for (const mode of ["anyOf", "oneOf"] as const) {
    const variants = raw[mode];
    if (!Array.isArray(variants)) continue;
    const all = new Set<SchemaType>();
    for (const v of variants) {
      const t = isObject(v) ? declaredTypes(v, definitions, depth + 1) : undefined;
      if (!t) return undefined;
      for (const x of t) all.add(x);
    }
    return all;
  }
  const type = raw.type;
  if (isSchemaType(type)) return new Set([type]);
  if (Array.isArray(type) && type.length > 0 && type.every(isSchemaType)) return new Set(type as SchemaType[]);
  return undefined;
}

export function valueHasType(value: JsonValue, type: SchemaType): boolean {
  switch (type) {
    case "object":
      return isObject(value);
    case "array":
      return Array.isArray(value);
    case "string":
      return typeof value === "string";
    case "number":
      return typeof value === "number";
    case "integer":
      return typeof value === "number" && Number.isInteger(value);
    case "boolean":
      return typeof value === "boolean";
    case "null":
      return value === null;
  }
}

export function typeList(types: ReadonlySet<SchemaType>): string {
  return [...types].join(" | ");
}
