// The independent source of truth for the differential test: pyhocon's resolved JSON of
// every service (expected/<service>.json), turned into per-endpoint-version JSON Schemas
// exactly as the ClearML server's schema_reader.py does: the endpoint version's
// `request` (or `batch_request`) and `response`, each with the service's `_definitions`
// attached as `definitions`, so `$ref: "#/definitions/x"` resolves inside it.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { CORPUS_EXPECTED } from "./paths.js";

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export interface TruthVersion {
  readonly service: string;
  readonly action: string;
  /** As written in the source, e.g. "2.13". */
  readonly version: string;
  readonly request: TruthRequest;
  /** The response schema with `definitions`; `text` when the server answers with a file (`type: string`). */
  readonly response: { readonly kind: "schema"; readonly schema: JsonObject } | { readonly kind: "text" };
}

export type TruthRequest =
  | { readonly kind: "schema"; readonly schema: JsonObject }
  /**
   * A json-lines batch of `action` requests at `version`: each line must match the request
   * of the batched endpoint's highest version <= `version`, else its first (`item`).
   */
  | { readonly kind: "batch"; readonly action: string; readonly version: string; readonly item?: TruthVersion };

export interface TruthService {
  readonly name: string;
  readonly definitions: JsonObject;
  readonly versions: readonly TruthVersion[];
  /**
   * Entries of `properties` that are not schemas (a source mistake, such as serving.conf's
   * `description` string inside `properties`), removed so ajv can compile the schema, as
   * `service:where/properties/key`. JSON Schema cannot validate with them, and our model
   * drops them too (lint error schema/property-not-schema).
   */
  readonly removed: readonly string[];
}

const VERSION_KEY = /^\d+\.\d+$/;

export function isObject(v: Json | undefined): v is JsonObject {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** `{...schema, definitions}`: what schema_reader.py validates against. */
export function withDefinitions(schema: JsonObject, definitions: JsonObject): JsonObject {
  return { ...schema, definitions };
}

function compareVersionText(a: string, b: string): number {
  const [am, an] = a.split(".").map(Number);
  const [bm, bn] = b.split(".").map(Number);
  return am - bm || an - bn;
}

/** Every service file of the corpus (not the `_` include files), sorted by name. */
export function readTruth(dir = CORPUS_EXPECTED): TruthService[] {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".json") && !f.startsWith("_"))
    .sort();
  return files.map((file) =>
    readService(file.slice(0, -".json".length), JSON.parse(readFileSync(path.join(dir, file), "utf8")) as JsonObject),
  );
}

function readService(name: string, doc: JsonObject): TruthService {
  const removed = new Set<string>();
  const definitions = isObject(doc._definitions)
    ? withoutNonSchemas(doc._definitions, `${name}:#/definitions`, removed, true)
    : {};
  const raw: { action: string; version: string; body: JsonObject }[] = [];
  for (const action of Object.keys(doc).sort()) {
    const endpoint = doc[action];
    if (action.startsWith("_") || !isObject(endpoint)) continue;
    for (const version of Object.keys(endpoint)
      .filter((k) => VERSION_KEY.test(k))
      .sort(compareVersionText)) {
      const body = endpoint[version];
      if (!isObject(body)) throw new Error(`${name}.${action} ${version}: not an object`);
      raw.push({ action, version, body });
    }
  }
  // A batch points at another endpoint of the service, resolved among the plain requests.
  const plain = new Map<string, TruthVersion>();
  const build = (r: (typeof raw)[number], request: TruthRequest): TruthVersion => {
    const at = `${name}:${r.action}@${r.version}`;
    const response = isObject(r.body.response) ? withoutNonSchemas(r.body.response, `${at}/response`, removed) : {};
    return {
      service: name,
      action: r.action,
      version: r.version,
      request,
      response:
        response.type === "string"
          ? { kind: "text" }
          : { kind: "schema", schema: withDefinitions(response, definitions) },
    };
  };
  for (const r of raw) {
    if (isObject(r.body.request))
      plain.set(
        `${r.action}@${r.version}`,
        build(r, { kind: "schema", schema: withDefinitions(r.body.request, definitions) }),
      );
  }
  const versions = raw.map((r): TruthVersion => {
    const done = plain.get(`${r.action}@${r.version}`);
    if (done) return done;
    const batch = r.body.batch_request;
    if (!isObject(batch)) throw new Error(`${name}.${r.action} ${r.version}: neither request nor batch_request`);
    const action = String(batch.action);
    // pyhocon reads `version: 2.1` as a number; its text is the version.
    const version = String(batch.version);
    const candidates = [...plain.values()]
      .filter((v) => v.action === action)
      .sort((a, b) => compareVersionText(a.version, b.version));
    // Named before the action's first version: the server and the SDK take the first.
    const item = candidates.filter((v) => compareVersionText(v.version, version) <= 0).at(-1) ?? candidates[0];
    return build(r, { kind: "batch", action, version, item });
  });
  return { name, definitions, versions, removed: [...removed].sort() };
}

const SUBSCHEMA_MAPS = ["properties", "patternProperties", "definitions", "$defs"];
const SUBSCHEMAS = ["items", "additionalProperties", "not"];
const SUBSCHEMA_LISTS = ["anyOf", "oneOf", "allOf"];

/** A copy of `schema` without non-schema values under `properties` (recorded in `removed`). */
function withoutNonSchemas(schema: JsonObject, where: string, removed: Set<string>, isMap = false): JsonObject {
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(schema)) {
    if (isMap) {
      out[key] = isObject(value) ? withoutNonSchemas(value, `${where}/${key}`, removed) : value;
    } else if (SUBSCHEMA_MAPS.includes(key) && isObject(value)) {
      const map: JsonObject = {};
      for (const [k, v] of Object.entries(value)) {
        if (isObject(v) || typeof v === "boolean")
          map[k] = isObject(v) ? withoutNonSchemas(v, `${where}/${key}/${k}`, removed) : v;
        else removed.add(`${where}/${key}/${k}`);
      }
      out[key] = map;
    } else if (SUBSCHEMAS.includes(key) && isObject(value)) {
      out[key] = withoutNonSchemas(value, `${where}/${key}`, removed);
    } else if (SUBSCHEMA_LISTS.includes(key) && Array.isArray(value)) {
      out[key] = value.map((v, i) => (isObject(v) ? withoutNonSchemas(v, `${where}/${key}/${i}`, removed) : v));
    } else out[key] = value;
  }
  return out;
}
