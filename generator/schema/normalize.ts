// JSON Schema (as parsed from HOCON) -> SchemaNode. Never fails: whatever it cannot
// understand becomes the most permissive node, and lint (lint/) reports why.
import type { Location } from "../../hocon/diagnostics.js";
import type { JsonObject, JsonValue } from "../../hocon/types.js";
import { normalizeDescription } from "./describe.js";
import { hasOwn, isJsonNumber, isObject } from "./json.js";
import { hasObjectBase, isSchemaType, REF_PREFIX, UNION_MODES, type SchemaType } from "./keywords.js";
import type { Locator } from "./locate.js";
import type {
  AnySchema,
  ArraySchema,
  BooleanSchema,
  NullSchema,
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
   * HOCON substitution shares objects between places; each is normalized once. `null`
   * marks an object being normalized (a cycle). A plain Map (not a WeakMap): it lives
   * only while one service is built, and weak collections with many entries make
   * garbage collection slower.
   */
  readonly cache: Map<object, SchemaNode | null>;
}

export function newNormalizeContext(service: string, locate: Locator): NormalizeContext {
  return { service, locate, refs: [], cache: new Map() };
}

/** Normalizes the schema `raw`; `at` is where it is written (used when the source map has no better answer). */
export function normalizeSchema(raw: JsonValue | undefined, at: Location, ctx: NormalizeContext): SchemaNode {
  if (!isObject(raw)) return { kind: "any", location: at };
  const cached = ctx.cache.get(raw);
  if (cached) return cached;
  // Resolved HOCON is a tree, but a cyclic value must not hang us.
  if (cached === null) return { kind: "any", location: at };
  ctx.cache.set(raw, null);
  const node = build(raw, ctx.locate.node(raw, at), ctx);
  ctx.cache.set(raw, node);
  return node;
}

// Every node is built in place: the common keywords first, then `kind` and the kind's own
// keywords (the key order an object spread would give, without copying an object per node).
type Building = Mutable<SchemaCommon>;

function build(raw: JsonObject, location: Location, ctx: NormalizeContext): SchemaNode {
  if (typeof raw.$ref === "string") {
    const node = ref(raw.$ref, common(raw, location, ctx), ctx);
    if (hasObjectBase(raw)) node.base = objectSchema(raw, { location }, ctx);
    return node;
  }
  for (let m = 0; m < UNION_MODES.length; m++) {
    const mode = UNION_MODES[m];
    const variants = raw[mode];
    if (Array.isArray(variants)) {
      const node = common(raw, location, ctx) as Mutable<UnionSchema>;
      node.kind = "union";
      node.mode = mode;
      node.variants = variants.map((v, i) => normalizeSchema(v, ctx.locate.member(variants, i, location), ctx));
      if (hasObjectBase(raw)) node.base = objectSchema(raw, { location }, ctx);
      return node;
    }
  }
  const type = raw.type;
  if (Array.isArray(type)) {
    const types = listedTypes(type);
    if (types === undefined) return anySchema(raw, location, ctx);
    if (types.length === 1) return typed(types[0], raw, common(raw, location, ctx), ctx);
    if (types.length > 1) {
      // `type: [a, b]` is anyOf of single-type schemas; shared annotations stay on the union.
      const node = common(raw, location, ctx) as Mutable<UnionSchema>;
      node.kind = "union";
      node.mode = "anyOf";
      node.variants = types.map((t) => typed(t, raw, { location }, ctx));
      return node;
    }
  } else if (isSchemaType(type)) {
    return typed(type, raw, common(raw, location, ctx), ctx);
  }
  return anySchema(raw, location, ctx);
}

/** No `type`, or one the model cannot read (lint: schema/unknown-type): any JSON value, the honest reading. */
function anySchema(raw: JsonObject, location: Location, ctx: NormalizeContext): AnySchema {
  const node = common(raw, location, ctx) as Mutable<AnySchema>;
  node.kind = "any";
  return node;
}

/**
 * The distinct types of a `type` list. A null in the list (HOCON `[string, null]`, the
 * value rather than the name) is the type `null`; any other unknown entry (`long`) may
 * admit anything, so the list says nothing: undefined.
 */
function listedTypes(list: readonly JsonValue[]): SchemaType[] | undefined {
  const types = new Set<SchemaType>();
  for (const t of list) {
    if (t === null) types.add("null");
    else if (isSchemaType(t)) types.add(t);
    else return undefined;
  }
  return [...types];
}

/** A new node holding the keywords every schema may carry; the caller adds `kind` and the rest. */
function common(raw: JsonObject, location: Location, ctx: NormalizeContext): Building {
  const node: Building = { location };
  if (typeof raw.description === "string") node.description = normalizeDescription(raw.description);
  if (typeof raw.title === "string") node.title = raw.title;
  if (hasOwn(raw, "default")) node.default = raw.default;
  if (typeof raw.deprecated === "boolean") node.deprecated = raw.deprecated;
  if (Array.isArray(raw.examples)) node.examples = raw.examples;
  return node;
}

function ref(target: string, node: Building, ctx: NormalizeContext): Mutable<RefSchema> {
  const ref = node as Mutable<RefSchema>;
  ref.kind = "ref";
  ref.service = ctx.service;
  ref.name = target.startsWith(REF_PREFIX) ? target.slice(REF_PREFIX.length) : target;
  // `target` is filled in once every definition exists (build.ts); declared now so the object keeps its shape.
  ref.target = undefined;
  ctx.refs.push(ref);
  return ref;
}

