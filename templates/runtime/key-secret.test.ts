import { describe, expect, it } from "vitest";
import { keySecret } from "./auth/key-secret.js";
import type { EndpointInfo } from "./endpoint.js";
import { ApiError } from "./errors.js";
import { apiError, envelope, fakeFetch, makeJwt, type RecordedRequest } from "./fake-fetch.test-support.js";
import type { LogEvent } from "./log.js";
import { createTransport } from "./transport.js";

const getVaults: EndpointInfo = { name: "users.get_vaults", version: "2.13", authorize: true };
const ACCESS = "ACCESSKEY123";
const SECRET = "s3cr3t-Value-That-Must-Not-Leak";
const basic = `Basic ${btoa(`${ACCESS}:${SECRET}`)}`;

/** A fake server: auth.login issues tokens that expire after `lifetimeSec`; calls need a current token. */
function server(clock: { now: number }, lifetimeSec = 3600) {
  const issued: string[] = [];
  const revoked = new Set<string>();
  const fake = fakeFetch((r: RecordedRequest) => {
    const name = r.url.slice(r.url.lastIndexOf("/") + 1);
    if (name === "auth.login") {
      if (r.headers["authorization"] !== basic) return apiError(401, 21, "Unauthorized (invalid credentials)");
      const token = makeJwt({
        exp: Math.floor(clock.now / 1000) + lifetimeSec,
        iat: Math.floor(clock.now / 1000),
        n: issued.length,
      });
      issued.push(token);
      return envelope({ token });
    }
    const auth = r.headers["authorization"] ?? "";
    const token = auth.replace(/^Bearer /, "");
    const claims = JSON.parse(atob(token.split(".")[1]?.replace(/-/g, "+").replace(/_/g, "/") ?? "e30=") || "{}") as {
      exp?: number;
    };
    if (!issued.includes(token) || revoked.has(token) || (claims.exp ?? 0) * 1000 <= clock.now) {
      return apiError(401, 30, "Invalid token");
    }
    return envelope({ vaults: [] });
  });
  return { fake, issued, revoked, logins: () => fake.requests.filter((r) => r.url.endsWith("/auth.login")) };
}

function client(
  fake: ReturnType<typeof fakeFetch>,
  clock: { now: number },
  extra: { expirationSec?: number; renewBeforeMs?: number } = {},
  logger?: (e: LogEvent) => void,
) {
  return createTransport({
    baseUrl: "http://api.test",
    apiVersion: "2.13",
    fetch: fake.fetch,
    retry: false,
    logger,
    auth: keySecret({ accessKey: ACCESS, secretKey: SECRET, now: () => clock.now, ...extra }),
  });
}

