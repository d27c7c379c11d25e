// The test server, driven with plain fetch: protocol behaviour (paths, versions, envelope,
// auth, roles, json-lines, OIDC) and the test hooks (clock, faults, request log).
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { ApiModel } from "../../generator/schema/index.js";
import { decodeJwtPayload, loadSchemaModel, startTestServer, type TestServer } from "./index.js";

let model: ApiModel;
let server: TestServer;

beforeAll(() => {
  model = loadSchemaModel();
});

beforeEach(async () => {
  server = await startTestServer({ model });
  return () => server.close();
});

interface CallOptions {
  auth?: string;
  body?: unknown;
  rawBody?: string;
  headers?: Record<string, string>;
}

interface Envelope {
  meta: {
    id: string;
    trx: string;
    endpoint: { name: string; requested_version: string | null; actual_version: string | null };
    result_code: number;
    result_subcode: number;
    result_msg: string;
    error_stack: null;
    error_data: Record<string, unknown>;
  };
  data: Record<string, any>;
}

async function call(path: string, opts: CallOptions = {}): Promise<{ status: number; headers: Headers; env: Envelope }> {
  const headers: Record<string, string> = { "content-type": "application/json", ...opts.headers };
  if (opts.auth) headers.authorization = opts.auth;
  const body = opts.rawBody ?? JSON.stringify(opts.body ?? {});
  const res = await fetch(server.url + path, { method: "POST", headers, body });
  return { status: res.status, headers: res.headers, env: (await res.json()) as Envelope };
}

function basic(user: string): string {
  const u = server.users[user];
  return "Basic " + Buffer.from(`${u.accessKey}:${u.secretKey}`).toString("base64");
}

async function login(user: string, body: unknown = {}): Promise<string> {
  const { status, env } = await call("/auth.login", { auth: basic(user), body });
  expect(status).toBe(200);
  return env.data.token as string;
}

async function bearer(user: string): Promise<string> {
  return "Bearer " + (await login(user));
}

function expectError(r: { status: number; env: Envelope }, code: number, subcode: number): void {
  expect([r.status, r.env.meta.result_code, r.env.meta.result_subcode]).toEqual([code, code, subcode]);
}

describe("envelope and paths", () => {
  it("wraps answers in the envelope, echoes the transaction id and sets status = result_code", async () => {
    const r = await call("/v2.21/auth.fixed_users_mode", { headers: { "X-ClearML-Trx": "trx-42" } });
    expect(r.status).toBe(200);
    expect(r.headers.get("x-clearml-trx")).toBe("trx-42");
    expect(r.env.meta).toMatchObject({
      trx: "trx-42",
      endpoint: { name: "auth.fixed_users_mode", requested_version: "2.21", actual_version: "2.21" },
      result_code: 200,
      result_subcode: 0,
      result_msg: "OK",
      error_stack: null,
      error_data: {},
    });
    expect(r.env.meta.id).toMatch(/^[0-9a-f]{32}$/);
    expect(r.env.data).toEqual({ enabled: false, migration_warning: false, sso: {} });
  });

  it("accepts the legacy X-Trains-Trx header and a trailing slash", async () => {
    const r = await call("/v2.1/auth.fixed_users_mode/", { headers: { "X-Trains-Trx": "legacy" } });
    expect(r.env.meta.trx).toBe("legacy");
    expect(r.env.data).toEqual({ enabled: false, migration_warning: false });
  });

  it("dispatches a call at V to the endpoint's highest version <= V", async () => {
    const auth = await bearer("admin");
    const early = await call("/v2.25/users.get_current_user", { auth });
    expect(early.env.meta.endpoint.actual_version).toBe("2.1");
    expect(early.env.data.groups).toBeUndefined();
    const late = await call("/v2.30/users.get_current_user", { auth });
    expect(late.env.meta.endpoint.actual_version).toBe("2.26");
    expect(late.env.data.groups).toEqual([{ id: server.allUsersGroup, name: "Users" }]);
  });

  it("runs the version-less form at the API's maximum version", async () => {
    const r = await call("/users.get_current_user", { auth: await bearer("admin") });
    expect(r.env.meta.endpoint.requested_version).toBe(model.maxVersion.text);
    expect(r.env.meta.endpoint.actual_version).toBe("2.26");
  });

  it("answers 404/0 for unknown endpoints and versions below the first", async () => {
    const auth = await bearer("admin");
    const unknown = await call("/v2.30/users.no_such_thing", { auth });
    expectError(unknown, 404, 0);
    expect(unknown.env.meta.result_msg).toBe("Unable to find endpoint for name users.no_such_thing and version 2.30");
    const tooEarly = await call("/v2.26/users.get_vaults", { auth });
    expectError(tooEarly, 404, 0);
  });

  it("answers 400/2 for a path version that is not major.minor", async () => {
    expectError(await call("/v2/auth.fixed_users_mode"), 400, 2);
  });

  it("rejects non-object and malformed JSON bodies with a located message", async () => {
    const auth = await bearer("admin");
    expectError(await call("/users.get_all", { auth, rawBody: "[1,2]" }), 400, 12);
    const bad = await call("/users.get_all", { auth, rawBody: '{\n  "id": [1,}' });
    expectError(bad, 400, 12);
    expect(bad.env.meta.result_msg).toMatch(/line 2, column \d+/);
  });
});

