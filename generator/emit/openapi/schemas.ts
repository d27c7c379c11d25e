// SchemaNode -> JSON Schema 2020-12 (the dialect of OpenAPI 3.1), keyword for keyword.
// `$ref`s stay references to `#/components/schemas/{service}.{name}`, so recursive
// definitions need no special care; the translator remembers which definitions were
// reached and translates exactly those (transitively) into components.
import { inKeyOrder } from "../../../hocon/ordered.js";
import type { Definition, ObjectSchema, SchemaCommon, SchemaNode } from "../../schema/model.js";
import { admitsNull } from "../nullable.js";
import { ComponentKeys, schemaRef } from "./component-keys.js";
import type { JsonObject, JsonSchema, JsonValue } from "./types.js";

export class SchemaTranslator {
  private readonly reached = new Set<string>();
  private readonly pending: Definition[] = [];

  /** `nullable`: the definitions whose optional properties admit null (a response reaches them, nullable.ts). */
  constructor(
    private readonly keys: ComponentKeys,
    private readonly nullable: ReadonlySet<Definition> = new Set(),
  ) {}

  /** `response`: the schema is (part of) a response, whose optional properties admit null. */
  translate(node: SchemaNode, response = false): JsonSchema {
    const out: JsonObject = {};
    switch (node.kind) {
      case "object":
        this.objectKeywords(out, node, response);
        break;
      case "array":
        out.type = "array";
        if (node.items) out.items = this.translate(node.items, response);
        setIfDefined(out, "minItems", node.minItems);
        setIfDefined(out, "maxItems", node.maxItems);
        setIfDefined(out, "uniqueItems", node.uniqueItems);
        break;
      case "string":
        out.type = "string";
        if (node.enum) out.enum = [...node.enum];
        setIfDefined(out, "const", node.const);
        setIfDefined(out, "format", node.format);
        setIfDefined(out, "pattern", node.pattern);
        setIfDefined(out, "minLength", node.minLength);
        setIfDefined(out, "maxLength", node.maxLength);
        break;
      case "number":
      case "integer":
        out.type = node.kind;
        if (node.enum) out.enum = [...node.enum];
        setIfDefined(out, "const", node.const);
        setIfDefined(out, "minimum", node.minimum);
        setIfDefined(out, "maximum", node.maximum);
        setIfDefined(out, "exclusiveMinimum", node.exclusiveMinimum);
        setIfDefined(out, "exclusiveMaximum", node.exclusiveMaximum);
        setIfDefined(out, "multipleOf", node.multipleOf);
        break;
      case "boolean":
        out.type = "boolean";
        setIfDefined(out, "const", node.const);
        break;
      case "null":
        out.type = "null";
        break;
      case "ref": {
        // An unknown definition (lint: schema/unknown-ref, a warning in codegen) admits anything: `{}`.
        const key = this.reach(node);
        if (key === undefined) {
          if (node.base) this.objectKeywords(out, node.base, response);
        } else if (node.base) {
          // Keywords beside `$ref` add to the definition: both apply (allOf, read by every tool alike).
          const beside: JsonObject = {};
          this.objectKeywords(beside, node.base, response);
          out.allOf = [{ $ref: schemaRef(key) }, beside];
        } else out.$ref = schemaRef(key);
        break;
      }
      case "union":
        // Keywords beside anyOf/oneOf apply to every variant: written back beside them.
        if (node.base) this.objectKeywords(out, node.base, response);
        translateUnion(out, node.mode, node.variants.map((v) => this.translate(v, response)), node.base === undefined);
        break;
      case "any":
        break;
    }
    addCommon(out, node);
    return out;
  }

  /** `type: object` and the object keywords of `node` (not its annotations). */
  private objectKeywords(out: JsonObject, node: ObjectSchema, response: boolean): void {
    out.type = "object";
    if (node.properties.length > 0) {
      const properties: JsonObject = {};
      const required: string[] = [];
      for (const p of node.properties) {
        const schema = this.translate(p.schema, response);
        setMember(properties, p.name, response && !p.required && !admitsNull(p.schema) ? orNull(schema) : schema);
        if (p.required) required.push(p.name);
      }
      // Names like "2" keep their schema position (a plain object would list them first).
      out.properties = inKeyOrder(properties, node.properties.map((p) => p.name));
      if (required.length > 0) out.required = required;
    }
    if (node.patternProperties && node.patternProperties.length > 0) {
      const patterns: JsonObject = {};
      for (const pp of node.patternProperties) setMember(patterns, pp.pattern, this.translate(pp.schema, response));
      out.patternProperties = inKeyOrder(patterns, node.patternProperties.map((pp) => pp.pattern));
    }
    // Absent stays absent: JSON Schema's default (allowed) is what the source meant.
    if (typeof node.additionalProperties === "boolean") out.additionalProperties = node.additionalProperties;
    else if (node.additionalProperties) out.additionalProperties = this.translate(node.additionalProperties, response);
    setIfDefined(out, "minProperties", node.minProperties);
    setIfDefined(out, "maxProperties", node.maxProperties);
  }

