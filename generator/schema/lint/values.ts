// Keyword values of the wrong shape: `properties` entries that are not schemas (the
// serving.conf mistake), non-string descriptions, malformed counts and patterns.
import type { Location } from "../../diagnostics.js";
import type { JsonObject, JsonValue } from "../../hocon/types.js";
import { isObject, jsonTypeOf } from "../json.js";
import type { SchemaRule } from "./context.js";

const STRING_KEYWORDS = ["description", "title", "format", "pattern", "$comment", "$ref"] as const;
const NUMBER_KEYWORDS = ["minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"] as const;
const COUNT_KEYWORDS = ["minLength", "maxLength", "minItems", "maxItems", "minProperties", "maxProperties"] as const;
const BOOLEAN_KEYWORDS = ["uniqueItems", "deprecated"] as const;

export const checkKeywordValues: SchemaRule = ({ raw, location }, { locate, report }) => {
  const at = (key: string): Location => locate.member(raw, key, location);
  const bad = (key: string, expected: string): void =>
    report.error("bad-keyword-value", at(key), `\`${key}\` must be ${expected}, not ${describe(raw[key])}`, `write \`${key}\` as ${expected}`);

  for (const key of STRING_KEYWORDS) if (key in raw && typeof raw[key] !== "string") bad(key, "a string");
  for (const key of NUMBER_KEYWORDS) if (key in raw && typeof raw[key] !== "number") bad(key, "a number");
  for (const key of BOOLEAN_KEYWORDS) if (key in raw && typeof raw[key] !== "boolean") bad(key, "true or false");
  for (const key of COUNT_KEYWORDS) {
    const v = raw[key];
    if (key in raw && !(typeof v === "number" && Number.isInteger(v) && v >= 0)) bad(key, "a non-negative integer");
  }
  if ("multipleOf" in raw && !(typeof raw.multipleOf === "number" && raw.multipleOf > 0)) bad("multipleOf", "a positive number");
  if ("examples" in raw && !Array.isArray(raw.examples)) bad("examples", "a list");
  if ("enum" in raw && !(Array.isArray(raw.enum) && raw.enum.length > 0)) bad("enum", "a non-empty list");
  if ("required" in raw && !(Array.isArray(raw.required) && raw.required.every((r) => typeof r === "string"))) bad("required", "a list of property names");
  if ("additionalProperties" in raw && typeof raw.additionalProperties !== "boolean" && !isObject(raw.additionalProperties)) {
    bad("additionalProperties", "true, false or a schema");
  }
  if ("items" in raw && !isObject(raw.items)) {
    if (Array.isArray(raw.items)) {
      report.error("bad-keyword-value", at("items"), "tuple `items` (a list of schemas) is not supported", "give `items` a single schema that every element matches");
    } else bad("items", "a schema");
  }
  if (typeof raw.pattern === "string" && !compiles(raw.pattern)) {
    report.error("bad-pattern", at("pattern"), `\`pattern\` is not a valid regular expression: ${JSON.stringify(raw.pattern)}`, "fix the regular expression");
  }

  const props = raw.properties;
  if ("properties" in raw && !isObject(props)) bad("properties", "an object of property schemas");
  if (isObject(props)) {
    for (const name of Object.keys(props)) {
      const value = props[name];
      if (isObject(value)) continue;
      report.error(
        "property-not-schema",
        locate.member(props, name, location),
        `property \`${name}\` is not a schema: it is ${describe(value)}`,
        name === "description" || name === "type"
          ? `\`${name}\` belongs to the schema itself, not inside \`properties\`: move it one level up`
          : `write the property as an object, e.g. \`${name} { type: string, description: "..." }\``,
      );
    }
  }

  const patterns = raw.patternProperties;
  if ("patternProperties" in raw && !isObject(patterns)) bad("patternProperties", "an object of pattern schemas");
  if (isObject(patterns)) {
    for (const pattern of Object.keys(patterns)) {
      const here = locate.member(patterns, pattern, location);
      if (!compiles(pattern)) report.error("bad-pattern", here, `property pattern is not a valid regular expression: ${JSON.stringify(pattern)}`, "fix the regular expression");
      if (!isObject(patterns[pattern])) report.error("not-a-schema", here, `pattern property is not a schema: it is ${describe(patterns[pattern])}`, "give it a schema object");
    }
  }

  for (const mode of ["anyOf", "oneOf"] as const) {
    if (!(mode in raw)) continue;
    const list = raw[mode];
    if (!Array.isArray(list) || list.length === 0) {
      bad(mode, "a non-empty list of schemas");
      continue;
    }
    list.forEach((v, i) => {
      if (!isObject(v)) report.error("not-a-schema", locate.member(list, i, at(mode)), `\`${mode}\` entry ${i + 1} is not a schema: it is ${describe(v)}`, "each entry must be a schema object");
    });
  }
};

function compiles(pattern: string): boolean {
  try {
    new RegExp(pattern);
    return true;
  } catch {
    return false;
  }
}

/** A short description of a value for messages (never the whole value: it may be large). */
export function describe(value: JsonValue | undefined): string {
  if (value === undefined) return "missing";
  const kind = jsonTypeOf(value);
  if (kind === "string") {
    const s = value as string;
    return `a string (${JSON.stringify(s.length > 40 ? s.slice(0, 40) + "…" : s)})`;
  }
  if (kind === "number" || kind === "boolean") return `${kind === "number" ? "a number" : "a boolean"} (${String(value)})`;
  return kind === "null" ? "null" : kind === "array" ? "a list" : "an object";
}

export function objectOrEmpty(v: JsonValue | undefined): JsonObject {
  return isObject(v) ? v : {};
}