describe("authentication and roles", () => {
  it("auth.login gives an HS256 JWT with identity, 30-day default lifetime and the token cookie", async () => {
    const res = await fetch(`${server.url}/auth.login`, { method: "POST", headers: { authorization: basic("admin") }, body: "{}" });
    const env = (await res.json()) as Envelope;
    const token = env.data.token as string;
    const header = JSON.parse(Buffer.from(token.split(".")[0], "base64url").toString());
    expect(header.alg).toBe("HS256");
    const payload = decodeJwtPayload(token)!;
    expect((payload.exp as number) - (payload.iat as number)).toBe(30 * 24 * 3600);
    expect(payload.identity).toMatchObject({ user: server.users.admin.id, role: "admin", user_name: "admin", company: server.companyId });
    expect(res.headers.get("set-cookie")).toMatch(/^clearml_token_basic=.+HttpOnly; SameSite=Lax$/);
    expect(server.controls.loginCount()).toBe(1);
  });

  it("honours expiration_sec and expires tokens when the clock moves past exp", async () => {
    const token = await login("alice", { expiration_sec: 60 });
    const payload = decodeJwtPayload(token)!;
    expect((payload.exp as number) - (payload.iat as number)).toBe(60);
    const auth = "Bearer " + token;
    expect((await call("/users.get_current_user", { auth })).status).toBe(200);
    server.controls.clock.advance(61_000);
    expectError(await call("/users.get_current_user", { auth }), 401, 30);
  });

  it("distinguishes missing credentials, bad scheme, malformed and wrong credentials, and bad tokens", async () => {
    expectError(await call("/users.get_current_user"), 401, 20);
    expectError(await call("/users.get_current_user", { auth: "Token abc" }), 401, 10);
    expectError(await call("/auth.login", { auth: "Basic " + Buffer.from("no-colon").toString("base64") }), 401, 21);
    const u = server.users.admin;
    const wrong = "Basic " + Buffer.from(`${u.accessKey}:not-the-secret`).toString("base64");
    expectError(await call("/auth.login", { auth: wrong }), 401, 22);
    expectError(await call("/users.get_current_user", { auth: "Bearer not.a.token" }), 401, 30);
    const token = await login("admin");
    const [h, p] = token.split(".");
    expectError(await call("/users.get_current_user", { auth: `Bearer ${h}.${p}.forged` }), 401, 30);
    expect(server.controls.loginAttempts()).toBe(3);
    expect(server.controls.loginCount()).toBe(1);
  });

  it("accepts the token cookie when there is no Authorization header", async () => {
    const token = await login("alice");
    const r = await call("/users.get_current_user", { headers: { cookie: `clearml_token_basic=${token}` } });
    expect(r.env.data.user.name).toBe("alice");
  });

  it("answers 403/20 when the caller's role is not allowed", async () => {
    const r = await call("/users.delete_vaults", { auth: await bearer("alice"), body: { vaults: ["x"] } });
    expectError(r, 403, 20);
    // Internal endpoints allow only system and root.
    expectError(await call("/auth.validate_token", { auth: await bearer("admin"), body: { token: "x" } }), 403, 20);
    const valid = await call("/auth.validate_token", { auth: await bearer("system"), body: { token: await login("alice") } });
    expect(valid.env.data).toMatchObject({ valid: true, user: server.users.alice.id });
  });

  it("takes roles and authorize flags from the schema model", async () => {
    for (const service of model.services) {
      for (const endpoint of service.endpoints) {
        if (endpoint.authorize) continue;
        const r = await call(`/${endpoint.name}`);
        expect(r.status, endpoint.name).not.toBe(401);
      }
    }
    const login = model.services.find((s) => s.name === "auth")!.endpoints.find((e) => e.action === "login")!;
    expect(login.allowRoles).toEqual(["*"]);
  });

  it("supports impersonation headers for admins only, never both at once", async () => {
    const admin = await bearer("admin");
    const as = await call("/users.get_current_user", { auth: admin, headers: { "X-ClearML-Impersonate-As": server.users.alice.id } });
    expect(as.env.data.user.name).toBe("alice");
    const both = { "X-ClearML-Impersonate-As": server.users.alice.id, "X-ClearML-Act-As": server.users.alice.id };
    expectError(await call("/users.get_current_user", { auth: admin, headers: both }), 400, 5);
    const byUser = await call("/users.get_current_user", { auth: await bearer("alice"), headers: { "X-ClearML-Act-As": server.users.admin.id } });
    expectError(byUser, 400, 6);
  });
});