function typed(type: SchemaType, raw: JsonObject, node: Building, ctx: NormalizeContext): SchemaNode {
  switch (type) {
    case "object":
      return objectSchema(raw, node, ctx);
    case "array":
      return arraySchema(raw, node, ctx);
    case "string":
      return stringSchema(raw, node);
    case "number":
    case "integer":
      return numberSchema(type, raw, node);
    case "boolean": {
      const bool = node as Mutable<BooleanSchema>;
      bool.kind = "boolean";
      if (typeof raw.const === "boolean") bool.const = raw.const;
      return bool;
    }
    case "null": {
      const nothing = node as Mutable<NullSchema>;
      nothing.kind = "null";
      return nothing;
    }
  }
}

function objectSchema(raw: JsonObject, building: Building, ctx: NormalizeContext): ObjectSchema {
  const node = building as Mutable<ObjectSchema>;
  const location = node.location;
  // A Set, not `includes`: objects with many required properties must stay linear.
  const required = Array.isArray(raw.required) && raw.required.length > 0 ? new Set<JsonValue>(raw.required) : undefined;
  const properties: Property[] = [];
  const props = raw.properties;
  if (isObject(props)) {
    const names = Object.keys(props);
    for (let i = 0; i < names.length; i++) {
      const name = names[i];
      const at = ctx.locate.member(props, name, location);
      properties.push({ name, schema: normalizeSchema(props[name], at, ctx), required: required !== undefined && required.has(name), location: at });
    }
  }
  if (required !== undefined) addUndeclaredRequired(raw.required as JsonValue[], isObject(props) ? props : undefined, properties, location, ctx);
  node.kind = "object";
  node.properties = properties;
  node.additionalProperties = undefined;
  const additional = raw.additionalProperties;
  if (typeof additional === "boolean") node.additionalProperties = additional;
  else if (isObject(additional)) node.additionalProperties = normalizeSchema(additional, ctx.locate.member(raw, "additionalProperties", location), ctx);
  const patterns = raw.patternProperties;
  if (isObject(patterns)) {
    node.patternProperties = Object.keys(patterns).map((pattern) => ({
      pattern,
      schema: normalizeSchema(patterns[pattern], ctx.locate.member(patterns, pattern, location), ctx),
    }));
  }
  if (isCount(raw.minProperties)) node.minProperties = raw.minProperties;
  if (isCount(raw.maxProperties)) node.maxProperties = raw.maxProperties;
  return node;
}

/**
 * A `required` name with no property (lint: schema/unknown-required) is still required by
 * JSON Schema and the server: it becomes a required property of any value, located at
 * its entry in `required`.
 */
function addUndeclaredRequired(names: JsonValue[], props: JsonObject | undefined, properties: Property[], location: Location, ctx: NormalizeContext): void {
  // The declared properties are exactly the keys of `props`: no set of their names is needed,
  // only one of the names added here (a name may be listed twice).
  let added: Set<string> | undefined;
  for (let i = 0; i < names.length; i++) {
    const name = names[i];
    if (typeof name !== "string" || (props !== undefined && hasOwn(props, name)) || added?.has(name)) continue;
    (added ??= new Set()).add(name);
    const at = ctx.locate.member(names, i, location);
    properties.push({ name, schema: { kind: "any", location: at }, required: true, location: at });
  }
}

function arraySchema(raw: JsonObject, building: Building, ctx: NormalizeContext): ArraySchema {
  const node = building as Mutable<ArraySchema>;
  node.kind = "array";
  if (isObject(raw.items)) node.items = normalizeSchema(raw.items, ctx.locate.member(raw, "items", node.location), ctx);
  if (isCount(raw.minItems)) node.minItems = raw.minItems;
  if (isCount(raw.maxItems)) node.maxItems = raw.maxItems;
  if (typeof raw.uniqueItems === "boolean") node.uniqueItems = raw.uniqueItems;
  return node;
}

function stringSchema(raw: JsonObject, building: Building): StringSchema {
  const node = building as Mutable<StringSchema>;
  node.kind = "string";
  if (Array.isArray(raw.enum)) node.enum = raw.enum.filter((v): v is string => typeof v === "string");
  if (typeof raw.const === "string") node.const = raw.const;
  if (typeof raw.format === "string") node.format = raw.format;
  if (typeof raw.pattern === "string") node.pattern = raw.pattern;
  if (isCount(raw.minLength)) node.minLength = raw.minLength;
  if (isCount(raw.maxLength)) node.maxLength = raw.maxLength;
  return node;
}

function numberSchema(kind: "number" | "integer", raw: JsonObject, building: Building): NumberSchema {
  const node = building as Mutable<NumberSchema>;
  node.kind = kind;
  if (Array.isArray(raw.enum)) node.enum = raw.enum.filter(isJsonNumber);
  if (isJsonNumber(raw.const)) node.const = raw.const;
  if (isJsonNumber(raw.minimum)) node.minimum = raw.minimum;
  if (isJsonNumber(raw.maximum)) node.maximum = raw.maximum;
  if (isJsonNumber(raw.exclusiveMinimum)) node.exclusiveMinimum = raw.exclusiveMinimum;
  if (isJsonNumber(raw.exclusiveMaximum)) node.exclusiveMaximum = raw.exclusiveMaximum;
  if (isJsonNumber(raw.multipleOf)) node.multipleOf = raw.multipleOf;
  return node;
}

function isCount(v: JsonValue | undefined): v is number {
  return typeof v === "number" && Number.isInteger(v) && v >= 0;
}
