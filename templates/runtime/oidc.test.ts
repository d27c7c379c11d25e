import { describe, expect, it } from "vitest";
import { oidc, type OidcOptions } from "./auth/oidc.js";
import type { EndpointInfo } from "./endpoint.js";
import { AuthError } from "./errors.js";
import { apiError, envelope, fakeFetch, makeJwt, type RecordedRequest } from "./fake-fetch.test-support.js";
import type { LogEvent } from "./log.js";
import { createTransport } from "./transport.js";

const TOKEN_URL = "https://sso.test/auth/realms/master/protocol/openid-connect/token";
const CLIENT_SECRET = "client-Secret-9f8e7d";
const PASSWORD = "user-Password-1a2b3c";
const call: EndpointInfo = { name: "models.get_all", version: "2.13", authorize: true };

interface TokenServer {
  grants: string[];
  /** Answers of the token endpoint, by grant type; default: fresh tokens. */
  refuseRefresh?: boolean;
}

function setup(options: Partial<OidcOptions> = {}, clock = { now: 1_000_000 }) {
  const state: TokenServer = { grants: [] };
  let n = 0;
  const valid = new Set<string>();
  const events: LogEvent[] = [];
  const fake = fakeFetch((r: RecordedRequest) => {
    if (r.url === TOKEN_URL) {
      const form = new URLSearchParams(r.body);
      const grant = form.get("grant_type") ?? "";
      state.grants.push(grant);
      if (grant === "refresh_token" && state.refuseRefresh) {
        return Response.json({ error: "invalid_grant", error_description: "Token is not active" }, { status: 400 });
      }
      n++;
      const access = `access-${n}`;
      valid.add(access);
      return Response.json({
        access_token: access,
        expires_in: 300,
        refresh_token: `refresh-${n}`,
        refresh_expires_in: 1800,
        token_type: "Bearer",
      });
    }
    const token = (r.headers["authorization"] ?? "").replace(/^Bearer /, "");
    return valid.has(token) ? envelope({ models: [] }) : apiError(401, 30, "Invalid token");
  });
  const t = createTransport({
    baseUrl: "http://api.test",
    fetch: fake.fetch,
    retry: false,
    logger: (e) => events.push(e),
    auth: oidc({
      tokenUrl: TOKEN_URL,
      clientId: "api-client",
      clientSecret: CLIENT_SECRET,
      grant: "password",
      username: "alice",
      password: PASSWORD,
      now: () => clock.now,
      ...options,
    }),
  });
  const tokenRequests = () => fake.requests.filter((r) => r.url === TOKEN_URL);
  return { fake, t, state, valid, clock, events, tokenRequests };
}

