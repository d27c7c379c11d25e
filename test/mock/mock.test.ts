// The mock server for this project's schemas/, over raw HTTP: version dispatch, the
// envelope, login and tokens, roles, request validation, fixtures and seeds. The generated
// client against the mock for the ClearML corpus is test/e2e/mock.test.ts.
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { createMockServer, MockError, MockSchemaError, type MockServer, type MockServerOptions } from "../../generator/api.js";
import { decodeJwtPayload } from "../../generator/mock/protocol/jwt.js";

const SCHEMAS = path.resolve(import.meta.dirname, "../../schemas");
const open: MockServer[] = [];

async function start(options: Partial<MockServerOptions> = {}): Promise<MockServer> {
  const mock = await createMockServer({ schemas: SCHEMAS, ...options });
  open.push(mock);
  return mock;
}

afterEach(async () => {
  await Promise.all(open.splice(0).map((m) => m.close()));
});

type Envelope = { meta: Record<string, any>; data: any }; // eslint-disable-line @typescript-eslint/no-explicit-any

async function call(mock: MockServer, route: string, body: unknown = {}, auth?: string): Promise<{ status: number; json: Envelope }> {
  const response = await fetch(`${mock.url}/${route}`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(auth ? { authorization: auth } : {}) },
    body: JSON.stringify(body),
  });
  return { status: response.status, json: (await response.json()) as Envelope };
}

const basic = (key: string, secret: string) => `Basic ${Buffer.from(`${key}:${secret}`).toString("base64")}`;

async function login(mock: MockServer, key = "k", secret = "s", body: unknown = {}): Promise<string> {
  const { status, json } = await call(mock, "auth.login", body, basic(key, secret));
  expect(status, JSON.stringify(json.meta)).toBe(200);
  return `Bearer ${json.data.token as string}`;
}

