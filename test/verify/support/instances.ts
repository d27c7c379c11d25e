// Valid instances of a JSON Schema, made by json-schema-faker with fixed seeds: one with
// every optional property and non-empty arrays (most places to mutate), one with a seeded
// choice of optionals, one with only the required properties.
import { generateSync } from "json-schema-faker";
import { isObject, type Json, type JsonObject } from "./ground-truth.js";

const PROFILES = [
  { alwaysFakeOptionals: true, minItems: 1, maxItems: 2 },
  { optionalsProbability: 0.5, maxItems: 2 },
  { optionalsProbability: 0, maxItems: 1 },
] as const;

/** `count` instances (at most 3), deterministic for a given schema and seed. */
export function fakeInstances(schema: JsonObject, seed: number, count = PROFILES.length): Json[] {
  const input = withDefs(schema);
  return PROFILES.slice(0, count).map(
    (profile, i) =>
      generateSync(chooseVariants(input, i) as JsonObject, {
        ...profile,
        seed: seed * 7 + i + 1,
        maxDepth: 10,
        refDepthMax: 10,
      }) as Json,
  );
}

/**
 * json-schema-faker 0.6 ignores an `anyOf`/`oneOf` that sits next to `type` and
 * `properties` (events.add: an object with properties and anyOf of five event
 * definitions) and makes invalid instances. Narrowing it to one variant through `allOf`
 * (the `choice`-th, so the instances cover several) only restricts the schema: every
 * instance of the result is one of the original.
 */
function chooseVariants(value: Json, choice: number): Json {
  if (Array.isArray(value)) return value.map((v) => chooseVariants(v, choice));
  if (!isObject(value)) return value;
  const out: JsonObject = {};
  for (const [key, v] of Object.entries(value)) out[key] = chooseVariants(v, choice);
  for (const key of ["anyOf", "oneOf"]) {
    const variants = out[key];
    const hasSiblings = Object.keys(out).some((k) => k !== key && k !== "description" && k !== "$defs");
    if (!Array.isArray(variants) || variants.length === 0 || !hasSiblings) continue;
    delete out[key];
    out.allOf = [...(Array.isArray(out.allOf) ? out.allOf : []), variants[choice % variants.length]];
  }
  return out;
}

/**
 * The same schema with `definitions` moved to `$defs` (and every `#/definitions/` ref
 * with it): json-schema-faker 0.6 copies a root `definitions` member into the instance
 * when the root has `additionalProperties: false`, which makes the instance invalid.
 * Only the generator's input changes; validators see the ground truth as it is.
 */
function withDefs(schema: JsonObject): JsonObject {
  const { definitions, ...rest } = schema;
  const out = rewriteRefs(rest) as JsonObject;
  if (definitions !== undefined) out.$defs = rewriteRefs(definitions);
  return out;
}

function rewriteRefs(value: Json): Json {
  if (Array.isArray(value)) return value.map(rewriteRefs);
  if (!isObject(value)) return value;
  const out: JsonObject = {};
  for (const [key, v] of Object.entries(value)) {
    out[key] =
      key === "$ref" && typeof v === "string" && v.startsWith("#/definitions/")
        ? "#/$defs/" + v.slice(14)
        : rewriteRefs(v);
  }
  return out;
}
