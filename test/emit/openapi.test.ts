// The OpenAPI emitter on small hand-built models: which operations appear at which
// version, request/response shapes, refs, security, extensions, and that the result is a
// valid OpenAPI 3.1 document.
import SwaggerParser from "@apidevtools/swagger-parser";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import type {
  ApiModel,
  Definition,
  Endpoint,
  EndpointVersion,
  ObjectSchema,
  Property,
  RequestShape,
  ResponseShape,
  SchemaNode,
  Service,
  Version,
} from "../../generator/schema/model.js";
import {
  OpenApiOptionError,
  emitOpenApi,
  renderOpenApiJson,
  renderOpenApiYaml,
  type OpenApiDocument,
} from "../../generator/emit/openapi/index.js";
import { TEXT_ACCEPT } from "../../templates/runtime/accept.js";

// ---- fixture builders -------------------------------------------------------------

let nextLine = 1;
const at = () => ({ file: "fixture.conf", line: nextLine++, column: 5 });

function ver(text: string): Version {
  const [major, minor] = text.split(".").map(Number);
  return { major, minor, text };
}

const str = (extra: object = {}): SchemaNode => ({ kind: "string", location: at(), ...extra });
const int = (extra: object = {}): SchemaNode => ({ kind: "integer", location: at(), ...extra });
const prop = (name: string, schema: SchemaNode, required = false): Property => ({ name, schema, required, location: at() });
const obj = (properties: Property[], extra: object = {}): SchemaNode => ({
  kind: "object",
  properties,
  additionalProperties: undefined,
  location: at(),
  ...extra,
});
const emptyObject = () => obj([]);

function defineService(
  name: string,
  description: string | undefined,
  defs: Record<string, (self: Map<string, Definition>) => SchemaNode>,
  endpoints: Endpoint[],
): Service {
  const definitions = new Map<string, Definition>();
  // Definitions are created first and filled in after, so refs (even to themselves) can point at them.
  for (const defName of Object.keys(defs)) {
    definitions.set(defName, { service: name, name: defName, schema: emptyObject(), location: at(), recursive: false });
  }
  for (const [defName, build] of Object.entries(defs)) {
    Object.assign(definitions.get(defName)!, { schema: build(definitions) });
  }
  return { name, description, file: `${name}.conf`, location: at(), definitions, endpoints };
}

function ref(defs: Map<string, Definition>, service: string, name: string): SchemaNode {
  return { kind: "ref", service, name, target: defs.get(name), location: at() };
}

interface VersionSpec {
  v: string;
  description?: string;
  request?: RequestShape;
  response?: ResponseShape;
}

function endpoint(
  service: string,
  action: string,
  versions: VersionSpec[],
  flags: { internal?: boolean; authorize?: boolean; allowRoles?: string[] } = {},
): Endpoint {
  const name = `${service}.${action}`;
  return {
    service,
    action,
    name,
    internal: flags.internal ?? false,
    authorize: flags.authorize ?? true,
    allowRoles: flags.allowRoles ?? ["*"],
    location: at(),
    versions: versions.map(
      (s): EndpointVersion => ({
        endpoint: name,
        version: ver(s.v),
        description: s.description,
        location: at(),
        request: s.request ?? { kind: "schema", schema: emptyObject() },
        response: s.response ?? { kind: "schema", schema: emptyObject() },
      }),
    ),
  };
}

