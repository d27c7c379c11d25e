// The JSON types a raw schema admits, as far as its `type`, `$ref` and unions say.
import type { JsonObject, JsonValue } from "../../../hocon/types.js";
import { isJsonInteger, isJsonNumber, isObject } from "../json.js";
import { isSchemaType, REF_PREFIX, UNION_MODES, type SchemaType } from "../keywords.js";

type Types = Set<SchemaType> | undefined;

// Per `_definitions` object: the types of each definition already worked out, so long
// `$ref` chains are followed once, not once per referring schema.
const memo = new WeakMap<JsonObject, Map<JsonObject, Types | "pending">>();

/** Known types of `raw`, or undefined when it admits anything / cannot be told. */
export function declaredTypes(raw: JsonObject, definitions: JsonObject, depth = 0): Types {
  if (depth > 64) return undefined; // pathological nesting of unions: give up rather than overflow
  if (typeof raw.$ref === "string") {
    const target = raw.$ref.startsWith(REF_PREFIX) ? definitions[raw.$ref.slice(REF_PREFIX.length)] : undefined;
    return isObject(target) ? definitionTypes(target, definitions) : undefined;
  }
  for (const mode of UNION_MODES) {
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

function definitionTypes(target: JsonObject, definitions: JsonObject): Types {
  let known = memo.get(definitions);
  if (!known) memo.set(definitions, (known = new Map()));
  const cached = known.get(target);
  if (cached === "pending") return undefined; // a `$ref` cycle says nothing about types
  if (cached !== undefined || known.has(target)) return cached;
  known.set(target, "pending");
  // Iterate along plain `$ref` chains instead of recursing, so a long chain cannot overflow the stack.
  const chain: JsonObject[] = [target];
  let node = target;
  while (typeof node.$ref === "string") {
    const next = node.$ref.startsWith(REF_PREFIX) ? definitions[node.$ref.slice(REF_PREFIX.length)] : undefined;
    if (!isObject(next) || known.has(next)) break;
    known.set(next, "pending");
    chain.push(next);
    node = next;
  }
  const last = chain[chain.length - 1];
  let result: Types;
  if (typeof last.$ref === "string") {
    const next = last.$ref.startsWith(REF_PREFIX) ? definitions[last.$ref.slice(REF_PREFIX.length)] : undefined;
    const after = isObject(next) ? known.get(next) : undefined;
    result = after === "pending" ? undefined : after;
  } else {
    result = declaredTypes(last, definitions);
  }
  for (const n of chain) known.set(n, result);
  return result;
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
      return isJsonNumber(value);
    case "integer":
      return isJsonInteger(value);
    case "boolean":
      return typeof value === "boolean";
    case "null":
      return value === null;
  }
}

export function typeList(types: ReadonlySet<SchemaType>): string {
  return [...types].join(" | ");
}