describe("credentials", () => {
  it("creates, lists, labels and revokes key pairs; revoking kills tokens from that pair", async () => {
    const auth = await bearer("alice");
    const created = await call("/v2.17/auth.create_credentials", { auth, body: { label: "ci" } });
    const { access_key, secret_key } = created.env.data.credentials;
    expect(created.env.data.credentials.label).toBe("ci");
    const pairAuth = "Basic " + Buffer.from(`${access_key}:${secret_key}`).toString("base64");
    const pairToken = "Bearer " + (await call("/auth.login", { auth: pairAuth })).env.data.token;
    const listed = await call("/auth.get_credentials", { auth });
    const entry = listed.env.data.credentials.find((c: any) => c.access_key === access_key);
    expect(entry).toMatchObject({ access_key, label: "ci", last_used_from: expect.any(String) });
    expect(entry.secret_key).toBeUndefined();
    expect((await call("/auth.edit_credentials", { auth, body: { access_key, label: "nightly" } })).env.data).toEqual({ updated: 1 });
    expect((await call("/auth.revoke_credentials", { auth, body: { access_key } })).env.data).toEqual({ revoked: 1 });
    expectError(await call("/users.get_current_user", { auth: pairToken }), 401, 30);
    expectError(await call("/auth.login", { auth: pairAuth }), 401, 22);
  });

  it("keeps only salted hashes of secrets", async () => {
    const created = await call("/auth.create_credentials", { auth: await bearer("alice") });
    const secret: string = created.env.data.credentials.secret_key;
    const stored = server.store.credentials.get(created.env.data.credentials.access_key)!;
    expect(stored.secret.hash.toString("hex")).not.toContain(Buffer.from(secret).toString("hex"));
    expect(JSON.stringify([...server.store.credentials.values()])).not.toContain(secret);
  });

  it("validates requests against the endpoint version's schema", async () => {
    const auth = await bearer("alice");
    // 2.1 has no label and forbids extra fields; 2.17 added the label.
    expectError(await call("/v2.16/auth.create_credentials", { auth, body: { label: "x" } }), 400, 12);
    expectError(await call("/auth.revoke_credentials", { auth, body: {} }), 400, 11);
    const wrongType = await call("/auth.login", { auth: basic("alice"), body: { expiration_sec: "soon" } });
    expectError(wrongType, 400, 12);
    expect(wrongType.env.meta.result_msg).toContain("expiration_sec");
  });
});