/** A small API touching every feature the emitter handles. */
function fixtureModel(): ApiModel {
  const updateRequest = obj([prop("task", str(), true), prop("name", str())]);
  const tasks = defineService(
    "tasks",
    "Tasks: the unit of work.",
    {
      task: (d) =>
        obj(
          [
            prop("id", str({ description: "Task id" }), true),
            prop("parent", ref(d, "tasks", "task")),
            prop("status", ref(d, "tasks", "status")),
            prop("tags", { kind: "array", items: str(), location: at() }),
          ],
          { description: "A task" },
        ),
      status: () => str({ enum: ["created", "queued", "completed"] }),
      unused: () => str(),
    },
    [],
  );
  const taskRef = (): SchemaNode => ref(tasks.definitions as Map<string, Definition>, "tasks", "task");
  const taskEndpoints = [
    endpoint("tasks", "create", [{ v: "2.20", description: "Create a task, e.g. a training run. Returns its id." }]),
    endpoint("tasks", "download_log", [{ v: "2.1", response: { kind: "text", location: at() } }]),
    endpoint("tasks", "get_by_id", [
      {
        v: "1.5",
        description: "Get a task by id",
        request: { kind: "schema", schema: obj([prop("task", str(), true)]) },
        response: { kind: "schema", schema: obj([prop("task", taskRef())]) },
      },
      {
        v: "2.13",
        description: "Get a task by id (2.13)",
        request: { kind: "schema", schema: obj([prop("task", str(), true), prop("only_fields", { kind: "array", items: str(), location: at() })]) },
        response: { kind: "schema", schema: obj([prop("task", taskRef())]) },
      },
    ]),
    endpoint("tasks", "reset_internal", [{ v: "2.1" }], { internal: true, allowRoles: ["system", "root"] }),
    endpoint("tasks", "update", [{ v: "2.1", request: { kind: "schema", schema: updateRequest } }]),
    endpoint("tasks", "update_batch", [
      { v: "2.10", request: { kind: "batch", action: "update", version: ver("2.1"), item: updateRequest, location: at() } },
    ]),
  ];
  Object.assign(tasks, { endpoints: taskEndpoints });
  const auth = defineService("auth", undefined, {}, [
    endpoint("auth", "login", [{ v: "2.1", description: "Get a token\nbased on credentials", response: { kind: "schema", schema: obj([prop("token", str())]) } }]),
  ]);
  const debug = defineService("debug", "Debugging", {}, [endpoint("debug", "ping", [{ v: "1.5" }], { authorize: false })]);
  return {
    root: "/fixture",
    services: [auth, debug, tasks],
    maxVersion: ver("2.20"),
    changeVersions: ["1.5", "2.1", "2.10", "2.13", "2.20"].map(ver),
  };
}

// ---- helpers ----------------------------------------------------------------------

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

/** An answer's meta as the wire protocol shows it, result_code aside. */
const WIRE_META = {
  id: "5f2a",
  trx: "5f2a",
  endpoint: { name: "tasks.get_by_id", requested_version: "2.20", actual_version: "2.13" },
  result_subcode: 0,
  result_msg: "OK",
  error_stack: null,
  error_data: {},
};

function op(doc: OpenApiDocument, name: string): Json {
  return (doc.paths as Json)[`/${name}`]?.post;
}

async function expectValidOpenApi(doc: OpenApiDocument): Promise<void> {
  // validate() dereferences in place; give it a copy.
  await expect(SwaggerParser.validate(structuredClone(doc) as never)).resolves.toBeTruthy();
}

/** Compiles every component schema with Ajv in strict 2020-12 mode: unknown or misplaced keywords fail. */
function compileComponents(doc: OpenApiDocument): Ajv2020 {
  const ajv = new Ajv2020({ strict: true, strictTypes: false, allErrors: true });
  ajv.addKeyword("components"); // only a container, so `#/components/schemas/...` refs resolve
  ajv.addSchema({ $id: "doc", components: { schemas: (doc.components as Json).schemas } });
  for (const key of Object.keys((doc.components as Json).schemas)) ajv.getSchema(`doc#/components/schemas/${key}`);
  return ajv;
}

// ---- tests ------------------------------------------------------------------------

