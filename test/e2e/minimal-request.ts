// The smallest valid request body of an operation, built from its schema in an OpenAPI
// document: required properties only, each with the first value its schema allows (a
// const, the first enum member, the bound of a range, the first non-null type).
type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Schema = { [key: string]: Json };

const SCHEMA_REF = "#/components/schemas/";
const MAX_DEPTH = 32;

export function minimalValue(schema: Json, components: Record<string, Schema>, depth = 0): Json {
  if (depth > MAX_DEPTH) throw new Error("minimalValue: a required property is recursive without end");
  if (!isSchema(schema)) return {}; // `true`: anything is valid
  const next = (s: Json) => minimalValue(s, components, depth + 1);
  if (typeof schema.$ref === "string") return next(resolve(schema.$ref, components));
  if ("const" in schema) return schema.const;
  if (Array.isArray(schema.enum) && schema.enum.length > 0) return schema.enum[0];
  const variants = firstVariant(schema);
  if (Array.isArray(schema.allOf) || variants !== undefined) {
    // Keywords beside allOf/anyOf/oneOf apply too: merge what each part requires.
    const base: Schema = { ...schema };
    for (const key of ["allOf", "anyOf", "oneOf"]) delete base[key];
    const parts = [...(Array.isArray(schema.allOf) ? schema.allOf : []), ...(variants === undefined ? [] : [variants])].map(next);
    const own = Object.keys(base).some((k) => k !== "description") ? [next(base)] : [];
    return merge([...own, ...parts]);
  }
  switch (typeOf(schema)) {
    case "object":
      return objectValue(schema, next);
    case "array":
      return Array.from({ length: typeof schema.minItems === "number" ? schema.minItems : 0 }, () => next(schema.items ?? {}));
    case "string":
      return stringValue(schema);
    case "integer":
    case "number":
      return numberValue(schema);
    case "boolean":
      return false;
    case "null":
      return null;
    default:
      return {};
  }
}

function objectValue(schema: Schema, next: (s: Json) => Json): Json {
  const out: { [key: string]: Json } = {};
  const properties = isSchema(schema.properties) ? schema.properties : {};
  const required = Array.isArray(schema.required) ? schema.required.filter((r): r is string => typeof r === "string") : [];
  for (const name of required) {
    const own = properties[name];
    const extra = schema.additionalProperties;
    out[name] = next(own !== undefined ? own : extra !== undefined && extra !== false ? extra : {});
  }
  return out;
}

function stringValue(schema: Schema): string {
  switch (schema.format) {
    case "date-time":
      return "2024-01-01T00:00:00Z";
    case "date":
      return "2024-01-01";
    case "email":
      return "a@example.com";
    case "uuid":
      return "00000000-0000-4000-8000-000000000000";
    case "uri":
      return "http://example.com";
  }
  const min = typeof schema.minLength === "number" ? schema.minLength : 1;
  return "x".repeat(min);
}

function numberValue(schema: Schema): number {
  if (typeof schema.minimum === "number") return Math.ceil(schema.minimum);
  if (typeof schema.exclusiveMinimum === "number") return Math.floor(schema.exclusiveMinimum) + 1;
  if (typeof schema.maximum === "number" && schema.maximum < 0) return Math.floor(schema.maximum);
  if (typeof schema.exclusiveMaximum === "number" && schema.exclusiveMaximum <= 0) return Math.ceil(schema.exclusiveMaximum) - 1;
  return 0;
}

function typeOf(schema: Schema): string | undefined {
  const type = schema.type;
  if (typeof type === "string") return type;
  if (Array.isArray(type)) return (type.find((t) => t !== "null") ?? type[0]) as string | undefined;
  if (isSchema(schema.properties) || Array.isArray(schema.required)) return "object";
  return undefined;
}

/** The first anyOf/oneOf variant that is not only `null`, so a value is sent. */
function firstVariant(schema: Schema): Json | undefined {
  const list = Array.isArray(schema.anyOf) ? schema.anyOf : Array.isArray(schema.oneOf) ? schema.oneOf : undefined;
  if (!list || list.length === 0) return undefined;
  return list.find((v) => !(isSchema(v) && v.type === "null")) ?? list[0];
}

function merge(values: Json[]): Json {
  const objects = values.filter(isSchema);
  if (objects.length === 0) return values[0] ?? {};
  return Object.assign({}, ...objects);
}

function resolve(ref: string, components: Record<string, Schema>): Schema {
  if (!ref.startsWith(SCHEMA_REF)) throw new Error(`minimalValue: unsupported $ref ${ref}`);
  const key = ref.slice(SCHEMA_REF.length).replaceAll("~1", "/").replaceAll("~0", "~");
  const target = components[key];
  if (target === undefined) throw new Error(`minimalValue: no component ${key}`);
  return target;
}

function isSchema(value: Json | undefined): value is Schema {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
