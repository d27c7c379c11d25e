// Keyword-level sanity: unknown keywords, unknown types, and keywords that cannot apply
// to the schema's type.
import type { Location } from "../../../hocon/diagnostics.js";
import type { JsonValue } from "../../../hocon/types.js";
import { hasOwn, isObject, jsonTypeOf } from "../json.js";
import { GENERAL_KEYWORDS, isSchemaType, SCHEMA_TYPES, TYPE_KEYWORDS, type SchemaType } from "../keywords.js";
import type { Locator } from "../locate.js";
import type { SchemaRule, SchemaSite } from "./context.js";
import type { Reporter } from "./report.js";
import { closest, didYouMean } from "./similar.js";

const TYPE_ALIASES: Readonly<Record<string, SchemaType>> = {
  int: "integer",
  long: "integer",
  float: "number",
  double: "number",
  str: "string",
  bool: "boolean",
  dict: "object",
  map: "object",
  list: "array",
  none: "null",
};

const ALL_KEYWORDS = [...GENERAL_KEYWORDS, ...Object.keys(TYPE_KEYWORDS)];

export const checkKeywords: SchemaRule = (site, { locate, report }) => {
  const { raw } = site;
  // One pass over the keys: unknown ones are reported, type-specific ones kept for below.
  let specific: string[] | undefined;
  const keys = Object.keys(raw);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    if (GENERAL_KEYWORDS.has(key)) continue;
    if (hasOwn(TYPE_KEYWORDS, key)) {
      (specific ??= []).push(key);
      continue;
    }
    const value = raw[key];
    const looksLikeProperty = isObject(value) && ("type" in value || "$ref" in value || "description" in value);
    const suggestion = closest(key, ALL_KEYWORDS);
    report.warning(
      "unknown-keyword",
      locate.member(raw, key, site.location),
      `unknown schema keyword \`${key}\``,
      looksLikeProperty
        ? `\`${key}\` looks like a property: move it into \`properties\` (e.g. \`properties.${key}\`)`
        : suggestion
          ? `did you mean \`${suggestion}\`?`
          : "remove it: JSON Schema ignores unknown keywords",
    );
  }

  const types = schemaTypes(site, locate, report);
  if (specific === undefined) return;
  if (types === undefined) {
    const structural = typeof raw.$ref === "string" || "anyOf" in raw || "oneOf" in raw || "type" in raw;
    if (!structural) {
      const implied = TYPE_KEYWORDS[specific[0]][0];
      report.warning(
        "missing-type",
        locate.member(raw, specific[0], site.location),
        `schema has \`${specific[0]}\` but no \`type\`, so it accepts any value`,
        `add \`type: ${implied}\``,
      );
    }
    return;
  }
  for (const key of specific) {
    const applies = TYPE_KEYWORDS[key];
    if (applies.some((t) => types.includes(t))) continue;
    report.warning(
      "keyword-type-mismatch",
      locate.member(raw, key, site.location),
      `keyword \`${key}\` has no effect on a schema of type ${types.join(" | ")}`,
      `\`${key}\` applies to ${applies.join(" and ")} schemas: fix the \`type\` or remove \`${key}\``,
    );
  }
};

// The common case, a single known type, needs no new list per schema.
const SINGLE_TYPES: ReadonlyMap<unknown, readonly SchemaType[]> = new Map(SCHEMA_TYPES.map((t) => [t, [t]]));

/** The schema's valid `type`s (distinct, in order), reporting unknown ones; undefined when it has none. */
function schemaTypes(site: SchemaSite, locate: Locator, report: Reporter): readonly SchemaType[] | undefined {
  const { raw } = site;
  const type = raw.type;
  if (type === undefined) return undefined;
  const single = SINGLE_TYPES.get(type);
  if (single) return single;
  if (!Array.isArray(type)) {
    reportUnknownType(type, locate.member(raw, "type", site.location), report);
    return undefined;
  }
  if (type.length === 0) {
    report.error("unknown-type", locate.member(raw, "type", site.location), "`type` is an empty list", `list at least one of ${SCHEMA_TYPES.join(", ")}`);
    return undefined;
  }
  const known: SchemaType[] = [];
  type.forEach((t, i) => {
    if (!isSchemaType(t)) reportUnknownType(t, locate.member(type, i, site.location), report);
    else if (!known.includes(t)) known.push(t);
  });
  return known.length > 0 ? known : undefined;
}

function reportUnknownType(t: JsonValue, at: Location, report: Reporter): void {
  if (t === null) {
    report.error("unknown-type", at, "unknown type a null (HOCON's null value, not the type name)", 'codegen reads it as the type `null`; write `"null"` (quoted) to say so');
    return;
  }
  const text = typeof t === "string" ? `\`${t}\`` : `a ${jsonTypeOf(t)}`;
  const alias = typeof t === "string" ? (TYPE_ALIASES[t.toLowerCase()] ?? closest(t, SCHEMA_TYPES)) : undefined;
  report.error(
    "unknown-type",
    at,
    `unknown type ${text}`,
    alias ? `did you mean \`${alias}\`?` : `use one of ${SCHEMA_TYPES.join(", ")}${typeof t === "string" ? didYouMean(t, SCHEMA_TYPES) : ""}`,
  );
}
