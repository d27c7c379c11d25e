import { describe, expect, it } from "vitest";
import type { EndpointInfo } from "./endpoint.js";
import { ApiError, NetworkError, TimeoutError } from "./errors.js";
import { apiError, connectionRefused, envelope, fakeFetch } from "./fake-fetch.test-support.js";
import type { LogEvent } from "./log.js";
import {
  backoffDelay,
  DEFAULT_RETRY,
  parseRetryAfter,
  resolveRetryOptions,
  retryDelay,
  type RetryOptions,
} from "./retry.js";
import { createTransport } from "./transport.js";

const endpoint: EndpointInfo = { name: "queues.get_all", version: "2.4", authorize: false };

function options(overrides: Partial<RetryOptions> = {}): RetryOptions {
  return resolveRetryOptions({ random: () => 0.5, now: () => 0, ...overrides });
}

describe("backoff", () => {
  it("grows exponentially with full jitter below the ceiling", () => {
    const low = options({ random: () => 0 });
    const high = options({ random: () => 0.999999 });
    for (let attempt = 1; attempt <= 12; attempt++) {
      const ceiling = Math.min(DEFAULT_RETRY.maxDelayMs, DEFAULT_RETRY.baseDelayMs * 2 ** (attempt - 1));
      expect(backoffDelay(attempt, low)).toBe(0);
      expect(backoffDelay(attempt, high)).toBeLessThan(ceiling);
      expect(backoffDelay(attempt, high)).toBeGreaterThanOrEqual(ceiling - 1);
    }
  });

  it("stays within [0, ceiling) for any random value", () => {
    for (let i = 0; i < 200; i++) {
      const r = i / 200;
      const delay = backoffDelay(3, options({ random: () => r }));
      expect(delay).toBeGreaterThanOrEqual(0);
      expect(delay).toBeLessThan(2000);
    }
  });
});

describe("Retry-After", () => {
  it("reads delta-seconds and HTTP dates", () => {
    const now = Date.parse("2025-01-01T00:00:00Z");
    expect(parseRetryAfter("7", now)).toBe(7000);
    expect(parseRetryAfter("Wed, 01 Jan 2025 00:00:30 GMT", now)).toBe(30_000);
    expect(parseRetryAfter("Tue, 31 Dec 2024 00:00:00 GMT", now)).toBe(0);
  });

  it("ignores garbage", () => {
    expect(parseRetryAfter("soon", 0)).toBeUndefined();
    expect(parseRetryAfter("-3", 0)).toBeUndefined();
    expect(parseRetryAfter("1.5", 0)).toBeUndefined();
    expect(parseRetryAfter(null, 0)).toBeUndefined();
  });

  it("replaces the backoff, capped", () => {
    const o = options({ maxRetryAfterMs: 10_000 });
    expect(retryDelay({ attempt: 1, startedAt: 0, status: 503, retryAfter: "3" }, o)).toBe(3000);
    expect(retryDelay({ attempt: 1, startedAt: 0, status: 503, retryAfter: "3600" }, o)).toBe(10_000);
  });
});

describe("retry decisions", () => {
  it("retries 429, 502, 503, 504 and network errors only", () => {
    const o = options();
    for (const status of [429, 502, 503, 504])
      expect(retryDelay({ attempt: 1, startedAt: 0, status }, o)).toBeTypeOf("number");
    for (const status of [400, 401, 403, 404, 409, 500, 501])
      expect(retryDelay({ attempt: 1, startedAt: 0, status }, o)).toBeUndefined();
    expect(retryDelay({ attempt: 1, startedAt: 0 }, o)).toBeTypeOf("number");
    expect(retryDelay({ attempt: 1, startedAt: 0 }, options({ retryNetworkErrors: false }))).toBeUndefined();
  });

  it("stops after maxAttempts", () => {
    const o = options({ maxAttempts: 3 });
    expect(retryDelay({ attempt: 2, startedAt: 0, status: 503 }, o)).toBeTypeOf("number");
    expect(retryDelay({ attempt: 3, startedAt: 0, status: 503 }, o)).toBeUndefined();
  });

  it("stops when the wait would pass maxElapsedMs", () => {
    const o = options({ maxElapsedMs: 5000, now: () => 4000 });
    expect(retryDelay({ attempt: 1, startedAt: 0, status: 503, retryAfter: "1" }, o)).toBe(1000);
    expect(retryDelay({ attempt: 1, startedAt: 0, status: 503, retryAfter: "2" }, o)).toBeUndefined();
  });

  it("false disables retries", () => {
    expect(retryDelay({ attempt: 1, startedAt: 0, status: 503 }, resolveRetryOptions(false))).toBeUndefined();
  });
});

