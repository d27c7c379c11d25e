// Which failed calls the transport sends again: a call the server certainly did not act
// on (nothing sent, or 429) always; one it may have acted on only when idempotent (the
// `get_*` name rule, the endpoint's flag, the client's map, the call's option).
import { describe, expect, it } from "vitest";
import type { EndpointInfo } from "./endpoint.js";
import { ApiError, NetworkError, TimeoutError } from "./errors.js";
import { apiError, connectionRefused, envelope, fakeFetch, noWait } from "./fake-fetch.test-support.js";
import { isIdempotent, isReadOnlyName } from "./idempotency.js";
import { createTransport, type ClientOptions } from "./transport.js";

const create: EndpointInfo = { name: "tasks.create", version: "2.13", authorize: false };
const getAll: EndpointInfo = { name: "tasks.get_all", version: "2.13", authorize: false };

function networkFailure(code?: string): TypeError {
  const cause = code === undefined ? undefined : Object.assign(new Error(`connect ${code}`), { code });
  return new TypeError("fetch failed", { cause });
}

/** Fails the first attempt with `first`, then answers. */
function failingOnce(first: () => Response, options: Partial<ClientOptions> = {}) {
  const fake = fakeFetch((_r, i) => (i === 0 ? first() : envelope({ id: "t1" })));
  const t = createTransport({ baseUrl: "http://api.test", fetch: fake.fetch, retry: noWait, ...options });
  return { fake, t };
}

describe("the read-only name rule", () => {
  it("get_* reads, except get_next_*, which takes an item", () => {
    for (const name of ["tasks.get_all", "tasks.get_by_id", "projects.get_all_ex", "users.get_current_user", "events.get_task_log"])
      expect(isReadOnlyName(name)).toBe(true);
    for (const name of ["queues.get_next_task", "tasks.create", "users.create_group", "tasks.enqueue", "debug.ping", "tasks.getter", "get_x.create"])
      expect(isReadOnlyName(name)).toBe(false);
  });

  it("the call's option wins over the client's map, which wins over the endpoint's flag and the name", () => {
    expect(isIdempotent(create, true, { "tasks.create": false })).toBe(true);
    expect(isIdempotent(getAll, undefined, { "tasks.get_all": false })).toBe(false);
    expect(isIdempotent(create, undefined, { "tasks.create": true })).toBe(true);
    expect(isIdempotent({ ...create, idempotent: true }, undefined, {})).toBe(true);
    expect(isIdempotent({ ...getAll, idempotent: false }, undefined, undefined)).toBe(false);
    // Only own entries count: "constructor" and the like are not in the map.
    expect(isIdempotent({ ...create, name: "x.constructor" }, undefined, {})).toBe(false);
  });
});

