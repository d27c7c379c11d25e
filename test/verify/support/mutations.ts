// Near-miss instances: a valid instance with one change that the schema may forbid (a
// field of the wrong type, a missing required field, an unknown key, a value outside an
// enum, null, a fraction for an integer, a bad format, a string off its pattern, a number
// below its minimum). Whether each one is really invalid is not decided here: ajv judges,
// and the differential test compares our validator with ajv's verdict. The kind only
// names the change, so the test can report and explain disagreements.
import type { Json, JsonObject } from "./ground-truth.js";
import { isObject } from "./ground-truth.js";

export type MutationKind =
  | "wrong-type"
  | "null"
  | "integer-fraction"
  | "missing-required"
  | "extra-key-forbidden"
  | "extra-key-open"
  | "extra-key-mismatch"
  | "enum-miss"
  | "format-miss"
  | "pattern-miss"
  | "below-minimum";

export type PathSegment = string | number;

export interface Mutation {
  readonly kind: MutationKind;
  readonly path: readonly PathSegment[];
  /** undefined: delete the key. */
  readonly value: Json | undefined;
  /** The changed place is a property declared next to a `$ref` (ignored by our model, see users.conf). */
  readonly besideRef: boolean;
  /** The changed place is a declared property that is not required (where responses admit null). */
  readonly optionalProperty?: boolean;
}

export const UNEXPECTED_KEY = "__unexpected_key__";

type Schema = JsonObject;

/** Every mutation the schema suggests for this valid instance, in document order. */
export function mutationsOf(root: Schema, instance: Json): Mutation[] {
  const out: Mutation[] = [];
  const definitions = isObject(root.definitions) ? root.definitions : {};
  const resolve = (s: Schema, seen = new Set<string>()): Schema => {
    const ref = s.$ref;
    if (typeof ref !== "string" || !ref.startsWith("#/definitions/")) return s;
    const name = ref.slice("#/definitions/".length);
    const target = definitions[name];
    if (!isObject(target) || seen.has(name)) return s;
    seen.add(name);
    return resolve(target, seen);
  };
  let rotation = 0;
  const site = (path: PathSegment[], schema: Schema, value: Json, besideRef: boolean, optionalProperty = false): void => {
    const s = resolve(schema);
    const types = declaredTypes(s, resolve);
    const add = (kind: MutationKind, v: Json | undefined): void => {
      out.push({ kind, path, value: v, besideRef, optionalProperty });
    };
    if (types) {
      const wrong = wrongValue(types, rotation++);
      if (wrong !== undefined) add("wrong-type", wrong);
      if (!types.has("null")) add("null", null);
      if (types.has("integer") && !types.has("number") && typeof value === "number" && !Array.isArray(s.enum)) {
        add("integer-fraction", value + 0.5);
      }
    }
    if (Array.isArray(s.enum) && s.enum.length > 0) {
      const miss = outsideEnum(s.enum);
      if (miss !== undefined) add("enum-miss", miss);
    }
    if (typeof value === "string" && typeof s.format === "string") add("format-miss", `not-a-${s.format}`);
    if (typeof value === "string" && typeof s.pattern === "string") {
      const miss = offPattern(s.pattern);
      if (miss !== undefined) add("pattern-miss", miss);
    }
    if (typeof value === "number" && typeof s.minimum === "number") add("below-minimum", s.minimum - 1);
  };
  const visit = (value: Json, schema: Schema, path: PathSegment[], besideRef: boolean): void => {
    if (typeof schema.$ref === "string") {
      visit(value, resolve(schema), path, besideRef);
      const { $ref: _ref, ...siblings } = schema;
      if (isObject(siblings.properties)) visit(value, siblings, path, true);
      return;
    }
    for (const key of ["anyOf", "oneOf"]) {
      const variants = schema[key];
      if (!Array.isArray(variants)) continue;
      for (const v of variants)
        if (isObject(v) && fits(value, declaredTypes(resolve(v), resolve))) visit(value, v, path, besideRef);
    }
    if (isObject(value)) {
      const props = isObject(schema.properties) ? schema.properties : {};
      for (const [key, ps] of Object.entries(props)) {
        if (!isObject(ps) || !Object.hasOwn(value, key)) continue;
        const required = Array.isArray(schema.required) && schema.required.includes(key);
        site([...path, key], ps, value[key], besideRef, !required);
        visit(value[key], ps, [...path, key], besideRef);
      }
      if (Array.isArray(schema.required)) {
        for (const key of schema.required) {
          if (typeof key === "string" && Object.hasOwn(value, key)) {
            out.push({ kind: "missing-required", path: [...path, key], value: undefined, besideRef });
          }
        }
      }
      if (schema.type === "object" || isObject(schema.properties)) {
        const extra = schema.additionalProperties;
        const at = [...path, UNEXPECTED_KEY];
        if (extra === false) out.push({ kind: "extra-key-forbidden", path: at, value: "x", besideRef });
        else if (isObject(extra)) {
          const types = declaredTypes(resolve(extra), resolve);
          const wrong = types && wrongValue(types, rotation++);
          if (wrong !== undefined) out.push({ kind: "extra-key-mismatch", path: at, value: wrong, besideRef });
          for (const key of Object.keys(value)) {
            if (Object.hasOwn(props, key)) continue;
            site([...path, key], extra, value[key], besideRef);
            visit(value[key], extra, [...path, key], besideRef);
          }
        } else out.push({ kind: "extra-key-open", path: at, value: "x", besideRef });
      }
    }
    if (Array.isArray(value) && isObject(schema.items)) {
      const items = schema.items;
      if (value.length > 0) {
        site([...path, 0], items, value[0], besideRef);
        visit(value[0], items, [...path, 0], besideRef);
      } else {
        const types = declaredTypes(resolve(items), resolve);
        const wrong = types && wrongValue(types, rotation++);
        if (wrong !== undefined) out.push({ kind: "wrong-type", path: [...path, 0], value: wrong, besideRef });
      }
    }
  };
  site([], root, instance, false);
  visit(instance, root, [], false);
  return out;
}