describe("emitOpenApi: operations per version", () => {
  it("has one POST operation per non-internal endpoint existing at the maximum version by default", () => {
    const doc = emitOpenApi(fixtureModel());
    expect(Object.keys(doc.paths)).toEqual([
      "/auth.login",
      "/debug.ping",
      "/tasks.create",
      "/tasks.download_log",
      "/tasks.get_by_id",
      "/tasks.update",
      "/tasks.update_batch",
    ]);
    for (const item of Object.values(doc.paths) as Json[]) expect(Object.keys(item)).toEqual(["post"]);
    expect(doc.info["x-api-version"]).toBe("2.20");
    expect((doc.servers[0] as Json).url).toBe("{baseUrl}/v2.20");
    expect((doc.servers[0] as Json).variables.baseUrl.default).toBe("http://localhost:8008");
  });

  it("picks each endpoint's highest version <= the requested one", () => {
    const model = fixtureModel();
    expect(op(emitOpenApi(model, { version: "2.13" }), "tasks.get_by_id")["x-endpoint-version"]).toBe("2.13");
    expect(op(emitOpenApi(model, { version: "2.12" }), "tasks.get_by_id")["x-endpoint-version"]).toBe("1.5");
    // 2.9 < 2.10 numerically: update_batch (2.10) does not exist at 2.9 but does at 2.10.
    expect(op(emitOpenApi(model, { version: "2.9" }), "tasks.update_batch")).toBeUndefined();
    expect(op(emitOpenApi(model, { version: ver("2.10") }), "tasks.update_batch")).toBeDefined();
    const early = emitOpenApi(model, { version: "2.1" });
    expect(op(early, "tasks.create")).toBeUndefined();
    expect(op(early, "tasks.get_by_id").description).toBe("Get a task by id");
    expect(Object.keys(emitOpenApi(model, { version: "1.0" }).paths)).toEqual([]);
  });

  it("uses the picked version's request and response schemas", () => {
    const model = fixtureModel();
    const newer = op(emitOpenApi(model, { version: "2.13" }), "tasks.get_by_id");
    const older = op(emitOpenApi(model, { version: "2.12" }), "tasks.get_by_id");
    expect(Object.keys(newer.requestBody.content["application/json"].schema.properties)).toEqual(["task", "only_fields"]);
    expect(Object.keys(older.requestBody.content["application/json"].schema.properties)).toEqual(["task"]);
  });

  it("leaves internal endpoints out unless asked, and marks them", () => {
    const model = fixtureModel();
    expect(op(emitOpenApi(model), "tasks.reset_internal")).toBeUndefined();
    const internal = op(emitOpenApi(model, { includeInternal: true }), "tasks.reset_internal");
    expect(internal["x-internal"]).toBe(true);
    expect(internal["x-allow-roles"]).toEqual(["system", "root"]);
    expect(op(emitOpenApi(model), "tasks.update")["x-internal"]).toBe(false);
  });

  it("gives unique operationIds, tags per service and summaries from descriptions", () => {
    const doc = emitOpenApi(fixtureModel());
    const ops = Object.values(doc.paths).map((p: Json) => p.post);
    expect(new Set(ops.map((o) => o.operationId)).size).toBe(ops.length);
    expect(op(doc, "tasks.get_by_id").operationId).toBe("tasks_get_by_id");
    expect(op(doc, "tasks.get_by_id").tags).toEqual(["tasks"]);
    expect(op(doc, "tasks.create").summary).toBe("Create a task, e.g. a training run.");
    expect(op(doc, "auth.login").summary).toBe("Get a token");
    expect(op(doc, "auth.login").description).toBe("Get a token\nbased on credentials");
    expect(op(doc, "tasks.update").summary).toBe("tasks.update");
    expect(doc.tags).toEqual([{ name: "auth" }, { name: "debug", description: "Debugging" }, { name: "tasks", description: "Tasks: the unit of work." }]);
  });

  it("rejects a malformed version option by name", () => {
    expect(() => emitOpenApi(fixtureModel(), { version: "v2" })).toThrow(OpenApiOptionError);
    expect(() => emitOpenApi(fixtureModel(), { version: "v2" })).toThrow(/invalid API version "v2"/);
  });
});