describe("createMockServer", () => {
  it("listens on 127.0.0.1 and answers in the envelope, dispatching to the endpoint's highest version <= the requested one", async () => {
    const mock = await start();
    expect(mock.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const token = await login(mock);
    const at27 = await call(mock, "v2.7/users.get_all", {}, token);
    expect(at27.status).toBe(200);
    expect(at27.json.meta).toMatchObject({ result_code: 200, result_subcode: 0, result_msg: "OK", endpoint: { name: "users.get_all", requested_version: "2.7", actual_version: "2.1" } });
    expect(Array.isArray(at27.json.data.users)).toBe(true);
    const latest = await call(mock, "users.get_all", {}, token);
    expect(latest.json.meta.endpoint).toMatchObject({ actual_version: "2.8" });
    // Before the endpoint's first version, and an unknown endpoint: 404/0.
    for (const route of ["v1.0/users.get_all", "v2.8/users.nothing"]) {
      const missing = await call(mock, route, {}, token);
      expect([missing.status, missing.json.meta.result_subcode]).toEqual([404, 0]);
      expect(missing.json.meta.result_msg).toMatch(/^Unable to find endpoint for name users\.\w+ and version /);
    }
  });

  it("refuses a body the generated validators refuse: 400 with the field's path (11 when a required field is missing)", async () => {
    const mock = await start();
    const token = await login(mock);
    const wrongType = await call(mock, "users.get_all", { id: ["a", 5] }, token);
    expect([wrongType.status, wrongType.json.meta.result_subcode]).toEqual([400, 12]);
    expect(wrongType.json.meta.error_data).toEqual({ field: "id[1]" });
    expect(wrongType.json.meta.result_msg).toMatch(/^Validation error: id\[1\]: /);
    const belowMinimum = await call(mock, "users.get_all", { page_size: 0 }, token);
    expect(belowMinimum.json.meta.error_data).toEqual({ field: "page_size" });
    const missing = await call(mock, "users.get_by_id", {}, token);
    expect([missing.status, missing.json.meta.result_subcode, missing.json.meta.error_data]).toEqual([400, 11, { field: "user" }]);
    // Nulls are removed before the check, as the server and the generated client do.
    expect((await call(mock, "users.get_all", { name: null }, token)).status).toBe(200);
  });

  it("logs in only with a configured key pair (401/22 otherwise) and checks allow_roles (403/20)", async () => {
    const mock = await start({ credentials: [{ accessKey: "admin-key", secretKey: "admin-secret", role: "admin" }, { accessKey: "user-key", secretKey: "user-secret", role: "user" }] });
    const wrong = await call(mock, "auth.login", {}, basic("admin-key", "nope"));
    expect([wrong.status, wrong.json.meta.result_subcode]).toEqual([401, 22]);
    const unknown = await call(mock, "auth.login", {}, basic("other", "admin-secret"));
    expect([unknown.status, unknown.json.meta.result_subcode]).toEqual([401, 22]);
    const userToken = await login(mock, "user-key", "user-secret");
    expect(decodeJwtPayload(userToken.slice(7))).toMatchObject({ identity: { role: "user", user_name: "user-key" } });
    const denied = await call(mock, "users.delete", { user: "x" }, userToken);
    expect([denied.status, denied.json.meta.result_subcode]).toEqual([403, 20]);
    expect((await call(mock, "users.delete", { user: "x" }, await login(mock, "admin-key", "admin-secret"))).status).toBe(200);
    // No credentials on an authorized endpoint, and a scheme that is neither Basic nor Bearer.
    expect((await call(mock, "users.get_all")).json.meta).toMatchObject({ result_code: 401, result_subcode: 20 });
    expect((await call(mock, "users.get_all", {}, "Token abc")).json.meta).toMatchObject({ result_code: 401, result_subcode: 10 });
  });

  it("issues tokens that expire: 401/30 once the mock's clock passes exp", async () => {
    let now = Date.parse("2026-01-01T00:00:00Z");
    const mock = await start({ now: () => now });
    const token = await login(mock, "k", "s", { expiration_sec: 60 });
    const payload = decodeJwtPayload(token.slice(7))!;
    expect((payload.exp as number) - (payload.iat as number)).toBe(60);
    expect((await call(mock, "users.get_all", {}, token)).status).toBe(200);
    now += 60_000;
    const expired = await call(mock, "users.get_all", {}, token);
    expect([expired.status, expired.json.meta.result_subcode]).toEqual([401, 30]);
    expect(expired.json.meta.result_msg).toContain("expired");
    const forged = await call(mock, "users.get_all", {}, `${token.slice(0, -2)}xx`);
    expect([forged.status, forged.json.meta.result_subcode]).toEqual([401, 30]);
  });

  it("answers with the same data for the same seed, call and body, and other data for another seed", async () => {
    const answers = async (seed: number) => {
      const mock = await start({ seed });
      const token = await login(mock);
      return Promise.all([call(mock, "users.get_all", {}, token), call(mock, "v2.1/users.get_all", {}, token), call(mock, "users.get_by_id", { user: "u1" }, token)]).then((r) => r.map((a) => a.json.data));
    };
    const [first, again, other] = await Promise.all([answers(1), answers(1), answers(2)]);
    expect(again).toEqual(first);
    expect(other).not.toEqual(first);
    expect(first[2].user).toEqual(expect.any(Object));
  });

  it("answers from fixtures by endpoint or endpoint version, and refuses a fixture the response validator refuses (500/100)", async () => {
    const mock = await start({
      fixtures: {
        "users.get_all": { users: [{ id: "u1", name: "fixed" }] },
        "users.get_all@2.1": (c) => ({ users: [{ id: c.requestedVersion, name: c.identity?.user_name ?? "" }] }),
        "users.get_by_id": { user: "not an object" },
        "users.update": (c) => {
          throw new MockError(400, 10, `Invalid user id: ${String((c.body as { user: string }).user)}`, { id: "nobody" });
        },
        "users.delete": () => {
          throw new Error("a secret in a fixture's bug");
        },
      },
    });
    const token = await login(mock, "me", "s");
    expect((await call(mock, "users.get_all", {}, token)).json.data).toEqual({ users: [{ id: "u1", name: "fixed" }] });
    expect((await call(mock, "v2.5/users.get_all", {}, token)).json.data).toEqual({ users: [{ id: "2.5", name: "me" }] });
    const bad = await call(mock, "users.get_by_id", { user: "u1" }, token);
    expect(bad.json.meta).toMatchObject({ result_code: 500, result_subcode: 100 });
    expect(bad.json.meta.result_msg).toMatch(/^The fixture of users\.get_by_id is not a valid 2\.1 response: user: /);
    // A fixture function answers with an error by throwing MockError; anything else it throws is a 500/1 without its message.
    const refused = await call(mock, "users.update", { user: "nobody" }, token);
    expect([refused.status, refused.json.meta]).toEqual([400, expect.objectContaining({ result_code: 400, result_subcode: 10, result_msg: "Invalid user id: nobody", error_data: { id: "nobody" } })]);
    const broken = await call(mock, "users.delete", { user: "x" }, token);
    expect([broken.status, broken.json.meta.result_subcode, broken.json.meta.result_msg]).toEqual([500, 1, "Internal server error"]);
  });

  it("refuses a schema folder codegen would refuse, with the located findings", async () => {
    const folder = path.resolve(import.meta.dirname, "../fixtures/lint/bad-ref");
    const refused = await createMockServer({ schemas: folder }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(MockSchemaError);
    expect((refused as Error).message).toMatch(/bad-ref\/svc\.conf:12:24: error: `\$ref` "definitions\/task" is not a local definition reference/);
    await expect(createMockServer({})).rejects.toThrow("createMockServer: give `schemas` (a schema folder) or `model`");
  });
});