describe("transport retries", () => {
  function retrying(handler: Parameters<typeof fakeFetch>[0], retry: Partial<RetryOptions> = {}, timeoutMs?: number) {
    const fake = fakeFetch(handler);
    const sleeps: number[] = [];
    const events: LogEvent[] = [];
    const t = createTransport({
      baseUrl: "http://api.test",
      fetch: fake.fetch,
      timeoutMs,
      logger: (e) => events.push(e),
      retry: {
        random: () => 0.5,
        sleep: async (ms) => {
          sleeps.push(ms);
        },
        ...retry,
      },
    });
    return { fake, t, sleeps, events };
  }

  it("retries a 503 and a refused connection, then succeeds", async () => {
    const { fake, t, sleeps, events } = retrying((_r, i) => {
      if (i === 0) return new Response("Service Unavailable", { status: 503 });
      if (i === 1) throw connectionRefused();
      return envelope({ queues: [] });
    });
    await expect(t.call(endpoint, {})).resolves.toEqual({ queues: [] });
    expect(fake.requests).toHaveLength(3);
    expect(sleeps).toEqual([250, 500]);
    expect(events.filter((e) => e.type === "retry").map((e) => (e as { cause: string }).cause)).toEqual([
      "status 503",
      "network ECONNREFUSED",
    ]);
  });

  it("honours Retry-After", async () => {
    const { t, sleeps } = retrying((_r, i) =>
      i === 0 ? apiError(429, 0, "Too many", { "Retry-After": "2" }) : envelope({}),
    );
    await t.call(endpoint, {});
    expect(sleeps).toEqual([2000]);
  });

  it("gives up after maxAttempts with the last error", async () => {
    const { fake, t } = retrying(() => new Response("Bad Gateway", { status: 502 }), { maxAttempts: 3 });
    const error = await t.call(endpoint, {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(502);
    expect(fake.requests).toHaveLength(3);
  });

  it("never retries API errors such as 500 or 400", async () => {
    const { fake, t } = retrying(() => apiError(500, 0, "General error"));
    await expect(t.call(endpoint, {})).rejects.toBeInstanceOf(ApiError);
    expect(fake.requests).toHaveLength(1);
  });

  it("a body that broke off after the answer started: a create is not sent again, a read is", async () => {
    const broken = () =>
      new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new TextEncoder().encode('{"meta":'));
          controller.error(Object.assign(new Error("socket hang up"), { code: "ECONNRESET" }));
        },
      });
    const create = retrying(() => new Response(broken(), { status: 200 }));
    const error = await create.t.call({ ...endpoint, name: "queues.create" }, {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NetworkError);
    expect(error).toMatchObject({ mayHaveBeenApplied: true });
    expect((error as Error).message).toMatch(/may have been applied\)$/);
    expect(create.fake.requests).toHaveLength(1);

    const read = retrying((_r, i) => (i === 0 ? new Response(broken(), { status: 200 }) : envelope({ queues: [] })));
    await expect(read.t.call(endpoint, {})).resolves.toEqual({ queues: [] });
    expect(read.fake.requests).toHaveLength(2);
  });

  it("a caller's abort during a backoff wait stops at once", async () => {
    const controller = new AbortController();
    const { fake, t } = retrying(() => new Response("", { status: 503 }), {
      // The real sleep with an hour-long wait: only the abort can end this test.
      sleep: DEFAULT_RETRY.sleep,
      baseDelayMs: 3_600_000,
      maxDelayMs: 3_600_000,
      maxElapsedMs: 10 * 3_600_000,
      random: () => 0.99,
    });
    const pending = t.call(endpoint, {}, { signal: controller.signal });
    while (fake.requests.length === 0) await new Promise((r) => setTimeout(r, 1));
    await new Promise((r) => setTimeout(r, 5));
    controller.abort();
    const error = (await pending.catch((e: unknown) => e)) as Error;
    expect(error.name).toBe("AbortError");
    expect(fake.requests).toHaveLength(1);
  });

  it("the call's timeout ends a backoff wait", async () => {
    const { fake, t } = retrying(
      () => new Response("", { status: 503, headers: { "Retry-After": "3600" } }),
      { sleep: DEFAULT_RETRY.sleep, maxRetryAfterMs: 3_600_000, maxElapsedMs: 10 * 3_600_000 },
      30,
    );
    const error = await t.call(endpoint, {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(fake.requests).toHaveLength(1);
  });
});
