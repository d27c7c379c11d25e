// A deterministic sample of ground-truth schemas for the json-schema-to-typescript oracle:
// request/response schemas and definitions spread over every service, preferring those
// with the features a type translation can get wrong (enums, nested objects, arrays,
// additionalProperties, $ref, unions), one of each distinct schema.
import { isObject, type Json, type JsonObject, type TruthService } from "./ground-truth.js";

export interface SampledSchema {
  /** e.g. `tasks.get_all_ex 2.13 response` or `tasks#/definitions/task`. */
  readonly id: string;
  readonly service: string;
  /** The ground-truth schema, with `definitions` attached. */
  readonly schema: JsonObject;
  readonly endpoint?: { readonly action: string; readonly version: string; readonly side: "request" | "response" };
  readonly definition?: string;
  readonly features: readonly string[];
}

const FEATURES: readonly [string, (s: JsonObject) => boolean][] = [
  ["enum", (s) => Array.isArray(s.enum)],
  ["array", (s) => s.type === "array"],
  ["additionalProperties", (s) => s.additionalProperties !== undefined],
  ["$ref", (s) => typeof s.$ref === "string"],
  ["union", (s) => Array.isArray(s.anyOf) || Array.isArray(s.oneOf)],
  ["nested object", (s) => s.type === "object" && isObject(s.properties) && Object.keys(s.properties).length > 0],
];

export function featuresOf(schema: JsonObject): string[] {
  const found = new Set<string>();
  const walk = (v: Json, depth: number): void => {
    if (Array.isArray(v)) v.forEach((x) => walk(x, depth));
    if (!isObject(v)) return;
    for (const [name, test] of FEATURES) if ((name !== "nested object" || depth > 0) && test(v)) found.add(name);
    for (const [key, child] of Object.entries(v)) if (key !== "definitions") walk(child, depth + 1);
  };
  walk(schema, 0);
  return FEATURES.map(([name]) => name).filter((n) => found.has(n));
}

export function sampleSchemas(truth: readonly TruthService[], endpoints: number, definitions: number): SampledSchema[] {
  const shapes = truth.map((service) =>
    service.versions.flatMap((tv): SampledSchema[] => {
      const out: SampledSchema[] = [];
      const add = (side: "request" | "response", schema: JsonObject): void => {
        out.push({
          id: `${service.name}.${tv.action} ${tv.version} ${side}`,
          service: service.name,
          schema,
          endpoint: { action: tv.action, version: tv.version, side },
          features: featuresOf(schema),
        });
      };
      if (tv.request.kind === "schema") add("request", tv.request.schema);
      if (tv.response.kind === "schema") add("response", tv.response.schema);
      return out;
    }),
  );
  const defs = truth.map((service) =>
    Object.entries(service.definitions)
      .filter(([, d]) => isObject(d) && typeof d.type === "string")
      .map(([name, d]): SampledSchema => {
        const schema = { ...(d as JsonObject), definitions: service.definitions };
        return {
          id: `${service.name}#/definitions/${name}`,
          service: service.name,
          schema,
          definition: name,
          features: featuresOf(schema),
        };
      }),
  );
  return [...roundRobin(shapes, endpoints), ...roundRobin(defs, definitions)];
}

/** Takes from each service in turn its richest remaining distinct schema, until `count`. */
function roundRobin(perService: SampledSchema[][], count: number): SampledSchema[] {
  const queues = perService.map((list) => {
    const seen = new Set<string>();
    return [...list]
      .sort((a, b) => b.features.length - a.features.length || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .filter((s) => {
        const key = JSON.stringify({ ...s.schema, definitions: undefined });
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      });
  });
  const out: SampledSchema[] = [];
  while (out.length < count && queues.some((q) => q.length > 0)) {
    for (const q of queues) if (q.length > 0 && out.length < count) out.push(q.shift()!);
  }
  return out;
}
