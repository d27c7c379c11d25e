// Our documented null policy for responses (generator/emit/nullable.ts), applied to
// ground-truth JSON Schema so an independent tool can be compared with our types: an
// optional property of a response, or of a definition any response of the service
// reaches, also admits null. Written from the policy's text, not from our emitter.
import { isObject, type Json, type JsonObject, type TruthService } from "./ground-truth.js";

const PREFIX = "#/definitions/";

/** Per service: the definition names any of its responses reaches through `$ref`s. */
export function responseDefinitionNames(truth: readonly TruthService[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const service of truth) {
    const reached = new Set<string>();
    const walk = (v: Json): void => {
      if (Array.isArray(v)) v.forEach(walk);
      if (!isObject(v)) return;
      if (typeof v.$ref === "string" && v.$ref.startsWith(PREFIX)) {
        const name = v.$ref.slice(PREFIX.length);
        if (!reached.has(name) && isObject(service.definitions[name])) {
          reached.add(name);
          walk(service.definitions[name]);
        }
      }
      for (const [key, child] of Object.entries(v)) if (key !== "definitions") walk(child);
    };
    for (const v of service.versions) if (v.response.kind === "schema") walk(v.response.schema);
    out.set(service.name, reached);
  }
  return out;
}

/** `schema` (with its `definitions`) under the policy; `response`: the root is response-side. */
export function withNullPolicy(schema: JsonObject, response: boolean, reached: ReadonlySet<string>): JsonObject {
  const out = response ? widen(schema) : { ...schema };
  if (isObject(schema.definitions)) {
    const defs: JsonObject = {};
    for (const [name, def] of Object.entries(schema.definitions)) defs[name] = reached.has(name) && isObject(def) ? widen(def) : def;
    out.definitions = defs;
  }
  return out;
}

/** How a property schema is made to admit null: JSON Schema's plainest way by default. */
export type NullWrap = (property: JsonObject) => JsonObject;

const anyOfNull: NullWrap = (p) => ({ anyOf: [p, { type: "null" }] });

/** Every optional property in the tree (not following `$ref`) also admits null, written by `wrap`. */
export function widen(schema: JsonObject, wrap: NullWrap = anyOfNull): JsonObject {
  const out: JsonObject = {};
  const required = Array.isArray(schema.required) ? schema.required : [];
  for (const [key, value] of Object.entries(schema)) {
    if (key === "definitions") out[key] = value;
    else if (key === "properties" && isObject(value)) {
      const props: JsonObject = {};
      for (const [name, p] of Object.entries(value)) {
        if (!isObject(p)) props[name] = p;
        else props[name] = required.includes(name) || admitsNull(p) ? widen(p, wrap) : wrap(widen(p, wrap));
      }
      out[key] = props;
    } else out[key] = widenAll(value, wrap);
  }
  return out;
}

function widenAll(v: Json, wrap: NullWrap): Json {
  if (Array.isArray(v)) return v.map((x) => widenAll(x, wrap));
  return isObject(v) ? widen(v, wrap) : v;
}

function admitsNull(s: JsonObject): boolean {
  if (Array.isArray(s.anyOf) || Array.isArray(s.oneOf)) {
    const variants = (s.anyOf ?? s.oneOf) as Json[];
    return s.type === undefined && s.properties === undefined && variants.some((v) => isObject(v) && admitsNull(v));
  }
  if (typeof s.$ref === "string") return false;
  if (s.type === undefined || s.type === "null") return true;
  return Array.isArray(s.type) && s.type.some((t) => t === "null" || t === null);
}
