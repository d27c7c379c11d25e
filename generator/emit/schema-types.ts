// Translates IR schemas into TypeScript types (printer nodes) and their JSDoc.
//
// additionalProperties on objects:
// - false: an exact type; with no properties at all `Record<string, never>`.
// - a schema S: `Record<string, S>` when there are no properties; with properties an index
//   signature of `unknown` (TypeScript cannot say "other keys are S" when declared
//   properties have other types; the validators still check S where zod can).
// - true: an index signature of `unknown` (`Record<string, unknown>` without properties).
// - absent: exact when the object declares properties (requests get excess-property
//   checks; responses stay assignable, and their validators keep unknown keys at run time),
//   `Record<string, unknown>` when it declares none (JSON Schema: anything goes).
import type { JsonValue } from "../hocon/types.js";
import type { ObjectSchema, SchemaCommon, SchemaNode } from "../schema/model.js";
import { t, type TsMember, type TsType } from "./printer.js";

/** Resolves a `$ref` (by definition name of the same service) to its type name. */
export type RefNamer = (definitionName: string) => string | undefined;

export function schemaType(node: SchemaNode, refName: RefNamer): TsType {
  switch (node.kind) {
    case "object":
      return objectType(node, refName);
    case "array":
      return t.array(node.items ? schemaType(node.items, refName) : t.kw("unknown"));
    case "string":
      if (node.const !== undefined) return t.lit(node.const);
      if (node.enum) return t.union(node.enum.map((v) => t.lit(v)));
      return t.kw("string");
    case "number":
    case "integer":
      if (node.const !== undefined) return t.lit(node.const);
      if (node.enum) return t.union(node.enum.map((v) => t.lit(v)));
      return t.kw("number");
    case "boolean":
      return node.const !== undefined ? t.lit(node.const) : t.kw("boolean");
    case "null":
      return t.kw("null");
    case "ref": {
      const name = refName(node.name);
      return name ? t.ref(name) : t.kw("unknown");
    }
    case "union":
      return t.union(node.variants.map((v) => schemaType(v, refName)));
    case "any":
      return t.kw("unknown");
  }
}

function objectType(node: ObjectSchema, refName: RefNamer): TsType {
  const members = objectMembers(node, refName);
  if (members) return t.object(members);
  return recordType(node, refName);
}

/** The members of an object type, or undefined when it is a plain record. */
export function objectMembers(node: ObjectSchema, refName: RefNamer): TsMember[] | undefined {
  if (node.properties.length === 0) return undefined;
  const members: TsMember[] = node.properties.map((p) => ({
    kind: "property",
    name: p.name,
    optional: !p.required,
    type: schemaType(p.schema, refName),
    doc: schemaDoc(p.schema),
  }));
  const extra = node.additionalProperties;
  if (extra === true || typeof extra === "object" || node.patternProperties?.length) {
    members.push({ kind: "index", key: "key", type: t.kw("unknown") });
  }
  return members;
}

export function recordType(node: ObjectSchema, refName: RefNamer): TsType {
  const extra = node.additionalProperties;
  if (node.patternProperties?.length) return t.ref("Record", [t.kw("string"), t.kw("unknown")]);
  if (extra === false) return t.ref("Record", [t.kw("string"), t.kw("never")]);
  if (typeof extra === "object") return t.ref("Record", [t.kw("string"), schemaType(extra, refName)]);
  return t.ref("Record", [t.kw("string"), t.kw("unknown")]);
}

/** JSDoc lines of a schema: description, default, deprecation. */
export function schemaDoc(node: SchemaCommon): string[] {
  const lines: string[] = [];
  if (node.title) lines.push(node.title);
  if (node.description) {
    if (lines.length > 0) lines.push("");
    lines.push(...node.description.split(/\r?\n/));
  }
  if (node.default !== undefined) lines.push(`@default ${jsonText(node.default)}`);
  if (node.deprecated) lines.push("@deprecated");
  return lines;
}

function jsonText(v: JsonValue): string {
  return JSON.stringify(v);
}