describe("users, groups and vaults", () => {
  it("manages vaults: create without id, update with id, list, delete several", async () => {
    const auth = await bearer("admin");
    const vault = { scope: "group", enabled: true, data: "sdk.aws.s3.region: eu-west-1", format: "hocon", type: "config" };
    const created = await call("/v2.29/users.add_or_update_vault", { auth, body: { group: server.allUsersGroup, vault } });
    const id = created.env.data.vault as string;
    expect(created.env.data.created).toBe(true);
    const updated = await call("/users.add_or_update_vault", { auth, body: { group: server.allUsersGroup, vault: { ...vault, id, enabled: false } } });
    expect(updated.env.data).toEqual({ vault: id, created: false });
    const early = await call("/v2.27/users.add_or_update_vault", { auth, body: { vault: { data: "a: 1" } } });
    expect(Object.keys(early.env.data)).toEqual(["vault"]);
    const listed = await call("/users.get_vaults", { auth, body: { scope: "group" } });
    expect(listed.env.data.vaults).toHaveLength(1);
    expect(listed.env.data.vaults[0]).toMatchObject({ id, enabled: false, group: server.allUsersGroup, type: "config", format: "hocon" });
    // A group member sees the group's vault but not the admin's personal one.
    const asAlice = await call("/users.get_vaults", { auth: await bearer("alice") });
    expect(asAlice.env.data.vaults.map((v: any) => v.id)).toEqual([id]);
    const deleted = await call("/users.delete_vaults", { auth, body: { vaults: [id, early.env.data.vault, "missing"] } });
    expect(deleted.env.data).toEqual({ deleted: 2 });
  });

  it("manages groups and members", async () => {
    const auth = await bearer("admin");
    const created = await call("/users.create_group", { auth, body: { name: "ml", members: [server.users.alice.id] } });
    const group = created.env.data.id;
    expect((await call("/users.add_group_members", { auth, body: { group, users: [server.users.alice.id, server.users.annie.id] } })).env.data).toEqual({ added: 1 });
    expect((await call("/users.remove_group_members", { auth, body: { group, users: [server.users.alice.id] } })).env.data).toEqual({ removed: 1 });
    const listed = await call("/users.get_all_groups", { auth, body: { name: "^ml$" } });
    expect(listed.env.data.groups).toEqual([expect.objectContaining({ id: group, members: [server.users.annie.id], system: false })]);
    expectError(await call("/users.create_group", { auth, body: { name: "x", extra: 1 } }), 400, 12);
    expect((await call("/users.delete_group", { auth, body: { group } })).env.data).toEqual({ deleted: 1 });
  });

  it("runs json-lines batches line by line, reporting bad lines", async () => {
    const auth = await bearer("admin");
    const lines = [
      JSON.stringify({ user: server.users.alice.id, given_name: "Alice" }),
      JSON.stringify({ given_name: "nobody" }),
      "{not json",
      JSON.stringify({ user: server.users.annie.id, family_name: "Notator" }),
    ].join("\n");
    const r = await call("/users.update_batch", { auth, rawBody: lines + "\n", headers: { "content-type": "application/json-lines" } });
    expect(r.status).toBe(200);
    expect(r.env.data.updated).toBe(2);
    expect(r.env.data.errors.map((e: any) => e.line)).toEqual([2, 3]);
    expect(r.env.data.errors[0].msg).toContain("user");
    const alice = await call("/users.get_by_id", { auth, body: { user: server.users.alice.id } });
    expect(alice.env.data.user.given_name).toBe("Alice");
  });

  it("answers 415 in plain text when the batch content type is not exactly application/json-lines", async () => {
    const res = await fetch(`${server.url}/users.update_batch`, {
      method: "POST",
      headers: { authorization: await bearer("admin"), "content-type": "application/json" },
      body: "{}",
    });
    expect(res.status).toBe(415);
    expect(res.headers.get("content-type")).toMatch(/^text\/plain/);
  });
});

describe("storage settings", () => {
  it("sets, gets and resets per provider and per bucket; Azure only from 2.31", async () => {
    const auth = await bearer("admin");
    const aws = {
      key: "AKIA",
      secret: "s3-secret",
      region: "us-east-1",
      buckets: [
        { bucket: "models", host: "minio.local:9000", secure: false },
        { bucket: "data", region: "eu-west-1" },
      ],
    };
    const azure = { containers: [{ account_name: "acct", account_key: "k", container_name: "c1" }] };
    expect((await call("/v2.31/storage.set_settings", { auth, body: { aws, azure } })).env.data).toEqual({ updated: 1 });
    const old = await call("/v2.22/storage.get_settings", { auth });
    expect(old.env.data.settings.aws).toEqual(aws);
    expect(old.env.data.settings.azure).toBeUndefined();
    expect((await call("/storage.get_settings", { auth })).env.data.settings.azure).toEqual(azure);
    expectError(await call("/storage.set_settings", { auth, body: { aws: { buckets: [{ bucket: "b", host: "no-port" }] } } }), 400, 12);
    expect((await call("/storage.reset_settings", { auth, body: { aws_buckets: ["models"] } })).env.data).toEqual({ removed: 1 });
    const after = await call("/storage.get_settings", { auth });
    expect(after.env.data.settings.aws.buckets.map((b: any) => b.bucket)).toEqual(["data"]);
    expect((await call("/storage.reset_settings", { auth, body: { all: true } })).env.data).toEqual({ removed: 2 });
    expectError(await call("/storage.reset_settings", { auth, body: {} }), 400, 11);
    expectError(await call("/storage.get_settings", { auth: await bearer("alice") }), 403, 20);
  });
});

