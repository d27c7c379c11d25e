// The OpenAPI emitter on real schema folders: the ClearML server corpus and this project's
// own schemas/. Valid OpenAPI 3.1, every schema valid JSON Schema 2020-12, read by a real
// consumer, round-trip YAML, determinism; on the corpus also the right operations at each
// version and every schema as written, both checked against the pyhocon ground truth in
// expected/, independently of the model loader.
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import SwaggerParser from "@apidevtools/swagger-parser";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsPlugin from "ajv-formats";
import openapiTS, { astToString } from "openapi-typescript";
import { beforeAll, describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { emitOpenApi, renderOpenApiJson, renderOpenApiYaml, type OpenApiDocument } from "../../generator/emit/openapi/index.js";
import { loadApi, normalizeDescription, versionAt } from "../../generator/schema/index.js";
import type { ApiModel } from "../../generator/schema/model.js";
import { readTruth } from "../verify/support/ground-truth.js";
import { responseDefinitionNames, widen, type NullWrap } from "../verify/support/null-policy.js";

// ajv-formats is CommonJS (`module.exports = plugin`); under NodeNext its types describe
// the default import as the module object, while at run time it is the plugin itself.
const addFormats = addFormatsPlugin as unknown as typeof addFormatsPlugin.default;

const CORPUS = path.resolve(process.cwd(), "../shared/corpus/clearml-server");
const SERVICES = path.join(CORPUS, "services");
const EXPECTED = path.join(CORPUS, "expected");
/** Per service, the definitions a response reaches: their optional properties admit null. */
const reached = responseDefinitionNames(readTruth());
const OWN_SCHEMAS = path.resolve(process.cwd(), "schemas");

function load(dir: string): ApiModel {
  return loadApi(dir).model;
}

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

// ---- ground truth from the pyhocon-resolved JSON -----------------------------------

interface TruthEndpoint {
  name: string;
  internal: boolean;
  versions: string[];
}

const VERSION_KEY = /^\d+\.\d+$/;

function compare(a: string, b: string): number {
  const [am, an] = a.split(".").map(Number);
  const [bm, bn] = b.split(".").map(Number);
  return am - bm || an - bn;
}

/** Every endpoint of the corpus with its versions and effective `internal` flag, read from expected/*.json. */
function truthEndpoints(): TruthEndpoint[] {
  const readJson = (file: string): Json => JSON.parse(readFileSync(path.join(EXPECTED, file), "utf8"));
  const apiInternal = readJson("_api_defaults.json").internal === true;
  const out: TruthEndpoint[] = [];
  for (const file of readdirSync(EXPECTED).filter((f) => f.endsWith(".json") && !f.startsWith("_"))) {
    const service = file.slice(0, -".json".length);
    const value = readJson(file);
    const serviceInternal = value._default?.internal ?? apiInternal;
    for (const [action, body] of Object.entries<Json>(value)) {
      if (action.startsWith("_") || body === null || typeof body !== "object") continue;
      const versions = Object.keys(body).filter((k) => VERSION_KEY.test(k));
      if (versions.length === 0) continue;
      out.push({ name: `${service}.${action}`, internal: (body.internal ?? serviceInternal) === true, versions });
    }
  }
  return out;
}

/** `name -> endpoint version` for the endpoints that exist at `at`. */
function truthAt(endpoints: TruthEndpoint[], at: string, includeInternal: boolean): Map<string, string> {
  const out = new Map<string, string>();
  for (const ep of endpoints) {
    if (ep.internal && !includeInternal) continue;
    const upTo = ep.versions.filter((v) => compare(v, at) <= 0).sort(compare);
    if (upTo.length > 0) out.set(ep.name, upTo[upTo.length - 1]);
  }
  return out;
}

function emittedAt(doc: OpenApiDocument): Map<string, string> {
  const out = new Map<string, string>();
  for (const [p, item] of Object.entries<Json>(doc.paths)) out.set(p.slice(1), item.post["x-endpoint-version"]);
  return out;
}

/**
 * A raw pyhocon schema as the emitter should write it: `$ref`s pointing at the service's
 * components, descriptions under the model's whitespace rules. Then both sides are put in
 * a canonical form: keys sorted, `required` as a set, `properties: {}` as absent (the
 * model does not keep that difference, and neither does JSON Schema).
 */
function expectedSchema(raw: Json, service: string): Json {
  if (Array.isArray(raw)) return raw.map((x) => expectedSchema(x, service));
  if (raw === null || typeof raw !== "object") return raw;
  const out: Json = {};
  for (const [key, value] of Object.entries<Json>(raw)) {
    if (key === "$ref" && typeof value === "string") out.$ref = `#/components/schemas/${service}.${value.replace("#/definitions/", "")}`;
    else if (key === "description" && typeof value === "string") out.description = normalizeDescription(value);
    else if (key === "properties" || key === "patternProperties") {
      out[key] = Object.fromEntries(Object.entries<Json>(value).map(([k, v]) => [k, expectedSchema(v, service)]));
    } else out[key] = expectedSchema(value, service);
  }
  return out;
}

/**
 * The response null policy (generator/emit/nullable.ts) as the document writes it: a plain
 * type becomes a type list with "null"; anything else (a `$ref`, an enum, a union) is
 * wrapped in `anyOf: [schema, {type: "null"}]`, its annotations kept outside.
 */
const ANNOTATIONS = new Set(["title", "description", "default", "deprecated", "examples"]);
const orNullAsWritten: NullWrap = (p) => {
  const plain = ["enum", "const", "anyOf", "oneOf", "$ref"].every((k) => p[k] === undefined);
  if (plain && typeof p.type === "string") return { ...p, type: [p.type, "null"] };
  if (plain && Array.isArray(p.type)) return { ...p, type: [...p.type, "null"] };
  const outer = Object.fromEntries(Object.entries(p).filter(([k]) => ANNOTATIONS.has(k)));
  const inner = Object.fromEntries(Object.entries(p).filter(([k]) => !ANNOTATIONS.has(k)));
  return { ...outer, anyOf: [inner, { type: "null" }] };
};

function canonical(schema: Json): string {
  return JSON.stringify(schema, (key, value) => {
    if (key === "required" && Array.isArray(value)) return [...value].sort();
    if (value === null || typeof value !== "object" || Array.isArray(value)) return value;
    const entries = Object.entries<Json>(value).filter(([k, v]) => !(k === "properties" && Object.keys(v).length === 0));
    return Object.fromEntries(entries.sort(([a], [b]) => (a < b ? -1 : 1)));
  });
}

/**
 * Endpoint versions whose schema the model (and so the document) knowingly does not
 * carry over as written: mistakes in the corpus the model's lint reports, and keywords the
 * model cannot represent.
 */
const NOT_AS_WRITTEN = new Set([
  "auth.revoke_credentials@2.1 request", // `required: [key_id]` names no declared property (lint error)
  "events.get_task_log@2.30 request", // `metrics` written as a schema keyword (lint warning)
  "serving.get_endpoint_metrics_history@2.31 response", // a `description` string inside `properties` (lint error)
  "users.get_current_user@2.20 response", // `properties` beside `$ref` (lint warning)
  "users.get_current_user@2.26 response", // same
  "users.get_current_user@2.31 response", // same
]);

// ---- validators ---------------------------------------------------------------------

async function swaggerErrors(doc: OpenApiDocument): Promise<string | undefined> {
  try {
    await SwaggerParser.validate(structuredClone(doc) as never);
    return undefined;
  } catch (err) {
    return err instanceof Error ? err.message : String(err);
  }
}

/**
 * Compiles every schema in the document (components and the inline request/response
 * schemas) with Ajv in strict JSON Schema 2020-12 mode: any keyword that is unknown,
 * misplaced or malformed fails the compile.
 */
function compileAllSchemas(doc: OpenApiDocument): number {
  const ajv = new Ajv2020({ strict: true, strictTypes: false, allErrors: true });
  addFormats(ajv);
  for (const key of Object.keys(doc)) ajv.addKeyword(key); // containers only, so `#/...` refs resolve
  ajv.addSchema({ ...structuredClone(doc), $id: "doc" });
  const pointers: string[] = [];
  for (const key of Object.keys((doc.components as Json).schemas)) pointers.push(`/components/schemas/${key}`);
  for (const [p, item] of Object.entries<Json>(doc.paths)) {
    const base = `/paths/${escapePointer(p)}/post`;
    for (const media of Object.keys(item.post.requestBody.content)) pointers.push(`${base}/requestBody/content/${escapePointer(media)}/schema`);
    for (const media of Object.keys(item.post.responses["200"].content)) pointers.push(`${base}/responses/200/content/${escapePointer(media)}/schema`);
  }
  for (const pointer of pointers) {
    const uriFragment = pointer.split("/").map(encodeURIComponent).join("/");
    expect(ajv.getSchema(`doc#${uriFragment}`), pointer).toBeTypeOf("function");
  }
  return pointers.length;
}

function escapePointer(segment: string): string {
  return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}

/** What every real document must satisfy, whatever folder it comes from. */
function documentContract(folder: string, loadModel: () => ApiModel): void {
  let model: ApiModel;
  beforeAll(() => {
    model = loadModel();
  });

  for (const [label, options] of [
    ["the maximum version", {}],
    ["version 2.13", { version: "2.13" }],
    ["the maximum version with internal endpoints", { includeInternal: true }],
  ] as const) {
    it(`is valid OpenAPI 3.1 with valid JSON Schemas at ${label}`, async () => {
      const doc = emitOpenApi(model, options);
      expect(Object.keys(doc.paths).length).toBeGreaterThan(0);
      expect(await swaggerErrors(doc)).toBeUndefined();
      expect(compileAllSchemas(doc)).toBeGreaterThan(Object.keys(doc.paths).length);
    });
  }

  it("is read by a real consumer: openapi-typescript turns it into types for every operation", async () => {
    const doc = emitOpenApi(model, { includeInternal: true });
    const types = astToString(await openapiTS(structuredClone(doc) as never));
    for (const item of Object.values<Json>(doc.paths)) expect(types).toContain(`operations["${item.post.operationId}"]`);
    // Every component is referenced (only reached definitions are emitted), and a reference
    // stays a named component type, not an inlined copy, so recursive definitions work.
    for (const key of Object.keys((doc.components as Json).schemas)) expect(types).toContain(`components["schemas"]["${key}"]`);
  });

  it("renders the same bytes from a fresh load, and YAML that reads back as the JSON", () => {
    const again = load(folder);
    for (const options of [{}, { version: "2.13" }, { includeInternal: true }]) {
      const json = renderOpenApiJson(emitOpenApi(model, options));
      expect(renderOpenApiJson(emitOpenApi(again, options))).toBe(json);
      const yaml = renderOpenApiYaml(emitOpenApi(model, options));
      expect(renderOpenApiYaml(emitOpenApi(again, options))).toBe(yaml);
      expect(parseYaml(yaml, { version: "1.2", uniqueKeys: true })).toEqual(JSON.parse(json));
    }
  });
}

// ---- tests --------------------------------------------------------------------------

describe("OpenAPI on the ClearML server corpus", () => {
  let model: ApiModel;
  const truth = truthEndpoints();

  beforeAll(() => {
    model = load(SERVICES);
  });

  it("has the corpus's endpoints (sanity check of the ground truth)", () => {
    expect(truth.length).toBe(204);
    expect(truth.reduce((n, ep) => n + ep.versions.length, 0)).toBe(356);
  });

  it("emits exactly the endpoints existing at each API version, at the right endpoint version", () => {
    const versions = ["1.0", "2.0", ...model.changeVersions.map((v) => v.text), "9.99"];
    for (const at of versions) {
      for (const includeInternal of [false, true]) {
        const doc = emitOpenApi(model, { version: at, includeInternal });
        expect(Object.fromEntries(emittedAt(doc)), `at ${at}, internal ${includeInternal}`).toEqual(
          Object.fromEntries(truthAt(truth, at, includeInternal)),
        );
      }
    }
  });

  it("covers batch and file endpoints the way the protocol describes them", () => {
    const doc = emitOpenApi(model, { includeInternal: true });
    const addBatch = (doc.paths as Json)["/events.add_batch"].post;
    expect(Object.keys(addBatch.requestBody.content)).toEqual(["application/json-lines"]);
    expect(addBatch["x-batch-request"].action).toBe("events.add");
    const textOps = Object.values<Json>(doc.paths).filter((item) => item.post.responses["200"].content["text/plain"]);
    expect(textOps.length).toBeGreaterThan(0);
    expect((doc.paths as Json)["/auth.login"].post.security).toEqual([{ basicAuth: [] }]);
  });

  it("writes every definition exactly as the pyhocon ground truth has it", () => {
    const doc = emitOpenApi(model, { includeInternal: true });
    let compared = 0;
    for (const [key, schema] of Object.entries<Json>((doc.components as Json).schemas)) {
      if (!key.includes(".")) continue; // the shared envelope components
      const [service, name] = key.split(".");
      const raw = JSON.parse(readFileSync(path.join(EXPECTED, `${service}.json`), "utf8"))._definitions[name];
      const written = reached.get(service)!.has(name) ? widen(raw, orNullAsWritten) : raw;
      expect(canonical(schema), key).toBe(canonical(expectedSchema(written, service)));
      compared++;
    }
    expect(compared).toBeGreaterThan(100);
  });

  it("writes every endpoint version's request and response exactly as the ground truth has them", () => {
    const expected = new Map<string, Json>();
    const done = new Set<string>();
    const differing = new Set<string>();
    for (const at of model.changeVersions) {
      const doc = emitOpenApi(model, { version: at, includeInternal: true });
      for (const [p, item] of Object.entries<Json>(doc.paths)) {
        const op = item.post;
        const [service, action] = p.slice(1).split(".");
        const id = `${service}.${action}@${op["x-endpoint-version"]}`;
        if (done.has(id)) continue;
        done.add(id);
        if (!expected.has(service)) expected.set(service, JSON.parse(readFileSync(path.join(EXPECTED, `${service}.json`), "utf8")));
        const raw = expected.get(service)[action][op["x-endpoint-version"]];
        const request = op.requestBody.content["application/json"]?.schema;
        const response = op.responses["200"].content["application/json"]?.schema.properties.data;
        const answer = raw.response === undefined ? undefined : widen(raw.response, orNullAsWritten);
        for (const [what, emitted, source] of [["request", request, raw.request], ["response", response, answer]]) {
          if (emitted === undefined) continue;
          const [got, want] = [canonical(emitted), canonical(expectedSchema(source, service))];
          if (NOT_AS_WRITTEN.has(`${id} ${what}`)) {
            if (got !== want) differing.add(`${id} ${what}`);
          } else {
            expect(got, `${id} ${what}`).toBe(want);
          }
        }
      }
    }
    expect(done.size).toBe(356);
    // Keeps the exception list honest: an entry the model now carries over must go.
    expect([...differing].sort()).toEqual([...NOT_AS_WRITTEN].sort());
  });

});

describe("OpenAPI documents of the ClearML server corpus", () => documentContract(SERVICES, () => load(SERVICES)));

describe("OpenAPI on this project's own schemas/", () => {
  let model: ApiModel;
  beforeAll(() => {
    model = load(OWN_SCHEMAS);
  });

  it("emits exactly the model's endpoints existing at each API version", () => {
    for (const at of model.changeVersions) {
      for (const includeInternal of [false, true]) {
        const doc = emitOpenApi(model, { version: at, includeInternal });
        const want = new Map<string, string>();
        for (const service of model.services) {
          for (const ep of service.endpoints) {
            const picked = versionAt(ep, at);
            if (picked && (includeInternal || !ep.internal)) want.set(ep.name, picked.version.text);
          }
        }
        expect(Object.fromEntries(emittedAt(doc)), `at ${at.text}`).toEqual(Object.fromEntries(want));
      }
    }
  });

  documentContract(OWN_SCHEMAS, () => load(OWN_SCHEMAS));
});
