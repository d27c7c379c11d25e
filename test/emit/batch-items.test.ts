// Batch lines (issue 15): a batch's items are requests of the batched endpoint at the
// highest version <= min(the version the batch names, the API version a client is pinned
// to), else its first version (the server's and the SDK's fallback). Types, validators and
// the OpenAPI document all follow that rule. Fixture: `update` at 2.1 (a), 2.5 (b), 2.9 (c);
// `update_batch` names 2.9, `old_batch` names 1.5.
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { emitOpenApi } from "../../generator/emit/openapi/index.js";
import { generateInTemp, importModule, removeGenerated, type GeneratedPackage } from "../verify/support/generated-package.js";
import { typecheckCheckFile } from "./helpers.js";

const FIXTURE = path.resolve(__dirname, "../fixtures/batch-cap");

type Call = (body: unknown) => Promise<unknown>;
type Client = Record<string, Record<string, Call>>;
type CreateClient = (options: Record<string, unknown>) => Client;

describe("batch lines at the version a pinned client sends", () => {
  let pkg: GeneratedPackage;
  let createClient: CreateClient;
  let validators: unknown;

  beforeAll(async () => {
    pkg = generateInTemp(FIXTURE);
    createClient = (await importModule(pkg, "client")).createClient as CreateClient;
    validators = (await importModule(pkg, "zod/index")).validators;
  });
  afterAll(() => removeGenerated(pkg));

  it("types each pinned client's batch items with the capped version", () => {
    const result = typecheckCheckFile(pkg.dir, [
      'import { createClient } from "./src/index.js";',
      'const base = { baseUrl: "http://localhost:8008" };',
      "export async function run(): Promise<void> {",
      '  const at26 = createClient({ ...base, apiVersion: "2.6" });',
      '  await at26.svc.update_batch([{ b: "x" }]);',
      "  // @ts-expect-error at 2.6 the lines are update 2.5 requests (b), not 2.9 (c)",
      '  await at26.svc.update_batch([{ c: "x" }]);',
      '  const at20 = createClient({ ...base, apiVersion: "2.0" });',
      '  await at20.svc.update_batch([{ a: "x" }]);',
      "  // @ts-expect-error at 2.0 update does not exist: the lines are its first version, 2.1 (a)",
      '  await at20.svc.update_batch([{ b: "x" }]);',
      '  const at29 = createClient({ ...base, apiVersion: "2.9" });',
      '  await at29.svc.update_batch([{ c: "x" }]);',
      "  // @ts-expect-error at 2.9 the lines are update 2.9 requests (c)",
      '  await at29.svc.update_batch([{ b: "x" }]);',
      "  const latest = createClient(base);",
      '  await latest.svc.update_batch([{ c: "x" }]);',
      '  await latest.svc.old_batch([{ a: "x" }]);',
      "  // @ts-expect-error old_batch names 1.5, before update's first version: its lines are 2.1 (a)",
      '  await latest.svc.old_batch([{ c: "x" }]);',
      '  await at26.svc.old_batch([{ a: "x" }]);',
      "}",
    ]);
    expect(result.output).toBe("");
    expect(result.ok).toBe(true);
  });

  it("validates each line with the validator of the version the pin sends", async () => {
    const sent: string[] = [];
    const fetch = async (url: string | URL, init?: RequestInit) => {
      sent.push(`${String(url)} ${String(init?.body)}`);
      return new Response(JSON.stringify({ meta: { result_code: 200 }, data: { updated: 1 } }), {
        status: 200,
        headers: { "content-type": "application/json" },
      });
    };
    const client = (apiVersion?: string) =>
      createClient({ baseUrl: "http://localhost:8008", apiVersion, fetch, retry: false, validate: { validators, request: true } });
    const rejects = async (call: Promise<unknown>, path: string) => {
      await expect(call).rejects.toMatchObject({ name: "ValidationError", path });
    };
    await rejects(client("2.6").svc.update_batch([{ c: "x" }]), "body[0].b");
    await rejects(client("2.0").svc.update_batch([{ b: "x" }]), "body[0].a");
    await rejects(client().svc.update_batch([{ b: "x" }]), "body[0].c");
    await rejects(client("2.6").svc.old_batch([{ b: "x" }]), "body[0].a");
    expect(sent).toEqual([]);
    await client("2.6").svc.update_batch([{ b: "x" }]);
    await client("2.0").svc.update_batch([{ a: "x" }]);
    await client("2.31").svc.update_batch([{ c: "x" }]);
    await client().svc.old_batch([{ a: "x" }]);
    expect(sent).toEqual([
      'http://localhost:8008/v2.6/svc.update_batch {"b":"x"}',
      'http://localhost:8008/v2.0/svc.update_batch {"a":"x"}',
      'http://localhost:8008/v2.31/svc.update_batch {"c":"x"}',
      'http://localhost:8008/svc.old_batch {"a":"x"}',
    ]);
  });

  it("describes the line of the document's API version in OpenAPI", () => {
    const line = (version: string | undefined, action: string) => {
      const doc = emitOpenApi(pkg.model, { version }) as unknown as {
        paths: Record<string, { post: { requestBody: { description: string; content: Record<string, { schema: { required?: string[] } }> } } }>;
      };
      const body = doc.paths[`/svc.${action}`].post.requestBody;
      return { required: body.content["application/json-lines"].schema.required, description: body.description };
    };
    expect(line(undefined, "update_batch").required).toEqual(["c"]);
    expect(line("2.6", "update_batch")).toMatchObject({ required: ["b"], description: expect.stringContaining("endpoint version 2.5") });
    expect(line("2.0", "update_batch").required).toEqual(["a"]);
    expect(line(undefined, "old_batch")).toMatchObject({ required: ["a"], description: expect.stringContaining("endpoint version 2.1") });
  });
});