describe("a call that is not idempotent", () => {
  it.each([
    ["a refused connection", "ECONNREFUSED"],
    ["a DNS failure", "ENOTFOUND"],
    ["a DNS lookup that could not finish", "EAI_AGAIN"],
  ])("is sent again after %s: nothing was sent", async (_what, code) => {
    const fake = fakeFetch((_r, i) => {
      if (i === 0) throw networkFailure(code);
      return envelope({ id: "t1" });
    });
    const t = createTransport({ baseUrl: "http://api.test", fetch: fake.fetch, retry: noWait });
    await expect(t.call(create, {})).resolves.toEqual({ id: "t1" });
    expect(fake.requests).toHaveLength(2);
  });

  it.each([
    ["a reset connection", "ECONNRESET"],
    ["a closed socket", "UND_ERR_SOCKET"],
    ["a browser's fetch failure, which has no code", undefined],
  ])("is not sent again after %s, and the error says it may have been applied", async (_what, code) => {
    const fake = fakeFetch(() => {
      throw networkFailure(code);
    });
    const t = createTransport({ baseUrl: "http://api.test", fetch: fake.fetch, retry: noWait });
    const error = await t.call(create, {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NetworkError);
    expect(error).toMatchObject({ code, mayHaveBeenApplied: true });
    expect((error as Error).message).toMatch(/may have been applied\)$/);
    expect(fake.requests).toHaveLength(1);
  });

  it("a refused connection that is never cured is not said to be applied", async () => {
    const fake = fakeFetch(() => {
      throw connectionRefused();
    });
    const t = createTransport({ baseUrl: "http://api.test", fetch: fake.fetch, retry: { ...noWait, maxAttempts: 2 } });
    const error = await t.call(create, {}).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "ECONNREFUSED", mayHaveBeenApplied: false });
    expect((error as Error).message).not.toMatch(/applied/);
    expect(fake.requests).toHaveLength(2);
  });

  it("is sent again after 429, which refuses before acting", async () => {
    const { fake, t } = failingOnce(() => apiError(429, 0, "Too many requests"));
    await expect(t.call(create, {})).resolves.toEqual({ id: "t1" });
    expect(fake.requests).toHaveLength(2);
  });

  it.each([
    ["a proxy's 502", () => new Response("Bad Gateway", { status: 502 })],
    ["a proxy's 503", () => new Response("Service Unavailable", { status: 503, headers: { "Retry-After": "1" } })],
    ["a 503 envelope", () => apiError(503, 0, "Service Unavailable")],
    ["a 504", () => new Response("Gateway Timeout", { status: 504 })],
    ["a plain-text 500", () => new Response("Internal Server Error", { status: 500 })],
  ])("is not sent again after %s, and the error says it may have been applied", async (_what, answer) => {
    const { fake, t } = failingOnce(answer);
    const error = await t.call(create, {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ mayHaveBeenApplied: true });
    expect((error as Error).message).toMatch(/may have been applied\)$/);
    expect(fake.requests).toHaveLength(1);
  });

  it("an error the API reports itself (400, a 500 envelope) is not said to be applied", async () => {
    for (const answer of [apiError(400, 12, "Validation error"), apiError(500, 100, "data error")]) {
      const { t } = failingOnce(() => answer);
      const error = await t.call(create, {}).catch((e: unknown) => e);
      expect(error).toMatchObject({ mayHaveBeenApplied: false });
      expect((error as Error).message).not.toMatch(/applied/);
    }
  });

  it("is sent again when the call opts in, the client lists it, or the endpoint says so", async () => {
    const gateway = () => new Response("Bad Gateway", { status: 502 });
    const byCall = failingOnce(gateway);
    await expect(byCall.t.call(create, {}, { idempotent: true })).resolves.toEqual({ id: "t1" });
    const byClient = failingOnce(gateway, { idempotent: { "tasks.create": true } });
    await expect(byClient.t.call(create, {})).resolves.toEqual({ id: "t1" });
    const byEndpoint = failingOnce(gateway);
    await expect(byEndpoint.t.call({ ...create, idempotent: true }, {})).resolves.toEqual({ id: "t1" });
    expect([byCall, byClient, byEndpoint].map((x) => x.fake.requests.length)).toEqual([2, 2, 2]);
  });
});

describe("a read-only call", () => {
  it("is sent again after a reset or a 502, unless the call opts out", async () => {
    const reset = fakeFetch((_r, i) => {
      if (i === 0) throw networkFailure("ECONNRESET");
      return envelope({ tasks: [] });
    });
    const t = createTransport({ baseUrl: "http://api.test", fetch: reset.fetch, retry: noWait });
    await expect(t.call(getAll, {})).resolves.toEqual({ tasks: [] });
    expect(reset.requests).toHaveLength(2);

    const optedOut = failingOnce(() => new Response("Bad Gateway", { status: 502 }));
    await expect(optedOut.t.call(getAll, {}, { idempotent: false })).rejects.toMatchObject({ status: 502 });
    expect(optedOut.fake.requests).toHaveLength(1);
  });
});

describe("a timeout", () => {
  it("while the request is out says the call may have been applied", async () => {
    const fake = fakeFetch(() => new Promise<Response>(() => undefined));
    const t = createTransport({ baseUrl: "http://api.test", fetch: fake.fetch, retry: false, timeoutMs: 20 });
    const error = await t.call(create, {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toMatchObject({ endpoint: "tasks.create", timeoutMs: 20, mayHaveBeenApplied: true });
    expect((error as Error).message).toBe("tasks.create: timed out after 20 ms (the call may have been applied)");
  });

  it("during the wait after a refused connection does not: nothing was sent", async () => {
    const fake = fakeFetch(() => {
      throw connectionRefused();
    });
    const t = createTransport({
      baseUrl: "http://api.test",
      fetch: fake.fetch,
      timeoutMs: 20,
      retry: { baseDelayMs: 3_600_000, maxDelayMs: 3_600_000, maxElapsedMs: 10 * 3_600_000, random: () => 0.5 },
    });
    const error = await t.call(create, {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toMatchObject({ mayHaveBeenApplied: false });
    expect(fake.requests).toHaveLength(1);
  });
});