describe("OIDC token endpoint", () => {
  const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();

  async function token(fields: Record<string, string>, client = "api-client", secret?: string) {
    const c = server.oidcClients[client];
    const res = await fetch(`${server.url}/oidc/token`, {
      method: "POST",
      headers: {
        "content-type": "application/x-www-form-urlencoded",
        authorization: "Basic " + Buffer.from(`${client}:${secret ?? c?.clientSecret}`).toString("base64"),
      },
      body: form(fields),
    });
    return { status: res.status, body: (await res.json()) as Record<string, any> };
  }

  it("password grant gives access and refresh tokens; the access token works on the API", async () => {
    const u = server.users.alice;
    const r = await token({ grant_type: "password", username: u.email, password: u.password });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ token_type: "Bearer", expires_in: 3600, access_token: expect.any(String), refresh_token: expect.any(String) });
    const me = await call("/users.get_current_user", { auth: "Bearer " + r.body.access_token });
    expect(me.env.data.user.id).toBe(u.id);
    // A refresh token is not an access token.
    expectError(await call("/users.get_current_user", { auth: "Bearer " + r.body.refresh_token }), 401, 30);
    const wrong = await token({ grant_type: "password", username: u.email, password: "nope" });
    expect([wrong.status, wrong.body.error]).toEqual([400, "invalid_grant"]);
  });

  it("client_credentials grant acts as the client's service account", async () => {
    const r = await token({ grant_type: "client_credentials" });
    expect(r.status).toBe(200);
    const me = await call("/users.get_current_user", { auth: "Bearer " + r.body.access_token });
    expect(me.env.data.user.id).toBe(server.oidcClients["api-client"].user);
    const bad = await token({ grant_type: "client_credentials" }, "api-client", "wrong");
    expect([bad.status, bad.body.error]).toEqual([401, "invalid_client"]);
    expect(server.controls.oidcGrantCount("client_credentials")).toBe(1);
  });

  it("refresh_token grant rotates the refresh token and rejects a reused one", async () => {
    const first = await token({ grant_type: "client_credentials" });
    const second = await token({ grant_type: "refresh_token", refresh_token: first.body.refresh_token });
    expect(second.status).toBe(200);
    expect(second.body.refresh_token).not.toBe(first.body.refresh_token);
    const reused = await token({ grant_type: "refresh_token", refresh_token: first.body.refresh_token });
    expect([reused.status, reused.body.error]).toEqual([400, "invalid_grant"]);
    const unsupported = await token({ grant_type: "implicit" });
    expect(unsupported.body.error).toBe("unsupported_grant_type");
  });

  it("access tokens expire after expires_in on the server clock", async () => {
    const r = await token({ grant_type: "client_credentials" });
    server.controls.clock.advance(3600_000);
    expectError(await call("/users.get_current_user", { auth: "Bearer " + r.body.access_token }), 401, 30);
  });
});

