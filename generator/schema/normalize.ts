// JSON Schema (as parsed from HOCON) -> SchemaNode. Never fails: whatever it cannot
// understand becomes the most permissive node, and lint (lint/) reports why.
import type { Location } from "../diagnostics.js";
import type { JsonObject, JsonValue } from "../hocon/types.js";
import { normalizeDescription } from "./describe.js";
import { hasOwn, isObject } from "./json.js";
import { isSchemaType, REF_PREFIX, type SchemaType } from "./keywords.js";
import type { Locator } from "./locate.js";
import type {
  ArraySchema,
  BooleanSchema,
  NumberSchema,
  ObjectSchema,
  Property,
  RefSchema,
  SchemaCommon,
  SchemaNode,
  StringSchema,
  UnionSchema,
} from "./model.js";

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

export interface NormalizeContext {
  readonly service: string;
  readonly locate: Locator;
  /** Every RefSchema made, so their targets can be filled in once all definitions exist. */
  readonly refs: Mutable<RefSchema>[];
  /**
   * HOCON substitution shares objects between places; each is normalized once. Plain
   * Map/Set (not Weak*): they live only while one service is built, and weak
   * collections with many entries make garbage collection much slower.
   */
  readonly cache: Map<object, SchemaNode>;
  readonly inProgress: Set<object>;
}

export function newNormalizeContext(service: string, locate: Locator): NormalizeContext {
  return { service, locate, refs: [], cache: new Map(), inProgress: new Set() };
}

/** Normalizes the schema `raw`; `at` is where it is written (used when the source map has no better answer). */
export function normalizeSchema(raw: JsonValue | undefined, at: Location, ctx: NormalizeContext): SchemaNode {
  if (!isObject(raw)) return { kind: "any", location: at };
  const cached = ctx.cache.get(raw);
  if (cached) return cached;
  // Resolved HOCON is a tree, but a cyclic value must not hang us.
  if (ctx.inProgress.has(raw)) return { kind: "any", location: at };
  ctx.inProgress.add(raw);
  const node = build(raw, ctx.locate.node(raw, at), ctx);
  ctx.inProgress.delete(raw);
  ctx.cache.set(raw, node);
  return node;
}

function build(raw: JsonObject, location: Location, ctx: NormalizeContext): SchemaNode {
  const common = commonOf(raw, location);
  if (typeof raw.$ref === "string") return ref(raw.$ref, common, ctx);
  for (const mode of ["anyOf", "oneOf"] as const) {
    const variants = raw[mode];
    if (Array.isArray(variants)) {
      const union: UnionSchema = {
        ...common,
        kind: "union",
        mode,
        variants: variants.map((v, i) => normalizeSchema(v, ctx.locate.member(variants, i, location), ctx)),
      };
      return union;
    }
  }
  const type = raw.type;
  if (Array.isArray(type)) {
    const types = [...new Set(type.filter(isSchemaType))];
    if (types.length === 1) return typed(types[0], raw, common, ctx);
    if (types.length > 1) {
      // `type: [a, b]` is anyOf of single-type schemas; shared annotations stay on the union.
      const bare: SchemaCommon = { location };
      const union: UnionSchema = { ...common, kind: "union", mode: "anyOf", variants: types.map((t) => typed(t, raw, bare, ctx)) };
      return union;
    }
  } else if (isSchemaType(type)) {
    return typed(type, raw, common, ctx);
  }
  return { ...common, kind: "any" };
}

function commonOf(raw: JsonObject, location: Location): SchemaCommon {
  const common: Mutable<SchemaCommon> = { location };
  if (typeof raw.description === "string") common.description = normalizeDescription(raw.description);
  if (typeof raw.title === "string") common.title = raw.title;
  if (hasOwn(raw, "default")) common.default = raw.default;
  if (typeof raw.deprecated === "boolean") common.deprecated = raw.deprecated;
  if (Array.isArray(raw.examples)) common.examples = raw.examples;
  return common;
}

