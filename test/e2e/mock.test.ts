// The client generated from the ClearML corpus against createMockServer for the same
// corpus: every version of every endpoint is called once, by a client pinned to that
// version, with its smallest valid request, request and response validation on. The
// mock must dispatch to that version (meta.endpoint.actual_version) and answer what the
// version's validators accept. Then what a consumer's tests lean on: a bad request's 400
// with its path, a wrong secret's 401/22, the same answers for the same seed.
import { pathToFileURL } from "node:url";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMockServer, type MockServer } from "../../generator/api.js";
import { findEndpoint, versionAt } from "../../generator/schema/index.js";
import { batchItemVersion } from "../../generator/schema/versions.js";
import type { ApiModel, EndpointVersion } from "../../generator/schema/model.js";
import { routableModel } from "../../generator/emit/routable.js";
import { corpus, generate, linkZod, writeTemp } from "../emit/helpers.js";
import { removeDir } from "../package/helpers.js";
import { minimalRequest } from "./minimal-model-request.js";

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

const KEY = { accessKey: "MOCK_KEY", secretKey: "MOCK_SECRET" };

let dir: string | undefined;
let pkg: Json;
let validators: Json;
let model: ApiModel;
const mocks: MockServer[] = [];

async function startMock(seed: number): Promise<MockServer> {
  const mock = await createMockServer({ model, seed, credentials: [KEY] });
  mocks.push(mock);
  return mock;
}

beforeAll(async () => {
  model = routableModel(corpus());
  const { files } = generate(model);
  dir = writeTemp(files);
  linkZod(dir);
  pkg = await import(pathToFileURL(path.join(dir, "src", "index.js")).href);
  ({ validators } = await import(pathToFileURL(path.join(dir, "src", "zod", "index.js")).href));
});

afterAll(async () => {
  await Promise.all(mocks.map((m) => m.close()));
  removeDir(dir);
});

/** The body of one call to `ev`, by a client pinned to its version. */
function requestFor(ev: EndpointVersion): Json {
  const request = ev.request;
  if (request.kind === "schema") return minimalRequest(request.schema);
  const target = findEndpoint(model, `${ev.endpoint.split(".")[0]}.${request.action}`);
  const item = target && batchItemVersion(target, request.version, ev.version);
  if (!item || item.request.kind !== "schema") throw new Error(`${ev.endpoint}: no batch item`);
  return [minimalRequest(item.request.schema)];
}

describe("the generated client against the mock for the ClearML corpus", () => {
  it("calls every version of every endpoint and gets a valid answer from that version", async () => {
    const mock = await startMock(7);
    const actualVersions = new Map<string, string>();
    const recordingFetch = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
      const response = await fetch(input, init);
      if (response.headers.get("content-type")?.startsWith("application/json")) {
        const json = (await response.clone().json()) as Json;
        actualVersions.set(`${json.meta.endpoint.name}@${json.meta.endpoint.requested_version}`, json.meta.endpoint.actual_version);
      }
      return response;
    };
    // Versions older than auth.login's first cannot log in (nor can they with the server): they get a token from a login at the latest.
    const loginEndpoint = findEndpoint(model, "auth.login")!;
    const basic = Buffer.from(`${KEY.accessKey}:${KEY.secretKey}`).toString("base64");
    const login = (await (await fetch(`${mock.url}/auth.login`, { method: "POST", headers: { authorization: `Basic ${basic}`, "content-type": "application/json" }, body: "{}" })).json()) as Json;
    const clients = new Map<string, Json>();
    const clientAt = (version: string) => {
      let client = clients.get(version);
      if (!client) {
        const auth = versionAt(loginEndpoint, version) ? pkg.keySecret(KEY) : pkg.bearer(login.data.token);
        client = pkg.createClient({ baseUrl: mock.url, apiVersion: version, auth, validate: { validators, request: true, response: true }, retry: false, fetch: recordingFetch });
        clients.set(version, client);
      }
      return client;
    };
    const problems: string[] = [];
    let calls = 0;
    for (const service of model.services) {
      for (const endpoint of service.endpoints) {
        for (const ev of endpoint.versions) {
          const version = ev.version.text;
          try {
            const data = await clientAt(version)[service.name][endpoint.action](requestFor(ev));
            calls += 1;
            if (ev.response.kind === "text" && typeof data !== "string") problems.push(`${endpoint.name}@${version}: a file resolved with ${typeof data}`);
            const actual = actualVersions.get(`${endpoint.name}@${version}`);
            if (ev.response.kind === "schema" && actual !== version) problems.push(`${endpoint.name}@${version}: the mock ran version ${actual}`);
          } catch (error) {
            problems.push(`${endpoint.name}@${version}: ${(error as Error).name}: ${(error as Error).message}`);
          }
        }
      }
    }
    expect(problems).toEqual([]);
    const endpoints = model.services.flatMap((s) => s.endpoints);
    expect(endpoints.length).toBeGreaterThan(200);
    expect(calls).toBe(endpoints.reduce((n, e) => n + e.versions.length, 0));
  }, 180_000);

  it("answers a bad request with 400 and the path of the bad field", async () => {
    const mock = await startMock(7);
    // The client's own request check off, so the mock is the one that refuses.
    const client = pkg.createClient({ baseUrl: mock.url, auth: pkg.keySecret(KEY), validate: { validators, request: false, response: true }, retry: false });
    const wrongType = await client.tasks.get_all({ id: ["t1", 42] }).catch((e: unknown) => e);
    expect(wrongType).toMatchObject({ name: "ApiError", resultCode: 400, resultSubcode: 12, errorData: { field: "id[1]" } });
    expect((wrongType as Error).message).toContain("id[1]");
    const missing = await client.tasks.get_by_id({}).catch((e: unknown) => e);
    expect(missing).toMatchObject({ name: "ApiError", resultCode: 400, resultSubcode: 11, errorData: { field: "task" } });
  });

  it("refuses a wrong secret with 401/22", async () => {
    const mock = await startMock(7);
    const client = pkg.createClient({ baseUrl: mock.url, auth: pkg.keySecret({ ...KEY, secretKey: "WRONG" }), retry: false });
    const error = await client.projects.get_all({}).catch((e: unknown) => e);
    expect(error).toMatchObject({ resultCode: 401, resultSubcode: 22 });
  });

  it("gives the same answers for the same seed and other answers for another seed", async () => {
    const answers = async (seed: number) => {
      const mock = await startMock(seed);
      const client = pkg.createClient({ baseUrl: mock.url, auth: pkg.keySecret(KEY), validate: validators, retry: false });
      return [await client.tasks.get_all({}), await client.projects.get_by_id({ project: "p1" }), await client.models.get_all({ page_size: 5 })];
    };
    const first = await answers(3);
    expect(await answers(3)).toEqual(first);
    expect(await answers(4)).not.toEqual(first);
  });
});
