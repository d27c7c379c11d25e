// The JSON-Schema vocabulary this model understands, shared by normalization and lint so
// both agree on what is a keyword and which keywords hold sub-schemas.

export const SCHEMA_TYPES = ["object", "array", "string", "number", "integer", "boolean", "null"] as const;
export type SchemaType = (typeof SCHEMA_TYPES)[number];

export function isSchemaType(t: unknown): t is SchemaType {
  return typeof t === "string" && (SCHEMA_TYPES as readonly string[]).includes(t);
}

/** Keywords meaningful on a schema of any type. */
export const GENERAL_KEYWORDS: ReadonlySet<string> = new Set([
  "type",
  "description",
  "title",
  "default",
  "deprecated",
  "examples",
  "enum",
  "const",
  "$ref",
  "anyOf",
  "oneOf",
  "$comment",
]);

/** Keywords that only constrain values of one kind. */
export const TYPE_KEYWORDS: Readonly<Record<string, readonly SchemaType[]>> = {
  properties: ["object"],
  required: ["object"],
  additionalProperties: ["object"],
  patternProperties: ["object"],
  minProperties: ["object"],
  maxProperties: ["object"],
  items: ["array"],
  minItems: ["array"],
  maxItems: ["array"],
  uniqueItems: ["array"],
  format: ["string"],
  pattern: ["string"],
  minLength: ["string"],
  maxLength: ["string"],
  minimum: ["number", "integer"],
  maximum: ["number", "integer"],
  exclusiveMinimum: ["number", "integer"],
  exclusiveMaximum: ["number", "integer"],
  multipleOf: ["number", "integer"],
};

export function isKnownKeyword(key: string): boolean {
  return GENERAL_KEYWORDS.has(key) || Object.prototype.hasOwnProperty.call(TYPE_KEYWORDS, key);
}

/** Where `$ref` points in this dialect: a definition of the same service. */
export const REF_PREFIX = "#/definitions/";

/** The union keywords, in the order a schema's are looked at (the first present wins). */
export const UNION_MODES = ["anyOf", "oneOf"] as const;

/** Keywords that constrain objects; beside anyOf/oneOf they form the union's base. */
export const OBJECT_KEYWORDS = ["properties", "required", "additionalProperties", "patternProperties", "minProperties", "maxProperties"] as const;

/**
 * Whether a schema's anyOf/oneOf has an object base beside it: `type: object`, or object
 * keywords with no `type` (lint asks for the `type` then). Beside another `type` they
 * constrain nothing, and lint reports them as having no effect.
 */
export function hasObjectBase(raw: { readonly [key: string]: unknown }): boolean {
  if (raw.type === "object") return true;
  return raw.type === undefined && OBJECT_KEYWORDS.some((k) => raw[k] !== undefined);
}