describe("emitOpenApi: bodies and responses", () => {
  it("wraps the response schema in the {meta, data} envelope", () => {
    const doc = emitOpenApi(fixtureModel());
    const schema = op(doc, "tasks.get_by_id").responses["200"].content["application/json"].schema;
    expect(schema.required).toEqual(["meta", "data"]);
    expect(schema.properties.meta).toEqual({ $ref: "#/components/schemas/ResponseMetaOk" });
    // An optional response property admits null: the server sends null for unset fields.
    expect(schema.properties.data.properties.task).toEqual({ anyOf: [{ $ref: "#/components/schemas/tasks.task" }, { type: "null" }] });
  });

  it("says result_code is the HTTP status: 200 in a success, the error's status in each error response", () => {
    const doc = emitOpenApi(fixtureModel());
    const ajv = new Ajv2020({ strict: false });
    ajv.addSchema(doc, "doc");
    const responses = op(doc, "tasks.get_by_id").responses;
    const schemaAt = (pointer: string) => ajv.compile({ $ref: `doc#${pointer}/content/application~1json/schema` });
    const answer = (code: number, data: unknown = {}) => ({ meta: { ...WIRE_META, result_code: code }, data });

    const ok = schemaAt("/paths/~1tasks.get_by_id/post/responses/200");
    expect(ok(answer(200, { task: { id: "t1" } }))).toBe(true);
    // A mock answering 0 (or an error code) in a 200 would make the client report an error.
    expect(ok(answer(0, { task: { id: "t1" } }))).toBe(false);
    expect(ok(answer(400, { task: { id: "t1" } }))).toBe(false);

    for (const status of ["400", "401", "403", "404", "500"]) {
      const error = schemaAt(`/components/responses/${responses[status].$ref.replace("#/components/responses/", "")}`);
      expect(error(answer(Number(status))), status).toBe(true);
      expect(error(answer(200)), status).toBe(false);
    }
    const other = schemaAt(`/components/responses/${responses.default.$ref.replace("#/components/responses/", "")}`);
    expect(other(answer(409)) && other(answer(502))).toBe(true);
  });

  it("answers every error status with the shared error responses", () => {
    const doc = emitOpenApi(fixtureModel());
    const responses = op(doc, "tasks.update").responses;
    expect(Object.keys(responses)).toEqual(["200", "400", "401", "403", "404", "500", "default"]);
    for (const status of ["400", "401", "403", "404", "500", "default"]) {
      const target = responses[status].$ref.replace("#/components/responses/", "");
      const schema = (doc.components as Json).responses[target].content["application/json"].schema;
      expect(schema.allOf?.[0] ?? schema, status).toEqual({ $ref: "#/components/schemas/ErrorEnvelope" });
    }
    const meta = (doc.components as Json).schemas.ResponseMeta;
    expect(Object.keys(meta.properties)).toEqual(["id", "trx", "endpoint", "result_code", "result_subcode", "result_msg", "error_stack", "error_data"]);
  });

  it("accepts the envelope the wire protocol shows, with versions as strings, numbers or null", () => {
    const doc = emitOpenApi(fixtureModel());
    const ajv = compileComponents(doc);
    const validate = ajv.getSchema("doc#/components/schemas/ErrorEnvelope")!;
    const meta = (requested: unknown, actual: unknown) => ({
      id: "5f2a",
      trx: "5f2a",
      endpoint: { name: "tasks.get_all", requested_version: requested, actual_version: actual },
      result_code: 400,
      result_subcode: 12,
      result_msg: "Validation error",
      error_stack: null,
      error_data: {},
    });
    expect(validate({ meta: meta("2.23", "1.0"), data: {} })).toBe(true);
    expect(validate({ meta: meta(2.23, null), data: {} })).toBe(true);
    expect(validate({ meta: meta(true, null), data: {} })).toBe(false);
    expect(validate({ data: {} })).toBe(false);
  });

  it("takes json-lines for batch endpoints, one batched request per line", () => {
    const doc = emitOpenApi(fixtureModel());
    const batch = op(doc, "tasks.update_batch");
    expect(Object.keys(batch.requestBody.content)).toEqual(["application/json-lines"]);
    const media = batch.requestBody.content["application/json-lines"];
    expect(media.schema).toEqual(op(doc, "tasks.update").requestBody.content["application/json"].schema);
    expect(media["x-json-lines-item"]).toBe(true);
    expect(batch.requestBody.description).toMatch(/one tasks\.update request \(endpoint version 2\.1\) per line/);
    expect(batch["x-batch-request"]).toEqual({ action: "tasks.update", version: "2.1" });
  });

  it("describes file responses as text or bytes, not as an envelope", () => {
    const ok = op(emitOpenApi(fixtureModel()), "tasks.download_log").responses["200"];
    expect(Object.keys(ok.content)).toEqual(["text/plain", "text/csv", "application/octet-stream"]);
    expect(ok.content["text/plain"].schema).toEqual({ type: "string" });
  });

  it("offers a file response in exactly the media types the runtime accepts for it, JSON (its errors) aside", () => {
    const ok = op(emitOpenApi(fixtureModel()), "tasks.download_log").responses["200"];
    const accepted = TEXT_ACCEPT.split(",").map((range) => range.split(";")[0].trim());
    expect(accepted.filter((type) => type !== "application/json")).toEqual(Object.keys(ok.content));
    expect(accepted.at(-1)).toBe("application/json");
  });
});