describe("test hooks", () => {
  it("injects 503 with Retry-After, a non-JSON 502 and a malformed body, then answers normally", async () => {
    const { faults } = server.controls;
    faults.inject("auth.fixed_users_mode", { kind: "status", status: 503, retryAfter: 2 }, 2);
    faults.inject("auth.fixed_users_mode", { kind: "non-json" });
    faults.inject("auth.fixed_users_mode", { kind: "malformed" });
    const post = () => fetch(`${server.url}/auth.fixed_users_mode`, { method: "POST", body: "{}" });
    for (let i = 0; i < 2; i++) {
      const res = await post();
      expect([res.status, res.headers.get("retry-after")]).toEqual([503, "2"]);
      await res.text();
    }
    const html = await post();
    expect([html.status, html.headers.get("content-type")]).toEqual([502, "text/html"]);
    await html.text();
    const broken = await post();
    expect(broken.status).toBe(200);
    await expect(broken.json()).rejects.toThrow();
    expect(faults.pending()).toBe(0);
    expect((await post()).status).toBe(200);
  });

  it("logs requests without credential values", async () => {
    const token = await login("admin");
    await call("/users.get_current_user", { auth: "Bearer " + token, headers: { cookie: `clearml_token_basic=${token}` } });
    const log = server.controls.requests();
    expect(log.map((r) => r.path)).toEqual(["/auth.login", "/users.get_current_user"]);
    expect(log[1].headers.authorization).toBe("Bearer [redacted]");
    const text = JSON.stringify(log);
    expect(text).not.toContain(token);
    expect(text).not.toContain(server.users.admin.secretKey);
    expect(text).not.toContain(Buffer.from(`${server.users.admin.accessKey}:${server.users.admin.secretKey}`).toString("base64"));
  });

  it("tamper answers normally with data (or the OIDC body) replaced", async () => {
    const { faults } = server.controls;
    faults.inject("auth.fixed_users_mode", { kind: "tamper", edit: (data) => ({ ...data, enabled: "yes" }) });
    const tampered = await call("/v2.21/auth.fixed_users_mode");
    expect(tampered.status).toBe(200);
    expect(tampered.env.meta.endpoint.actual_version).toBe("2.21");
    expect(tampered.env.data).toEqual({ enabled: "yes", migration_warning: false, sso: {} });
    expect((await call("/auth.fixed_users_mode")).env.data.enabled).toBe(false);

    faults.inject("/oidc/token", { kind: "tamper", edit: ({ access_token: _dropped, ...rest }) => rest });
    const client = server.oidcClients["api-client"];
    const res = await fetch(`${server.url}/oidc/token`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ grant_type: "client_credentials", client_id: client.clientId, client_secret: client.clientSecret }),
    });
    const body = (await res.json()) as Record<string, unknown>;
    expect(res.status).toBe(200);
    expect(body).not.toHaveProperty("access_token");
    expect(body).toMatchObject({ token_type: "Bearer", expires_in: 3600 });
  });

  it("gate holds a request until the test opens it", async () => {
    let open!: () => void;
    server.controls.faults.inject("auth.fixed_users_mode", { kind: "gate", open: new Promise<void>((r) => (open = r)) });
    const held = call("/auth.fixed_users_mode");
    await vi.waitFor(() => expect(server.controls.requests()).toHaveLength(1));
    const free = await call("/auth.fixed_users_mode");
    expect(free.status).toBe(200);
    expect(server.controls.requests().map((r) => r.status)).toEqual([undefined, 200]);
    open();
    expect((await held).status).toBe(200);
  });

  it("logs each answer's status and the endpoint version that ran; lists every token issued", async () => {
    const token = await login("admin");
    await call("/v2.25/users.get_current_user", { auth: "Bearer " + token });
    await call("/v2.1/storage.get_settings", { auth: "Bearer " + token });
    server.controls.faults.inject("users.get_vaults", { kind: "status", status: 503 });
    await fetch(`${server.url}/users.get_vaults`, { method: "POST", body: "{}" }).then((r) => r.text());
    const log = server.controls.requests().map((r) => [r.path, r.status, r.actualVersion]);
    expect(log).toEqual([
      ["/auth.login", 200, "2.1"],
      ["/v2.25/users.get_current_user", 200, "2.1"],
      ["/v2.1/storage.get_settings", 404, null],
      ["/users.get_vaults", 503, undefined],
    ]);
    const extra = server.controls.tokenFor("alice");
    expect(server.controls.issuedTokens()).toEqual([token, extra]);
  });

  it("implements every endpoint version of the schema model", async () => {
    const auth = await bearer("system");
    for (const service of model.services) {
      for (const endpoint of service.endpoints) {
        for (const v of endpoint.versions) {
          const isBatch = v.request.kind === "batch";
          const res = await fetch(`${server.url}/v${v.version.text}/${endpoint.name}`, {
            method: "POST",
            headers: { authorization: auth, "content-type": isBatch ? "application/json-lines" : "application/json" },
            body: "{}",
          });
          const env = (await res.json()) as Envelope;
          expect(env.meta.result_code, `${endpoint.name} ${v.version.text}`).not.toBe(500);
          expect(env.meta.endpoint.actual_version).toBe(v.version.text);
        }
      }
    }
  });
});
