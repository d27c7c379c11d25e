// Keyword values of the wrong shape: `properties` entries that are not schemas (the
// serving.conf mistake), non-string descriptions, malformed counts and patterns.
import type { Location } from "../../../hocon/diagnostics.js";
import type { JsonObject, JsonValue } from "../../../hocon/types.js";
import { isJsonNumber, isObject, jsonTypeOf } from "../json.js";
import type { SchemaRule, SchemaSite as Site, ServiceLintContext as Context } from "./context.js";

/** What each keyword's value must be, for keywords whose check is a plain test. */
const SHAPES: ReadonlyMap<string, { readonly ok: (v: JsonValue) => boolean; readonly expected: string }> = new Map([
  ...["description", "title", "format", "pattern", "$comment", "$ref"].map((k) => [k, { ok: isString, expected: "a string" }] as const),
  ...["minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"].map((k) => [k, { ok: isNumber, expected: "a number" }] as const),
  ...["uniqueItems", "deprecated"].map((k) => [k, { ok: isBoolean, expected: "true or false" }] as const),
  ...["minLength", "maxLength", "minItems", "maxItems", "minProperties", "maxProperties"].map((k) => [k, { ok: isCount, expected: "a non-negative integer" }] as const),
  ["multipleOf", { ok: (v: JsonValue) => isJsonNumber(v) && v > 0, expected: "a positive number" }],
  ["examples", { ok: (v: JsonValue) => Array.isArray(v), expected: "a list" }],
  ["enum", { ok: (v: JsonValue) => Array.isArray(v) && v.length > 0, expected: "a non-empty list" }],
  ["required", { ok: (v: JsonValue) => Array.isArray(v) && v.every(isString), expected: "a list of property names" }],
  ["additionalProperties", { ok: (v: JsonValue) => typeof v === "boolean" || isObject(v), expected: "true, false or a schema" }],
  ["properties", { ok: isObject, expected: "an object of property schemas" }],
  ["patternProperties", { ok: isObject, expected: "an object of pattern schemas" }],
  ["anyOf", { ok: isNonEmptyList, expected: "a non-empty list of schemas" }],
  ["oneOf", { ok: isNonEmptyList, expected: "a non-empty list of schemas" }],
]);

// One pass over the keys the schema has (a handful), not a probe for every keyword it might have.
export const checkKeywordValues: SchemaRule = (site, ctx) => {
  const { raw } = site;
  const keys = Object.keys(raw);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    const value = raw[key];
    const shape = SHAPES.get(key);
    if (shape && !shape.ok(value)) {
      bad(site, ctx, key, shape.expected);
      continue;
    }
    switch (key) {
      case "items":
        if (!isObject(value)) badItems(site, ctx, value);
        break;
      case "pattern":
        if (!compiles(value as string)) {
          ctx.report.error("bad-pattern", memberAt(site, ctx, key), `\`pattern\` is not a valid regular expression: ${JSON.stringify(value)}`, UNCHECKED_PATTERN_HINT);
        }
        break;
      case "properties":
        checkProperties(site, ctx, value as JsonObject);
        break;
      case "patternProperties":
        checkPatterns(site, ctx, value as JsonObject);
        break;
      case "anyOf":
      case "oneOf":
        checkVariants(site, ctx, key, value as JsonValue[]);
        break;
    }
  }
};

function memberAt(site: Site, { locate }: Context, key: string): Location {
  return locate.member(site.raw, key, site.location);
}

function bad(site: Site, ctx: Context, key: string, expected: string): void {
  ctx.report.error("bad-keyword-value", memberAt(site, ctx, key), `\`${key}\` must be ${expected}, not ${describe(site.raw[key])}`, `write \`${key}\` as ${expected}`);
}

function badItems(site: Site, ctx: Context, items: JsonValue): void {
  if (Array.isArray(items)) {
    ctx.report.error("bad-keyword-value", memberAt(site, ctx, "items"), "tuple `items` (a list of schemas) is not supported", "give `items` a single schema that every element matches");
  } else bad(site, ctx, "items", "a schema");
}

function checkProperties(site: Site, { locate, report }: Context, props: JsonObject): void {
  const names = Object.keys(props);
  for (let i = 0; i < names.length; i++) {
    const name = names[i];
    const value = props[name];
    if (isObject(value)) continue;
    report.error(
      "property-not-schema",
      locate.member(props, name, site.location),
      `property \`${name}\` is not a schema: it is ${describe(value)}`,
      name === "description" || name === "type"
        ? `\`${name}\` belongs to the schema itself, not inside \`properties\`: move it one level up`
        : `write the property as an object, e.g. \`${name} { type: string, description: "..." }\``,
    );
  }
}

function checkPatterns(site: Site, { locate, report }: Context, patterns: JsonObject): void {
  for (const pattern of Object.keys(patterns)) {
    const here = locate.member(patterns, pattern, site.location);
    if (!compiles(pattern)) report.error("bad-pattern", here, `property pattern is not a valid regular expression: ${JSON.stringify(pattern)}`, UNCHECKED_PATTERN_HINT);
    if (!isObject(patterns[pattern])) report.error("not-a-schema", here, `pattern property is not a schema: it is ${describe(patterns[pattern])}`, "give it a schema object");
  }
}

function checkVariants(site: Site, ctx: Context, mode: "anyOf" | "oneOf", list: JsonValue[]): void {
  for (let i = 0; i < list.length; i++) {
    const v = list[i];
    if (!isObject(v)) {
      ctx.report.error("not-a-schema", ctx.locate.member(list, i, memberAt(site, ctx, mode)), `\`${mode}\` entry ${i + 1} is not a schema: it is ${describe(v)}`, "each entry must be a schema object");
    }
  }
}

function isString(v: JsonValue): boolean {
  return typeof v === "string";
}

function isNumber(v: JsonValue): boolean {
  return isJsonNumber(v);
}

function isBoolean(v: JsonValue): boolean {
  return typeof v === "boolean";
}

function isCount(v: JsonValue): boolean {
  return typeof v === "number" && Number.isInteger(v) && v >= 0;
}

function isNonEmptyList(v: JsonValue): boolean {
  return Array.isArray(v) && v.length > 0;
}

// The server (Python) may accept a pattern the generated validators cannot compile, so
// codegen still generates and leaves that check out.
const UNCHECKED_PATTERN_HINT = "fix the regular expression; until then the generated validators do not check it";

// With the `u` flag, as the generated validators compile it (JSON Schema patterns are Unicode).
function compiles(pattern: string): boolean {
  try {
    new RegExp(pattern, "u");
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