describe("emitOpenApi: components and references", () => {
  it("namespaces definitions per service and emits only those reached", () => {
    const doc = emitOpenApi(fixtureModel());
    const keys = Object.keys((doc.components as Json).schemas);
    expect(keys).toEqual(expect.arrayContaining(["tasks.task", "tasks.status"]));
    expect(keys).not.toContain("tasks.unused");
  });

  it("keeps recursive definitions as references", () => {
    const doc = emitOpenApi(fixtureModel());
    const task = (doc.components as Json).schemas["tasks.task"];
    // tasks.task is a response's, so its optional properties admit null.
    expect(task.properties.parent).toEqual({ anyOf: [{ $ref: "#/components/schemas/tasks.task" }, { type: "null" }] });
    const validate = compileComponents(doc).getSchema("doc#/components/schemas/tasks.task")!;
    expect(validate({ id: "a", parent: { id: "b", parent: { id: "c" } }, status: "queued" })).toBe(true);
    expect(validate({ id: "a", parent: null, status: null })).toBe(true);
    expect(validate({ id: "a", parent: { parent: { id: "c" } } })).toBe(false);
    expect(validate({ id: "a", status: "running" })).toBe(false);
  });

  it("writes a ref to a missing definition as {} (lint reports it; codegen goes on)", () => {
    const model = fixtureModel();
    const broken: SchemaNode = { kind: "ref", service: "debug", name: "nope", description: "gone", location: { file: "debug.conf", line: 7, column: 13 } };
    const ping = model.services[1].endpoints[0];
    Object.assign(ping.versions[0], { request: { kind: "schema", schema: broken } });
    const body = op(emitOpenApi(model), "debug.ping").requestBody.content["application/json"].schema;
    expect(body).toEqual({ description: "gone" });
  });
});