/** Up to `limit` mutations, every kind represented before any kind is repeated; deterministic. */
export function pickMutations(all: readonly Mutation[], limit: number): Mutation[] {
  const byKind = new Map<MutationKind, Mutation[]>();
  for (const m of all) byKind.set(m.kind, [...(byKind.get(m.kind) ?? []), m]);
  // Spread the picks of one kind over the document rather than taking the first ones.
  const queues = [...byKind.values()].map((list) => spread(list));
  const out: Mutation[] = [];
  while (out.length < limit && queues.some((q) => q.length > 0)) {
    for (const q of queues) if (q.length > 0 && out.length < limit) out.push(q.shift()!);
  }
  return out;
}

function spread<T>(list: T[]): T[] {
  // Middle first, then the ends, then the rest in order: a cheap deterministic spread.
  if (list.length <= 2) return [...list];
  const mid = Math.floor(list.length / 2);
  return [
    list[mid],
    list[0],
    list[list.length - 1],
    ...list.filter((_, i) => i !== mid && i !== 0 && i !== list.length - 1),
  ];
}

/** The instance with the mutation applied (the original is not changed). */
export function applyMutation(instance: Json, m: Mutation): Json {
  if (m.path.length === 0) return m.value === undefined ? null : m.value;
  const copy = structuredClone(instance);
  let parent: Json = copy;
  for (const seg of m.path.slice(0, -1)) parent = (parent as Record<PathSegment, Json>)[seg];
  const last = m.path[m.path.length - 1];
  if (Array.isArray(parent)) {
    if (m.value === undefined) parent.splice(Number(last), 1);
    else parent[Number(last)] = m.value;
  } else if (isObject(parent)) {
    if (m.value === undefined) delete parent[String(last)];
    else
      Object.defineProperty(parent, String(last), {
        value: m.value,
        enumerable: true,
        writable: true,
        configurable: true,
      });
  }
  return copy;
}

type JsonType = "null" | "boolean" | "object" | "array" | "number" | "integer" | "string";

/** The JSON types a schema admits, or undefined when it admits any value. */
function declaredTypes(s: Schema, resolve: (s: Schema) => Schema): Set<JsonType> | undefined {
  if (typeof s.type === "string") return new Set([s.type as JsonType]);
  if (Array.isArray(s.type)) return new Set(s.type as JsonType[]);
  if (Array.isArray(s.enum)) return new Set(s.enum.map(typeOf));
  for (const key of ["anyOf", "oneOf"]) {
    const variants = s[key];
    if (!Array.isArray(variants)) continue;
    const all = new Set<JsonType>();
    for (const v of variants) {
      const t = isObject(v) ? declaredTypes(resolve(v), resolve) : undefined;
      if (!t) return undefined;
      for (const x of t) all.add(x);
    }
    return all;
  }
  return undefined;
}

function typeOf(v: Json): JsonType {
  if (v === null) return "null";
  if (Array.isArray(v)) return "array";
  if (typeof v === "number") return Number.isInteger(v) ? "integer" : "number";
  return typeof v as JsonType;
}

function fits(value: Json, types: Set<JsonType> | undefined): boolean {
  if (!types) return true;
  const t = typeOf(value);
  return types.has(t) || (t === "integer" && types.has("number"));
}

const WRONG_CANDIDATES: Json[] = ["x", 7, true, [], {}];

function wrongValue(types: Set<JsonType>, rotation: number): Json | undefined {
  for (let i = 0; i < WRONG_CANDIDATES.length; i++) {
    const c = WRONG_CANDIDATES[(rotation + i) % WRONG_CANDIDATES.length];
    if (!fits(c, types)) return c;
  }
  return undefined;
}

function outsideEnum(values: Json[]): Json | undefined {
  if (values.every((v) => typeof v === "string")) return "__not_in_enum__";
  const numbers = values.filter((v): v is number => typeof v === "number");
  if (numbers.length === values.length) return Math.max(...numbers) + 1;
  return undefined;
}

const OFF_PATTERN_CANDIDATES = ["", "\n", " ", "#", "__off_pattern__"];

function offPattern(pattern: string): string | undefined {
  let re: RegExp;
  try {
    re = new RegExp(pattern, "u");
  } catch {
    return undefined;
  }
  return OFF_PATTERN_CANDIDATES.find((c) => !re.test(c));
}
