// Response data made up from an endpoint version's response schema, with faker for the
// values. Walking the same model the emitter walks makes every value valid by
// construction for the generated response validator (types, enums, consts, required
// properties, refs and their sibling keywords, unions); faker only chooses among valid
// values, seeded per call, so a seed gives the same answers.
import type { Faker } from "@faker-js/faker";
import type { JsonObject, JsonValue } from "../../hocon/types.js";
import type { NumberSchema, ObjectSchema, SchemaNode, StringSchema } from "../schema/model.js";
import { isObject } from "../schema/json.js";

// Past this depth optional properties are left out and arrays hold only what minItems
// asks, so recursive definitions end.
const FULL_DEPTH = 6;
const MAX_DEPTH = 40;

export function fakeValue(schema: SchemaNode, faker: Faker, name = "", depth = 0): JsonValue {
  if (depth > MAX_DEPTH) throw new Error(`cannot fake ${name || "a value"}: a required property recurses without end`);
  const next = (s: SchemaNode, key = name) => fakeValue(s, faker, key, depth + 1);
  switch (schema.kind) {
    case "any":
      return faker.lorem.word();
    case "null":
      return null;
    case "boolean":
      return schema.const ?? faker.datatype.boolean();
    case "number":
    case "integer":
      return fakeNumber(schema, faker);
    case "string":
      return fakeString(schema, faker, name);
    case "array": {
      const min = schema.minItems ?? 0;
      const max = depth >= FULL_DEPTH ? min : Math.max(min, Math.min(schema.maxItems ?? 3, 3));
      const length = faker.number.int({ min: Math.min(Math.max(min, 1), max), max });
      const items = Array.from({ length }, () => (schema.items ? next(schema.items) : faker.lorem.word()));
      return schema.uniqueItems ? unique(items, min) : items;
    }
    case "object":
      return fakeObject(schema, faker, depth, next);
    case "ref": {
      const value = schema.target ? next(schema.target.schema) : {};
      return schema.base ? merged(value, fakeObject(schema.base, faker, depth, next)) : value;
    }
    case "union": {
      const value = next(faker.helpers.arrayElement(schema.variants));
      return schema.base ? merged(value, fakeObject(schema.base, faker, depth, next)) : value;
    }
  }
}

function fakeObject(schema: ObjectSchema, faker: Faker, depth: number, next: (s: SchemaNode, key?: string) => JsonValue): JsonObject {
  const out: JsonObject = {};
  for (const p of schema.properties) {
    if (p.required || (depth < FULL_DEPTH && faker.datatype.boolean(0.8))) out[p.name] = next(p.schema, p.name);
  }
  const extra = schema.additionalProperties;
  if (schema.properties.length === 0 && typeof extra === "object" && !schema.patternProperties?.length && depth < FULL_DEPTH) {
    for (const key of faker.helpers.uniqueArray(() => faker.lorem.word(), 2)) out[key] = next(extra, key);
  }
  return out;
}

/** Keywords beside a `$ref` or a union describe the same object: their properties join it. */
function merged(value: JsonValue, base: JsonObject): JsonValue {
  return isObject(value) ? { ...base, ...value } : value;
}

function fakeNumber(schema: NumberSchema, faker: Faker): number {
  const listed = schema.const !== undefined ? [schema.const] : schema.enum;
  if (listed && listed.length > 0) return Number(faker.helpers.arrayElement(listed));
  const integer = schema.kind === "integer";
  const step = integer ? 1 : 0.01;
  const min = schema.minimum !== undefined ? Number(schema.minimum) : schema.exclusiveMinimum !== undefined ? Number(schema.exclusiveMinimum) + step : 0;
  const max = schema.maximum !== undefined ? Number(schema.maximum) : schema.exclusiveMaximum !== undefined ? Number(schema.exclusiveMaximum) - step : min + 1000;
  const multipleOf = schema.multipleOf !== undefined ? Number(schema.multipleOf) : undefined;
  if (multipleOf) return multipleOf * faker.number.int({ min: Math.ceil(min / multipleOf), max: Math.max(Math.ceil(min / multipleOf), Math.floor(max / multipleOf)) });
  return integer ? faker.number.int({ min: Math.ceil(min), max: Math.max(Math.ceil(min), Math.floor(max)) }) : faker.number.float({ min, max: Math.max(min, max), fractionDigits: 2 });
}

function fakeString(schema: StringSchema, faker: Faker, name: string): string {
  if (schema.const !== undefined) return schema.const;
  if (schema.enum && schema.enum.length > 0) return faker.helpers.arrayElement(schema.enum);
  const text = formatted(schema.format, faker) ?? named(name, faker);
  const min = schema.minLength ?? 0;
  const padded = text.length < min ? text + "x".repeat(min - text.length) : text;
  return schema.maxLength !== undefined ? padded.slice(0, schema.maxLength) : padded;
}

function formatted(format: string | undefined, faker: Faker): string | undefined {
  switch (format) {
    case "date-time":
      return faker.date.past().toISOString();
    case "date":
      return faker.date.past().toISOString().slice(0, 10);
    case "email":
      return faker.internet.email();
    case "uri":
    case "url":
      return faker.internet.url();
    case "uuid":
      return faker.string.uuid();
    default:
      return undefined;
  }
}

/** A value that reads like the property it fills (ClearML ids are 32 hex digits). */
function named(name: string, faker: Faker): string {
  const key = name.toLowerCase();
  if (key === "id" || key.endsWith("_id") || key === "user" || key === "company" || key === "project" || key === "task") {
    return faker.string.hexadecimal({ length: 32, casing: "lower", prefix: "" });
  }
  if (key.endsWith("name")) return faker.person.firstName().toLowerCase() + "-" + faker.lorem.word();
  if (key.endsWith("url") || key.endsWith("uri")) return faker.internet.url();
  if (key === "created" || key === "last_update" || key.endsWith("_time") || key.endsWith("time")) return faker.date.past().toISOString();
  if (key.includes("email")) return faker.internet.email();
  return faker.lorem.words({ min: 1, max: 3 });
}

function unique(items: JsonValue[], min: number): JsonValue[] {
  const seen = new Set<string>();
  const out = items.filter((item) => {
    const key = JSON.stringify(item);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  // Too few distinct values to meet minItems: keep them all rather than answer fewer.
  return out.length >= min ? out : items;
}