describe("emitOpenApi: schema keywords", () => {
  /** Emits `schema` as the request of debug.ping and returns what the document says for it. */
  function translated(schema: SchemaNode): { json: Json; validate: (v: unknown) => boolean } {
    const model = fixtureModel();
    Object.assign(model.services[1].endpoints[0].versions[0], { request: { kind: "schema", schema } });
    const doc = emitOpenApi(model);
    const json = op(doc, "debug.ping").requestBody.content["application/json"].schema;
    const ajv = compileComponents(doc);
    return { json, validate: (v) => ajv.compile(json)(v) as boolean };
  }
  const bare = { location: { file: "k.conf", line: 1, column: 1 } };

  it("carries every keyword of every kind across under its JSON Schema name", () => {
    const { json } = translated(
      obj(
        [
          prop("s", { ...bare, kind: "string", enum: ["a", "b"], format: "date-time", pattern: "^a", minLength: 1, maxLength: 9, title: "S", deprecated: true, examples: ["a"] }, true),
          prop("c", { ...bare, kind: "string", const: "x", default: "x" }),
          prop("n", { ...bare, kind: "number", minimum: 0, maximum: 10, exclusiveMinimum: -1, exclusiveMaximum: 11, multipleOf: 0.5 }),
          prop("i", { ...bare, kind: "integer", enum: [1, 2], const: 1 }),
          prop("b", { ...bare, kind: "boolean", const: true }),
          prop("z", { ...bare, kind: "null" }),
          prop("a", { ...bare, kind: "array", items: { ...bare, kind: "integer" }, minItems: 1, maxItems: 3, uniqueItems: true }),
          prop("any", { ...bare, kind: "any", description: "anything" }),
          prop("o", { ...bare, kind: "object", properties: [], additionalProperties: { ...bare, kind: "string" }, patternProperties: [{ pattern: "^x-", schema: { ...bare, kind: "integer" } }], minProperties: 1, maxProperties: 4 }),
          prop("one", { ...bare, kind: "union", mode: "oneOf", variants: [{ ...bare, kind: "string" }, { ...bare, kind: "integer", minimum: 5 }] }),
        ],
        { additionalProperties: false, description: "all keywords" },
      ),
    );
    expect(json).toEqual({
      type: "object",
      properties: {
        s: { type: "string", enum: ["a", "b"], format: "date-time", pattern: "^a", minLength: 1, maxLength: 9, title: "S", deprecated: true, examples: ["a"] },
        c: { type: "string", const: "x", default: "x" },
        n: { type: "number", minimum: 0, maximum: 10, exclusiveMinimum: -1, exclusiveMaximum: 11, multipleOf: 0.5 },
        i: { type: "integer", enum: [1, 2], const: 1 },
        b: { type: "boolean", const: true },
        z: { type: "null" },
        a: { type: "array", items: { type: "integer" }, minItems: 1, maxItems: 3, uniqueItems: true },
        any: { description: "anything" },
        o: { type: "object", patternProperties: { "^x-": { type: "integer" } }, additionalProperties: { type: "string" }, minProperties: 1, maxProperties: 4 },
        one: { oneOf: [{ type: "string" }, { type: "integer", minimum: 5 }] },
      },
      required: ["s"],
      additionalProperties: false,
      description: "all keywords",
    });
  });

  it("leaves additionalProperties absent when the source says nothing, so extra keys stay allowed", () => {
    const open = translated(obj([prop("a", str())]));
    expect(open.json).not.toHaveProperty("additionalProperties");
    expect(open.validate({ a: "x", extra: 1 })).toBe(true);
    const closed = translated(obj([prop("a", str())], { additionalProperties: false }));
    expect(closed.validate({ a: "x", extra: 1 })).toBe(false);
    expect(translated(obj([], { additionalProperties: true })).json.additionalProperties).toBe(true);
  });

  it("writes `type: [string, null]` (bare anyOf variants) as a type list that accepts null", () => {
    const nullable: SchemaNode = { ...bare, kind: "union", mode: "anyOf", description: "maybe", variants: [{ ...bare, kind: "string" }, { ...bare, kind: "null" }] };
    const { json, validate } = translated(nullable);
    expect(json).toEqual({ type: ["string", "null"], description: "maybe" });
    expect(validate(null)).toBe(true);
    expect(validate("x")).toBe(true);
    expect(validate(1)).toBe(false);
  });

  it("keeps anyOf when a variant has keywords of its own, and an empty union matches nothing", () => {
    const withEnum: SchemaNode = { ...bare, kind: "union", mode: "anyOf", variants: [{ ...bare, kind: "string", enum: ["a"] }, { ...bare, kind: "null" }] };
    const kept = translated(withEnum);
    expect(kept.json).toEqual({ anyOf: [{ type: "string", enum: ["a"] }, { type: "null" }] });
    expect(kept.validate("b")).toBe(false);
    const empty = translated({ ...bare, kind: "union", mode: "anyOf", variants: [] });
    expect(empty.json).toEqual({ not: {} });
    expect(empty.validate({})).toBe(false);
  });

  it("writes the object keywords beside anyOf/oneOf (the union's base) back beside them, so every variant must satisfy them", () => {
    const variantA = obj([prop("a", str(), true)]);
    const variantB = obj([prop("b", int(), true)]);
    const base = obj([prop("flag", { ...bare, kind: "boolean", default: false }), prop("id", str(), true)], { additionalProperties: { ...bare, kind: "integer" } });
    const union: SchemaNode = { ...bare, kind: "union", mode: "oneOf", description: "one of two", variants: [variantA, variantB], base: base as ObjectSchema };
    const { json, validate } = translated(union);
    expect(json).toEqual({
      type: "object",
      properties: { flag: { type: "boolean", default: false }, id: { type: "string" } },
      required: ["id"],
      additionalProperties: { type: "integer" },
      oneOf: [
        { type: "object", properties: { a: { type: "string" } }, required: ["a"] },
        { type: "object", properties: { b: { type: "integer" } }, required: ["b"] },
      ],
      description: "one of two",
    });
    expect(validate({ id: "x", a: "y" })).toBe(false); // `a` is not an integer: additionalProperties of the base
    expect(validate({ id: "x", b: 1 })).toBe(true);
    expect(validate({ b: 1 })).toBe(false); // the base requires `id`
    expect(validate({ id: "x", b: 1, flag: "yes" })).toBe(false); // the base types `flag`
  });

  it("never folds bare variants into a type list when a base is beside them", () => {
    const union: SchemaNode = { ...bare, kind: "union", mode: "anyOf", variants: [{ ...bare, kind: "string" }, { ...bare, kind: "null" }], base: obj([]) as ObjectSchema };
    const { json, validate } = translated(union);
    expect(json).toEqual({ type: "object", anyOf: [{ type: "string" }, { type: "null" }] });
    expect(validate("x")).toBe(false);
    expect(validate({})).toBe(false);
  });

  it("keeps property names that are not identifiers, including __proto__, as own members", () => {
    const { json, validate } = translated(obj([prop("__proto__", int(), true), prop("a-b c", str())]));
    expect(Object.keys(json.properties)).toEqual(["__proto__", "a-b c"]);
    expect(JSON.parse(JSON.stringify(json)).properties.__proto__).toEqual({ type: "integer" });
    expect(validate(JSON.parse('{"__proto__": 1}'))).toBe(true);
  });

  it("names components `{service}.{definition}`, replacing characters OpenAPI does not allow", () => {
    const model = fixtureModel();
    const tasks = model.services[2];
    const defs = tasks.definitions as Map<string, Definition>;
    defs.set("odd name/x", { service: "tasks", name: "odd name/x", schema: str(), location: at(), recursive: false });
    Object.assign(tasks.endpoints[0].versions[0], { request: { kind: "schema", schema: obj([prop("x", ref(defs, "tasks", "odd name/x"))]) } });
    const doc = emitOpenApi(model);
    expect((doc.components as Json).schemas).toHaveProperty(["tasks.odd_name_x"]);
    expect(op(doc, "tasks.create").requestBody.content["application/json"].schema.properties.x).toEqual({ $ref: "#/components/schemas/tasks.odd_name_x" });
    for (const key of Object.keys((doc.components as Json).schemas)) expect(key).toMatch(/^[a-zA-Z0-9._-]+$/);
  });
});