function ref(target: string, common: SchemaCommon, ctx: NormalizeContext): RefSchema {
  const name = target.startsWith(REF_PREFIX) ? target.slice(REF_PREFIX.length) : target;
  // `target` is filled in once every definition exists (build.ts); declared now so the object keeps its shape.
  const node: Mutable<RefSchema> = { ...common, kind: "ref", service: ctx.service, name, target: undefined };
  ctx.refs.push(node);
  return node;
}

function typed(type: SchemaType, raw: JsonObject, common: SchemaCommon, ctx: NormalizeContext): SchemaNode {
  switch (type) {
    case "object":
      return objectSchema(raw, common, ctx);
    case "array":
      return arraySchema(raw, common, ctx);
    case "string":
      return stringSchema(raw, common);
    case "number":
    case "integer":
      return numberSchema(type, raw, common);
    case "boolean": {
      const node: Mutable<BooleanSchema> = { ...common, kind: "boolean" };
      if (typeof raw.const === "boolean") node.const = raw.const;
      return node;
    }
    case "null":
      return { ...common, kind: "null" };
  }
}

function objectSchema(raw: JsonObject, common: SchemaCommon, ctx: NormalizeContext): ObjectSchema {
  const required = new Set(Array.isArray(raw.required) ? raw.required.filter((r): r is string => typeof r === "string") : []);
  const properties: Property[] = [];
  const props = raw.properties;
  if (isObject(props)) {
    for (const name of Object.keys(props)) {
      const location = ctx.locate.member(props, name, common.location);
      properties.push({ name, schema: normalizeSchema(props[name], location, ctx), required: required.has(name), location });
    }
  }
  const node: Mutable<ObjectSchema> = { ...common, kind: "object", properties, additionalProperties: undefined };
  const additional = raw.additionalProperties;
  if (typeof additional === "boolean") node.additionalProperties = additional;
  else if (isObject(additional)) node.additionalProperties = normalizeSchema(additional, ctx.locate.member(raw, "additionalProperties", common.location), ctx);
  const patterns = raw.patternProperties;
  if (isObject(patterns)) {
    node.patternProperties = Object.keys(patterns).map((pattern) => ({
      pattern,
      schema: normalizeSchema(patterns[pattern], ctx.locate.member(patterns, pattern, common.location), ctx),
    }));
  }
  if (isCount(raw.minProperties)) node.minProperties = raw.minProperties;
  if (isCount(raw.maxProperties)) node.maxProperties = raw.maxProperties;
  return node;
}

function arraySchema(raw: JsonObject, common: SchemaCommon, ctx: NormalizeContext): ArraySchema {
  const node: Mutable<ArraySchema> = { ...common, kind: "array" };
  if (isObject(raw.items)) node.items = normalizeSchema(raw.items, ctx.locate.member(raw, "items", common.location), ctx);
  if (isCount(raw.minItems)) node.minItems = raw.minItems;
  if (isCount(raw.maxItems)) node.maxItems = raw.maxItems;
  if (typeof raw.uniqueItems === "boolean") node.uniqueItems = raw.uniqueItems;
  return node;
}

function stringSchema(raw: JsonObject, common: SchemaCommon): StringSchema {
  const node: Mutable<StringSchema> = { ...common, kind: "string" };
  if (Array.isArray(raw.enum)) node.enum = raw.enum.filter((v): v is string => typeof v === "string");
  if (typeof raw.const === "string") node.const = raw.const;
  if (typeof raw.format === "string") node.format = raw.format;
  if (typeof raw.pattern === "string") node.pattern = raw.pattern;
  if (isCount(raw.minLength)) node.minLength = raw.minLength;
  if (isCount(raw.maxLength)) node.maxLength = raw.maxLength;
  return node;
}

function numberSchema(kind: "number" | "integer", raw: JsonObject, common: SchemaCommon): NumberSchema {
  const node: Mutable<NumberSchema> = { ...common, kind };
  if (Array.isArray(raw.enum)) node.enum = raw.enum.filter((v): v is number => typeof v === "number");
  if (typeof raw.const === "number") node.const = raw.const;
  for (const key of ["minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf"] as const) {
    const v = raw[key];
    if (typeof v === "number") node[key] = v;
  }
  return node;
}

function isCount(v: JsonValue | undefined): v is number {
  return typeof v === "number" && Number.isInteger(v) && v >= 0;
}