describe("oidc", () => {
  it("password grant: form-encoded, client in Basic, then Bearer on API calls", async () => {
    const { fake, t, tokenRequests } = setup({ scope: "openid" });
    await expect(t.call(call, {})).resolves.toEqual({ models: [] });
    const [req] = tokenRequests();
    expect(req.method).toBe("POST");
    expect(req.headers["content-type"]).toBe("application/x-www-form-urlencoded");
    expect(req.headers["authorization"]).toBe(`Basic ${btoa(`api-client:${CLIENT_SECRET}`)}`);
    expect(Object.fromEntries(new URLSearchParams(req.body))).toEqual({
      grant_type: "password",
      username: "alice",
      password: PASSWORD,
      scope: "openid",
    });
    expect(fake.requests[1].headers["authorization"]).toBe("Bearer access-1");
  });

  it("client_credentials grant; public clients send client_id in the form", async () => {
    const { t, tokenRequests } = setup({
      grant: "client_credentials",
      username: undefined,
      password: undefined,
      clientSecret: undefined,
    });
    await t.call(call, {});
    const form = Object.fromEntries(new URLSearchParams(tokenRequests()[0].body));
    expect(form).toEqual({ grant_type: "client_credentials", client_id: "api-client" });
    expect(tokenRequests()[0].headers["authorization"]).toBeUndefined();
  });

  it("refreshes with the refresh_token grant before expires_in runs out", async () => {
    const { t, state, clock, tokenRequests } = setup({ renewBeforeMs: 30_000 });
    await t.call(call, {});
    clock.now += 260_000;
    await t.call(call, {});
    expect(state.grants).toEqual(["password"]);
    clock.now += 15_000; // 275 s: inside the 30 s margin
    await t.call(call, {});
    expect(state.grants).toEqual(["password", "refresh_token"]);
    expect(Object.fromEntries(new URLSearchParams(tokenRequests()[1].body))).toEqual({
      grant_type: "refresh_token",
      refresh_token: "refresh-1",
    });
  });

  it("falls back to a fresh grant when the refresh is refused", async () => {
    const { t, state, clock } = setup();
    await t.call(call, {});
    state.refuseRefresh = true;
    clock.now += 299_000;
    await expect(t.call(call, {})).resolves.toEqual({ models: [] });
    expect(state.grants).toEqual(["password", "refresh_token", "password"]);
  });

  it("skips refreshing once the refresh token has expired", async () => {
    const { t, state, clock } = setup();
    await t.call(call, {});
    clock.now += 1_900_000;
    await t.call(call, {});
    expect(state.grants).toEqual(["password", "password"]);
  });

  it("single-flight: 50 concurrent calls, one grant; a 401 renews once", async () => {
    const { t, state, valid } = setup();
    await Promise.all(Array.from({ length: 50 }, () => t.call(call, {})));
    expect(state.grants).toEqual(["password"]);
    valid.clear();
    await Promise.all(Array.from({ length: 50 }, () => t.call(call, {})));
    expect(state.grants).toEqual(["password", "refresh_token"]);
  });

  it("a refused grant is an AuthError that names the OAuth error but no secret", async () => {
    const fake = fakeFetch(() =>
      Response.json(
        {
          error: "invalid_client",
          error_description: `Invalid client secret ${CLIENT_SECRET} for password=${PASSWORD}`,
        },
        { status: 401 },
      ),
    );
    const events: LogEvent[] = [];
    const t = createTransport({
      baseUrl: "http://api.test",
      fetch: fake.fetch,
      logger: (e) => events.push(e),
      auth: oidc({
        tokenUrl: TOKEN_URL,
        clientId: "api-client",
        clientSecret: CLIENT_SECRET,
        grant: "password",
        username: "alice",
        password: PASSWORD,
      }),
    });
    const error = (await t.call(call, {}).catch((e: unknown) => e)) as AuthError;
    expect(error).toBeInstanceOf(AuthError);
    expect([error.status, error.code]).toEqual([401, "invalid_client"]);
    expect(error.message).toContain("invalid_client");
    for (const text of [error.message, JSON.stringify(events)]) {
      expect(text).not.toContain(CLIENT_SECRET);
      expect(text).not.toContain(PASSWORD);
    }
  });

  it("a token endpoint answering HTML is an AuthError with a short text", async () => {
    const fake = fakeFetch(() => new Response("<html>" + "x".repeat(5000) + "</html>", { status: 502 }));
    const t = createTransport({
      baseUrl: "http://api.test",
      fetch: fake.fetch,
      auth: oidc({ tokenUrl: TOKEN_URL, clientId: "c", grant: "client_credentials" }),
    });
    const error = (await t.call(call, {}).catch((e: unknown) => e)) as AuthError;
    expect(error).toBeInstanceOf(AuthError);
    expect(error.message.length).toBeLessThan(400);
  });

  it("checks its options", () => {
    expect(() => oidc({ tokenUrl: TOKEN_URL, clientId: "c", grant: "password" })).toThrow(/username and password/);
    expect(() => oidc({ tokenUrl: "", clientId: "c", grant: "client_credentials" })).toThrow(/tokenUrl/);
    expect(() => oidc({ tokenUrl: TOKEN_URL, clientId: "c", grant: "implicit" as never })).toThrow(/grant/);
  });

  it("a JWT access token without expires_in is renewed by its lifetime, whatever the client's clock says", async () => {
    const serverClock = { now: Date.parse("2025-06-01T00:00:00Z") };
    const clientNow = () => serverClock.now + 3 * 3600 * 1000; // ahead by more than the token lives
    let grants = 0;
    const fake = fakeFetch((r) => {
      if (r.url !== TOKEN_URL) return envelope({ models: [] });
      grants++;
      const iat = Math.floor(serverClock.now / 1000);
      return Response.json({ access_token: makeJwt({ iat, exp: iat + 3600, n: grants }), token_type: "Bearer" });
    });
    const auth = oidc({ tokenUrl: TOKEN_URL, clientId: "c", grant: "client_credentials", now: clientNow, renewBeforeMs: 60_000 });
    const t = createTransport({ baseUrl: "http://api.test", fetch: fake.fetch, retry: false, auth });
    for (let i = 0; i < 5; i++) await t.call(call, {});
    expect(grants).toBe(1);
    serverClock.now += (3600 - 61) * 1000;
    await t.call(call, {});
    expect(grants).toBe(1);
    serverClock.now += 2000; // inside the renewal margin
    await t.call(call, {});
    expect(grants).toBe(2);
  });
});