describe("emitOpenApi: security and extensions", () => {
  it("uses Basic for auth.login, nothing for authorize:false, token (header or cookie) otherwise", () => {
    const doc = emitOpenApi(fixtureModel());
    expect(op(doc, "auth.login").security).toEqual([{ basicAuth: [] }]);
    expect(op(doc, "debug.ping").security).toEqual([]);
    expect(op(doc, "tasks.update").security).toEqual([{ bearerAuth: [] }, { tokenCookie: [] }]);
    const schemes = (doc.components as Json).securitySchemes;
    expect(schemes.tokenCookie).toMatchObject({ type: "apiKey", in: "cookie", name: "clearml_token_basic" });
    expect(schemes.basicAuth).toMatchObject({ type: "http", scheme: "basic" });
    expect(schemes.bearerAuth).toMatchObject({ type: "http", scheme: "bearer" });
  });

  it("carries the endpoint version, roles and internal flag on each operation", () => {
    const create = op(emitOpenApi(fixtureModel()), "tasks.create");
    expect(create["x-endpoint-version"]).toBe("2.20");
    expect(create["x-allow-roles"]).toEqual(["*"]);
    expect(create["x-internal"]).toBe(false);
  });

  it("applies title and server URL options", () => {
    const doc = emitOpenApi(fixtureModel(), { title: "ClearML", serverUrl: "https://api.example.com/", version: "2.13" });
    expect(doc.info.title).toBe("ClearML");
    expect(doc.info.version).toBe("2.13");
    expect(doc.servers).toEqual([
      {
        url: "{baseUrl}/v2.13",
        description: "API version 2.13; baseUrl is the API server's base URL.",
        variables: { baseUrl: { default: "https://api.example.com" } },
      },
    ]);
  });
});

