// Keyword-level sanity: unknown keywords, unknown types, and keywords that cannot apply
// to the schema's type.
import type { Location } from "../../diagnostics.js";
import type { JsonObject } from "../../hocon/types.js";
import { isObject, jsonTypeOf } from "../json.js";
import { GENERAL_KEYWORDS, isKnownKeyword, isSchemaType, SCHEMA_TYPES, TYPE_KEYWORDS, type SchemaType } from "../keywords.js";
import type { Locator } from "../locate.js";
import type { SchemaRule } from "./context.js";
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

export const checkKeywords: SchemaRule = ({ raw, location }, { locate, report }) => {
  for (const key of Object.keys(raw)) {
    if (isKnownKeyword(key)) continue;
    const value = raw[key];
    const looksLikeProperty = isObject(value) && ("type" in value || "$ref" in value || "description" in value);
    const suggestion = closest(key, ALL_KEYWORDS);
    report.warning(
      "unknown-keyword",
      locate.member(raw, key, location),
      `unknown schema keyword \`${key}\``,
      looksLikeProperty
        ? `\`${key}\` looks like a property: move it into \`properties\` (e.g. \`properties.${key}\`)`
        : suggestion
          ? `did you mean \`${suggestion}\`?`
          : "remove it: JSON Schema ignores unknown keywords",
    );
  }

  const types = schemaTypes(raw, locate, report, location);
  const specific = Object.keys(raw).filter((k) => Object.prototype.hasOwnProperty.call(TYPE_KEYWORDS, k));
  if (types === undefined) {
    const structural = typeof raw.$ref === "string" || "anyOf" in raw || "oneOf" in raw || "type" in raw;
    if (!structural && specific.length > 0) {
      const implied = TYPE_KEYWORDS[specific[0]][0];
      report.warning(
        "missing-type",
        locate.member(raw, specific[0], location),
        `schema has \`${specific[0]}\` but no \`type\`, so it accepts any value`,
        `add \`type: ${implied}\``,
      );
    }
    return;
  }
  for (const key of specific) {
    const applies = TYPE_KEYWORDS[key];
    if (applies.some((t) => types.has(t))) continue;
    report.warning(
      "keyword-type-mismatch",
      locate.member(raw, key, location),
      `keyword \`${key}\` has no effect on a schema of type ${[...types].join(" | ")}`,
      `\`${key}\` applies to ${applies.join(" and ")} schemas: fix the \`type\` or remove \`${key}\``,
    );
  }
};

/** The schema's valid `type`s, reporting unknown ones; undefined when it has none. */
function schemaTypes(raw: JsonObject, locate: Locator, report: Reporter, location: Location): Set<SchemaType> | undefined {
  const type = raw.type;
  if (type === undefined) return undefined;
  const entries = Array.isArray(type) ? type.map((t, i) => ({ t, at: locate.member(type, i, location) })) : [{ t: type, at: locate.member(raw, "type", location) }];
  if (entries.length === 0) {
    report.error("unknown-type", locate.member(raw, "type", location), "`type` is an empty list", `list at least one of ${SCHEMA_TYPES.join(", ")}`);
    return undefined;
  }
  const known = new Set<SchemaType>();
  for (const { t, at } of entries) {
    if (isSchemaType(t)) {
      known.add(t);
      continue;
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
  return known.size > 0 ? known : undefined;
}
