// Translates IR schemas into TypeScript types (printer nodes) and their JSDoc.
//
// additionalProperties on objects:
// - false: an exact type; with no properties at all `Record<string, never>`.
// - a schema S: `Record<string, S>` when there are no properties; with properties an index
//   signature of S or any declared property's type (TypeScript cannot say "only the other
//   keys are S"; the validators check exactly that, with zod's catchall).
// - true: an index signature of `unknown` (`Record<string, unknown>` without properties).
// - absent: exact when the object declares properties (requests get excess-property
//   checks; responses stay assignable, and their validators keep unknown keys at run time),
//   `Record<string, unknown>` when it declares none (JSON Schema: anything goes).
//
// `nullable` (response side, see nullable.ts): optional properties are `T | null`.
import { jsonText } from "../../hocon/json-text.js";
import type { ObjectSchema, Property, SchemaCommon, SchemaNode } from "../schema/model.js";
import { admitsNull } from "./nullable.js";
import { t, type TsMember, type TsType } from "./printer.js";

/** Resolves a `$ref` (by definition name of the same service) to its type name. */
export type RefNamer = (definitionName: string) => string | undefined;

export function schemaType(node: SchemaNode, refName: RefNamer, nullable = false): TsType {
  switch (node.kind) {
    case "object":
      return objectType(node, refName, nullable);
    case "array":
      return t.array(node.items ? schemaType(node.items, refName, nullable) : t.kw("unknown"));
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
      const referenced = name ? t.ref(name) : t.kw("unknown");
      // Keywords beside `$ref` add to the definition: `Ref & { created?: string }`.
      return node.base && name ? t.intersection([referenced, objectType(node.base, refName, nullable)]) : referenced;
    }
    case "union": {
      const variants = t.union(node.variants.map((v) => schemaType(v, refName, nullable)));
      // Keywords beside anyOf/oneOf apply to every variant: `Base & (A | B)`.
      return node.base ? t.intersection([objectType(node.base, refName, nullable), variants]) : variants;
    }
    case "any":
      return t.kw("unknown");
  }
}

function objectType(node: ObjectSchema, refName: RefNamer, nullable: boolean): TsType {
  const members = objectMembers(node, refName, nullable);
  if (members) return t.object(members);
  return recordType(node, refName, nullable);
}

/** The members of an object type, or undefined when it is a plain record. */
export function objectMembers(node: ObjectSchema, refName: RefNamer, nullable = false): TsMember[] | undefined {
  if (node.properties.length === 0) return undefined;
  const members = propertyMembers(node.properties, refName, nullable);
  const extra = node.additionalProperties;
  if (typeof extra === "object" && !node.patternProperties?.length) {
    // Every declared property must fit the index signature too (optional ones as undefined).
    const declared = members.map((m) => (m.kind === "property" ? m.type : t.kw("unknown")));
    const optional = node.properties.some((p) => !p.required) ? [t.kw("undefined")] : [];
    members.push({
      kind: "index",
      key: "key",
      type: t.union([schemaType(extra, refName, nullable), ...declared, ...optional]),
      doc: schemaDoc(extra),
    });
  } else if (extra === true || typeof extra === "object" || node.patternProperties?.length) {
    members.push({ kind: "index", key: "key", type: t.kw("unknown") });
  }
  return members;
}

/** The properties as interface members, each with its doc. */
export function propertyMembers(properties: readonly Property[], refName: RefNamer, nullable = false): TsMember[] {
  return properties.map((p) => {
    const type = schemaType(p.schema, refName, nullable);
    const widened = nullable && !p.required && !admitsNull(p.schema);
    return { kind: "property", name: p.name, optional: !p.required, type: widened ? t.union([type, t.kw("null")]) : type, doc: schemaDoc(p.schema) };
  });
}

export function recordType(node: ObjectSchema, refName: RefNamer, nullable = false): TsType {
  const extra = node.additionalProperties;
  if (node.patternProperties?.length) return t.ref("Record", [t.kw("string"), t.kw("unknown")]);
  if (extra === false) return t.ref("Record", [t.kw("string"), t.kw("never")]);
  if (typeof extra === "object") return t.ref("Record", [t.kw("string"), schemaType(extra, refName, nullable)]);
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

