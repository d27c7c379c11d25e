// The smallest valid request body of an endpoint version, from the API model (the
// per-version counterpart of minimal-request.ts, which reads one OpenAPI document):
// required properties only, each with the first value its schema allows.
import type { JsonObject, JsonValue } from "../../hocon/types.js";
import type { SchemaNode } from "../../generator/schema/model.js";

const MAX_DEPTH = 32;

export function minimalRequest(schema: SchemaNode, depth = 0): JsonValue {
  if (depth > MAX_DEPTH) throw new Error("minimalRequest: a required property is recursive without end");
  const next = (s: SchemaNode) => minimalRequest(s, depth + 1);
  switch (schema.kind) {
    case "any":
      return {};
    case "null":
      return null;
    case "boolean":
      return schema.const ?? false;
    case "number":
    case "integer": {
      const listed = schema.const !== undefined ? [schema.const] : schema.enum;
      if (listed?.length) return Number(listed[0]);
      if (schema.minimum !== undefined) return Math.ceil(Number(schema.minimum));
      if (schema.exclusiveMinimum !== undefined) return Math.floor(Number(schema.exclusiveMinimum)) + 1;
      if (schema.maximum !== undefined && Number(schema.maximum) < 0) return Math.floor(Number(schema.maximum));
      return 0;
    }
    case "string":
      if (schema.const !== undefined) return schema.const;
      if (schema.enum?.length) return schema.enum[0];
      if (schema.format === "date-time") return "2024-01-01T00:00:00Z";
      return "x".repeat(Math.max(schema.minLength ?? 1, 1));
    case "array":
      return Array.from({ length: schema.minItems ?? 0 }, () => (schema.items ? next(schema.items) : {}));
    case "object": {
      const out: JsonObject = {};
      for (const p of schema.properties) if (p.required) out[p.name] = next(p.schema);
      return out;
    }
    case "ref":
      return merge(schema.target ? next(schema.target.schema) : {}, schema.base && next(schema.base));
    case "union": {
      const variant = schema.variants.find((v) => v.kind !== "null") ?? schema.variants[0];
      return merge(next(variant), schema.base && next(schema.base));
    }
  }
}

function merge(value: JsonValue, base: JsonValue | undefined): JsonValue {
  const isObject = (v: JsonValue | undefined): v is JsonObject => typeof v === "object" && v !== null && !Array.isArray(v);
  return isObject(value) && isObject(base) ? { ...base, ...value } : value;
}