describe("emitOpenApi: server URL option", () => {
  const urlOf = (serverUrl: string) => (emitOpenApi(fixtureModel(), { serverUrl }).servers[0] as Json).variables.baseUrl.default;

  it("accepts http(s) URLs and absolute paths, without trailing slashes", () => {
    expect(urlOf("https://api.example.com:8443/clearml//")).toBe("https://api.example.com:8443/clearml");
    expect(urlOf("/api")).toBe("/api");
  });

  it("refuses a URL with credentials without repeating them", () => {
    let message = "";
    try {
      urlOf("https://admin:s3cr3t-pass@api.example.com");
    } catch (e) {
      expect(e).toBeInstanceOf(OpenApiOptionError);
      message = (e as Error).message;
    }
    expect(message).toMatch(/credentials/);
    expect(message).not.toMatch(/s3cr3t|admin/);
  });

  it("refuses URLs that are not http(s), or carry a query, fragment or template braces", () => {
    for (const bad of ["ftp://host", "not a url", "http://host/?token=x", "http://host/#x", "http://{host}", "//host"]) {
      expect(() => urlOf(bad), bad).toThrow(OpenApiOptionError);
    }
  });
});

describe("emitOpenApi: validity and determinism", () => {
  it("produces a valid OpenAPI 3.1 document at every version, with and without internal endpoints", async () => {
    const model = fixtureModel();
    for (const version of ["1.0", ...model.changeVersions.map((v) => v.text)]) {
      for (const includeInternal of [false, true]) {
        const doc = emitOpenApi(model, { version, includeInternal });
        await expectValidOpenApi(doc);
        compileComponents(doc);
      }
    }
  });

  it("renders byte-identical JSON and YAML for the same input, and YAML parses back to the JSON", () => {
    const a = emitOpenApi(fixtureModel(), { includeInternal: true });
    const b = emitOpenApi(fixtureModel(), { includeInternal: true });
    expect(renderOpenApiJson(a)).toBe(renderOpenApiJson(b));
    expect(renderOpenApiYaml(a)).toBe(renderOpenApiYaml(b));
    const json = renderOpenApiJson(a);
    expect(json.endsWith("}\n")).toBe(true);
    expect(json).toBe(JSON.stringify(JSON.parse(json), null, 2) + "\n");
    expect(parseYaml(renderOpenApiYaml(a))).toEqual(JSON.parse(json));
  });

  it("does not share mutable values with the model", () => {
    const model = fixtureModel();
    const withDefault = obj([prop("tags", { kind: "array", items: str(), default: ["a"], location: at() })]);
    Object.assign(model.services[1].endpoints[0].versions[0], { request: { kind: "schema", schema: withDefault } });
    const doc = emitOpenApi(model);
    op(doc, "debug.ping").requestBody.content["application/json"].schema.properties.tags.default.push("b");
    expect((withDefault as Json).properties[0].schema.default).toEqual(["a"]);
  });
});