  /**
   * The components of every definition reached so far, and of those they reach in turn,
   * sorted by key. Call after translating everything that may reference a definition.
   */
  components(): Record<string, JsonSchema> {
    const translated = new Map<string, JsonSchema>();
    while (this.pending.length > 0) {
      const def = this.pending.pop()!;
      translated.set(this.keys.keyOf(def)!, this.translate(def.schema, this.nullable.has(def)));
    }
    const out: Record<string, JsonSchema> = {};
    for (const key of [...translated.keys()].sort(compareKeys)) setMember(out, key, translated.get(key)!);
    return out;
  }

  private reach(ref: Extract<SchemaNode, { kind: "ref" }>): string | undefined {
    // By name rather than `ref.target`: the name is what the source says, and it resolves
    // even where a loader left `target` unset.
    const found = this.keys.find(ref.target?.service ?? ref.service, ref.target?.name ?? ref.name);
    if (!found) return undefined;
    if (!this.reached.has(found.key)) {
      this.reached.add(found.key);
      this.pending.push(found.def);
    }
    return found.key;
  }
}

/** Code-unit order: the same on every machine and locale. */
export function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const ANNOTATIONS = ["title", "description", "default", "deprecated", "examples"] as const;

/**
 * A property schema that also admits null: `type: [T, "null"]` where the schema is a plain
 * type (or type list), else `anyOf: [schema, {type: "null"}]` (a `$ref`, an enum, a union),
 * the annotations kept on the outside where readers look for them.
 */
function orNull(schema: JsonSchema): JsonSchema {
  const s = schema as JsonObject;
  if (s.enum === undefined && s.const === undefined && s.anyOf === undefined && s.oneOf === undefined && s.$ref === undefined) {
    if (typeof s.type === "string") return { ...s, type: [s.type, "null"] };
    if (Array.isArray(s.type)) return { ...s, type: [...s.type, "null"] };
  }
  const outer: JsonObject = {};
  const inner: JsonObject = {};
  for (const key of Object.keys(s)) setMember((ANNOTATIONS as readonly string[]).includes(key) ? outer : inner, key, s[key]);
  return { ...outer, anyOf: [inner, { type: "null" }] };
}

function translateUnion(out: JsonObject, mode: "anyOf" | "oneOf", variants: JsonSchema[], mayBeTypeList: boolean): void {
  if (variants.length === 0) {
    // An empty anyOf/oneOf matches nothing; JSON Schema requires at least one subschema.
    out.not = {};
    return;
  }
  // `type: [a, b]` in the source arrives as anyOf of bare single-type schemas: write it
  // back as a type list, the form OpenAPI 3.1 tools read as nullable / multi-type.
  const types = variants.map(bareType);
  if (mayBeTypeList && mode === "anyOf" && types.every((t) => t !== undefined) && new Set(types).size === types.length) {
    out.type = types as string[];
    return;
  }
  out[mode] = variants;
}

function bareType(schema: JsonSchema): string | undefined {
  const keys = Object.keys(schema);
  return keys.length === 1 && typeof schema.type === "string" ? schema.type : undefined;
}

function addCommon(out: JsonObject, node: SchemaCommon): void {
  setIfDefined(out, "title", node.title);
  setIfDefined(out, "description", node.description);
  if (node.default !== undefined) out.default = cloneJson(node.default);
  setIfDefined(out, "deprecated", node.deprecated);
  if (node.examples) out.examples = node.examples.map(cloneJson);
}

function setIfDefined(out: JsonObject, key: string, value: JsonValue | undefined): void {
  if (value !== undefined) out[key] = value;
}

/** The document must not share mutable values with the model. */
export function cloneJson(value: JsonValue): JsonValue {
  if (value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map(cloneJson);
  const out: JsonObject = {};
  const keys = Object.keys(value);
  for (const key of keys) setMember(out, key, cloneJson(value[key]));
  return inKeyOrder(out, keys);
}

/** Sets an own member even for a key like `__proto__`, which plain assignment would not. */
export function setMember(obj: JsonObject, key: string, value: JsonValue): void {
  if (key === "__proto__") Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
  else obj[key] = value;
}