describe("keySecret", () => {
  it("logs in once with Basic and sends Bearer to other calls", async () => {
    const clock = { now: Date.parse("2025-06-01T00:00:00Z") };
    const { fake, logins, issued } = server(clock);
    const t = client(fake, clock, { expirationSec: 7200 });
    await t.call(getVaults, {});
    await t.call(getVaults, {});
    expect(logins()).toHaveLength(1);
    expect(logins()[0].url).toBe("http://api.test/v2.13/auth.login");
    expect(JSON.parse(logins()[0].body)).toEqual({ expiration_sec: 7200 });
    const others = fake.requests.filter((r) => !r.url.endsWith("/auth.login"));
    expect(others.map((r) => r.headers["authorization"])).toEqual([`Bearer ${issued[0]}`, `Bearer ${issued[0]}`]);
    // Basic credentials go to auth.login only.
    for (const r of others) expect(JSON.stringify(r)).not.toContain(btoa(`${ACCESS}:${SECRET}`));
  });

  it("50 concurrent calls share exactly one login, again after the token expires", async () => {
    const clock = { now: Date.parse("2025-06-01T00:00:00Z") };
    const { fake, logins, issued } = server(clock, 3600);
    const t = client(fake, clock);
    await Promise.all(Array.from({ length: 50 }, () => t.call(getVaults, {})));
    expect(logins()).toHaveLength(1);
    clock.now += 2 * 3600 * 1000;
    await Promise.all(Array.from({ length: 50 }, () => t.call(getVaults, {})));
    expect(logins()).toHaveLength(2);
    expect(issued).toHaveLength(2);
  });

  it("renews before exp (margin, at most half the lifetime)", async () => {
    const clock = { now: Date.parse("2025-06-01T00:00:00Z") };
    const { fake, logins } = server(clock, 3600);
    const t = client(fake, clock, { renewBeforeMs: 6 * 60_000 });
    await t.call(getVaults, {});
    clock.now += (3600 - 6 * 60 - 1) * 1000; // just before the margin
    await t.call(getVaults, {});
    expect(logins()).toHaveLength(1);
    clock.now += 2000; // inside the margin, token still valid
    await t.call(getVaults, {});
    expect(logins()).toHaveLength(2);
    // No call was refused: renewal happened before the server would say 401.
    expect(fake.requests.filter((r) => !r.url.endsWith("/auth.login"))).toHaveLength(3);
  });

  it("a short-lived token is not renewed on every call", async () => {
    const clock = { now: Date.parse("2025-06-01T00:00:00Z") };
    const { fake, logins } = server(clock, 60);
    const t = client(fake, clock, { renewBeforeMs: 6 * 60_000 });
    await t.call(getVaults, {});
    clock.now += 20_000;
    await t.call(getVaults, {});
    expect(logins()).toHaveLength(1);
    clock.now += 15_000; // past half the lifetime
    await t.call(getVaults, {});
    expect(logins()).toHaveLength(2);
  });

  it.each([
    ["ahead of", 3 * 3600 * 1000],
    ["behind", -3 * 3600 * 1000],
  ])("a client clock %s the server's by more than the token's lifetime: one login, renewed by lifetime", async (_name, skew) => {
    const serverClock = { now: Date.parse("2025-06-01T00:00:00Z") };
    const clientClock = {
      get now() {
        return serverClock.now + skew;
      },
    };
    const { fake, logins } = server(serverClock, 3600);
    const t = client(fake, clientClock, { renewBeforeMs: 6 * 60_000 });
    for (let i = 0; i < 5; i++) await t.call(getVaults, {});
    expect(logins()).toHaveLength(1);
    serverClock.now += (3600 - 6 * 60 - 1) * 1000; // just before the margin
    await t.call(getVaults, {});
    expect(logins()).toHaveLength(1);
    serverClock.now += 2000; // inside the margin: renewed before the server refuses the token
    await t.call(getVaults, {});
    expect(logins()).toHaveLength(2);
    expect(fake.requests.filter((r) => !r.url.endsWith("/auth.login"))).toHaveLength(7);
  });

  it("a token without iat whose exp has passed by the client's clock is kept until the server refuses it", async () => {
    const serverClock = { now: Date.parse("2025-06-01T00:00:00Z") };
    const exp = Math.floor(serverClock.now / 1000) + 3600;
    const token = makeJwt({ exp });
    const fake = fakeFetch((r) => {
      if (r.url.endsWith("/auth.login")) return envelope({ token });
      return serverClock.now < exp * 1000 ? envelope({ vaults: [] }) : apiError(401, 30, "Invalid token");
    });
    const t = client(fake, { now: serverClock.now + 2 * 3600 * 1000 });
    for (let i = 0; i < 5; i++) await t.call(getVaults, {});
    expect(fake.requests.filter((r) => r.url.endsWith("/auth.login"))).toHaveLength(1);
  });

  it("a revoked token: one login and the call resent with the new token", async () => {
    const clock = { now: Date.parse("2025-06-01T00:00:00Z") };
    const { fake, logins, issued, revoked } = server(clock);
    const t = client(fake, clock);
    await t.call(getVaults, {});
    revoked.add(issued[0]);
    await Promise.all(Array.from({ length: 50 }, () => t.call(getVaults, {})));
    expect(logins()).toHaveLength(2);
    const last = fake.requests[fake.requests.length - 1];
    expect(last.headers["authorization"]).toBe(`Bearer ${issued[1]}`);
  });

  it("retries a 401 only once", async () => {
    const clock = { now: Date.parse("2025-06-01T00:00:00Z") };
    const fake = fakeFetch((r) =>
      r.url.endsWith("/auth.login") ? envelope({ token: makeJwt({ exp: 4e9 }) }) : apiError(401, 30, "Invalid token"),
    );
    const t = client(fake, clock);
    const error = (await t.call(getVaults, {}).catch((e: unknown) => e)) as ApiError;
    expect(error).toBeInstanceOf(ApiError);
    expect(error.reason).toBe("invalid_token");
    expect(fake.requests.map((r) => r.url.split("/").pop())).toEqual([
      "auth.login",
      "users.get_vaults",
      "auth.login",
      "users.get_vaults",
    ]);
  });

  it("bad credentials surface as auth.login's ApiError, without the secret", async () => {
    const clock = { now: 0 };
    const fake = fakeFetch(() => apiError(401, 21, `Unauthorized (invalid credentials) key=${ACCESS}`));
    const events: LogEvent[] = [];
    const t = createTransport({
      baseUrl: "http://api.test",
      fetch: fake.fetch,
      retry: false,
      logger: (e) => events.push(e),
      auth: keySecret({ accessKey: ACCESS, secretKey: SECRET, now: () => clock.now }),
    });
    const error = (await t.call(getVaults, {}).catch((e: unknown) => e)) as ApiError;
    expect([error.endpoint, error.status, error.resultSubcode, error.reason]).toEqual([
      "auth.login",
      401,
      21,
      "bad_credentials",
    ]);
    expect(error.message).not.toContain(ACCESS);
    expect(JSON.stringify(events)).not.toContain(SECRET);
    expect(events.some((e) => e.type === "login" && e.outcome === "failure")).toBe(true);
  });

  it("authorize: false endpoints get no credentials and no login", async () => {
    const clock = { now: 0 };
    const { fake, logins } = server(clock);
    const t = client(fake, clock);
    await t.call({ name: "server.info", version: "2.1", authorize: false }, {}).catch(() => undefined);
    expect(logins()).toHaveLength(0);
    expect(fake.requests[0].headers["authorization"]).toBeUndefined();
  });

  it("a caller that aborts while the shared login runs does not cancel it for others", async () => {
    const clock = { now: Date.parse("2025-06-01T00:00:00Z") };
    let releaseLogin!: () => void;
    const gate = new Promise<void>((r) => (releaseLogin = r));
    const fake = fakeFetch(async (r) => {
      if (r.url.endsWith("/auth.login")) {
        await gate;
        return envelope({ token: makeJwt({ exp: 4e9 }) });
      }
      return envelope({ ok: true });
    });
    const t = client(fake, clock);
    const controller = new AbortController();
    const first = t.call(getVaults, {}, { signal: controller.signal });
    const second = t.call(getVaults, {});
    controller.abort();
    await expect(first).rejects.toMatchObject({ name: "AbortError" });
    releaseLogin();
    await expect(second).resolves.toEqual({ ok: true });
    expect(fake.requests.filter((r) => r.url.endsWith("/auth.login"))).toHaveLength(1);
  });

  it("a call whose signal is already aborted starts no login and sends nothing", async () => {
    const clock = { now: Date.parse("2025-06-01T00:00:00Z") };
    const { fake } = server(clock);
    const t = client(fake, clock);
    await expect(t.call(getVaults, {}, { signal: AbortSignal.abort() })).rejects.toMatchObject({ name: "AbortError" });
    // Give a stray background login the chance to show up (and to reject unhandled).
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(fake.requests).toHaveLength(0);
  });

  it("impersonation headers go to the calls, not to the provider's own login", async () => {
    const clock = { now: Date.parse("2025-06-01T00:00:00Z") };
    for (const acting of [{ impersonateAs: "user-2" }, { actAs: "user-2" }]) {
      const { fake, logins } = server(clock);
      const t = createTransport({
        baseUrl: "http://api.test",
        fetch: fake.fetch,
        retry: false,
        clientName: "tool-1",
        ...acting,
        auth: keySecret({ accessKey: ACCESS, secretKey: SECRET, now: () => clock.now }),
      });
      await t.call(getVaults, {});
      const [login, call] = [logins()[0], fake.requests[1]];
      expect(login.headers).not.toHaveProperty("x-clearml-impersonate-as");
      expect(login.headers).not.toHaveProperty("x-clearml-act-as");
      expect(login.headers["x-clearml-client"]).toBe("tool-1");
      const header = "impersonateAs" in acting ? "x-clearml-impersonate-as" : "x-clearml-act-as";
      expect(call.headers[header]).toBe("user-2");
    }
  });

  it("an application's own auth.login call is sent with Basic, without a prior login", async () => {
    const clock = { now: Date.parse("2025-06-01T00:00:00Z") };
    const { fake, logins, issued } = server(clock);
    const t = client(fake, clock);
    const data = await t.call<{ token: string }>({ name: "auth.login", version: "2.1", authorize: true }, {});
    expect(logins()).toHaveLength(1);
    expect(logins()[0].headers["authorization"]).toBe(basic);
    expect(data.token).toBe(issued[0]);
  });
});
