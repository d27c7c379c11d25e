// Retries against real HTTP failures: 503 with Retry-After, a proxy's non-JSON 502, a
// reset connection; and the bounds that stop them. Waits move the server's clock, so the
// request log shows when each attempt arrived without the test sleeping.
import { describe, expect, it } from "vitest";
import { ApiError, createClient, NetworkError, type LogEvent } from "../../generated/src/index.js";
import { requestsTo, useE2E, withAndWithoutValidators } from "./harness.js";

const e2e = useE2E();

type RetryEvent = Extract<LogEvent, { type: "retry" }>;
const retries = (events: readonly LogEvent[]) => events.filter((e): e is RetryEvent => e.type === "retry");

withAndWithoutValidators(() => {
  describe("retries", () => {
    it("503 with Retry-After: waits as asked, retries, then succeeds", async () => {
      const { server, options, watch } = e2e();
      const client = createClient(options("admin"));
      await client.users.get_current_user(); // signed in, so only the call below is retried
      server.controls.faults.inject("users.get_vaults", { kind: "status", status: 503, retryAfter: 2 }, 2);

      expect(await client.users.get_vaults()).toEqual({ vaults: [] });

      const attempts = requestsTo(server, "users.get_vaults");
      expect(attempts.map((r) => r.status)).toEqual([503, 503, 200]);
      expect([attempts[1].at - attempts[0].at, attempts[2].at - attempts[1].at]).toEqual([2000, 2000]);
      expect(retries(watch.events).map((e) => [e.attempt, e.delayMs, e.cause])).toEqual([
        [1, 2000, "status 503"],
        [2, 2000, "status 503"],
      ]);
    });

    it("Retry-After as an HTTP date: waits until that time", async () => {
      const { server, clock, options } = e2e();
      const client = createClient(options("admin"));
      await client.users.get_current_user();
      // HTTP dates have whole seconds: ask for the start of the second 5 s from now.
      const until = Math.floor(clock.now() / 1000) * 1000 + 5000;
      server.controls.faults.inject("users.get_vaults", { kind: "status", status: 503, retryAfter: new Date(until).toUTCString() });

      expect(await client.users.get_vaults()).toEqual({ vaults: [] });
      const attempts = requestsTo(server, "users.get_vaults");
      expect(attempts.map((r) => r.status)).toEqual([503, 200]);
      expect(attempts[1].at).toBe(until);
    });

    it("the login itself is retried on 503, once for all waiting calls", async () => {
      const { server, options, watch } = e2e();
      server.controls.faults.inject("auth.login", { kind: "status", status: 503, retryAfter: 1 });
      const client = createClient(options("admin"));
      const answers = await Promise.all(Array.from({ length: 10 }, () => client.users.get_vaults()));
      expect(answers).toEqual(Array(10).fill({ vaults: [] }));
      expect(requestsTo(server, "auth.login").map((r) => r.status)).toEqual([503, 200]);
      expect(retries(watch.events)).toEqual([expect.objectContaining({ endpoint: "auth.login", delayMs: 1000 })]);
    });

    it("stops at maxAttempts and reports the last 503", async () => {
      const { server, options, retry, watch } = e2e();
      const client = createClient(options("admin", { retry: { ...retry, maxAttempts: 3 } }));
      await client.users.get_current_user();
      server.controls.faults.inject("users.get_vaults", { kind: "status", status: 503, retryAfter: 1, body: "Service Unavailable" }, 10);

      const error = await watch.rejection(client.users.get_vaults());
      expect(error).toBeInstanceOf(ApiError);
      expect(error).toMatchObject({ status: 503, envelope: false, reason: "service_unavailable", resultMsg: "Service Unavailable" });
      expect(requestsTo(server, "users.get_vaults")).toHaveLength(3);
      expect(server.controls.faults.pending()).toBe(7);
    });

    it("stops when the next wait would end past maxElapsedMs, and caps Retry-After", async () => {
      const { server, options, retry, watch } = e2e();
      const client = createClient(options("admin", { retry: { ...retry, maxAttempts: 10, maxElapsedMs: 60_000, maxRetryAfterMs: 25_000 } }));
      await client.users.get_current_user();
      // Asks for an hour each time; capped to 25 s: attempts at 0, 25 and 50 s, then 75 s > 60 s.
      server.controls.faults.inject("users.get_vaults", { kind: "status", status: 429, retryAfter: 3600 }, 10);

      const error = await watch.rejection(client.users.get_vaults());
      expect(error).toMatchObject({ status: 429, reason: "too_many_requests" });
      const attempts = requestsTo(server, "users.get_vaults");
      expect(attempts.map((r) => r.at - attempts[0].at)).toEqual([0, 25_000, 50_000]);
    });

    it("a proxy's non-JSON 502 is an ApiError with status 502, and is retried", async () => {
      const { server, options, retry, watch } = e2e();
      const once = createClient(options("admin", { retry: false }));
      await once.users.get_current_user();
      server.controls.faults.inject("users.get_current_user", { kind: "non-json", status: 502 });
      const error = await watch.rejection(once.users.get_current_user());
      expect(error).toBeInstanceOf(ApiError);
      expect(error).toMatchObject({ status: 502, resultCode: 502, envelope: false, reason: "bad_gateway" });
      // The page is reduced to its words.
      expect((error as ApiError).resultMsg).toBe("502 502 Bad Gateway");

      const retrying = createClient(options("admin", { retry }));
      server.controls.faults.inject("users.get_current_user", { kind: "non-json", status: 502 }, 2);
      expect((await retrying.users.get_current_user()).user?.name).toBe("admin");
      expect(requestsTo(server, "users.get_current_user").map((r) => r.status)).toEqual([200, 502, 502, 502, 200]);
      expect(retries(watch.events).map((e) => e.cause)).toEqual(["status 502", "status 502"]);
    });

    it("a reset connection (no answer at all) is retried", async () => {
      const { server, options, watch } = e2e();
      const client = createClient(options("admin"));
      await client.users.get_current_user();
      server.controls.faults.inject("users.get_vaults", { kind: "reset" });
      expect(await client.users.get_vaults()).toEqual({ vaults: [] });
      // No Retry-After without an answer: half the first backoff ceiling (500 ms), with the harness's fixed jitter.
      expect(retries(watch.events)).toEqual([expect.objectContaining({ attempt: 1, delayMs: 250, cause: expect.stringMatching(/^network /) })]);
      expect(watch.events.filter((e) => e.type === "network-error")).toHaveLength(1);
    });

    it("with retries off, a reset connection is a NetworkError", async () => {
      const { server, options, watch } = e2e();
      const client = createClient(options("admin", { retry: false }));
      await client.users.get_current_user();
      server.controls.faults.inject("users.get_vaults", { kind: "reset" });
      const error = await watch.rejection(client.users.get_vaults());
      expect(error).toBeInstanceOf(NetworkError);
      expect(error).toMatchObject({ endpoint: "users.get_vaults" });
    });

    it("errors the API answered are not retried", async () => {
      const { server, options, watch } = e2e();
      const client = createClient(options("admin"));
      await client.users.get_current_user();
      server.controls.faults.inject("users.get_vaults", { kind: "envelope", code: 500, subcode: 100, msg: "data error" });
      const error = await watch.rejection(client.users.get_vaults());
      expect(error).toMatchObject({ status: 500, resultSubcode: 100, reason: "data_error", envelope: true });
      const invalid = await watch.rejection(client.users.get_by_id({ user: "no-such-user" }));
      expect(invalid).toMatchObject({ status: 400, resultSubcode: 10, reason: "invalid_id", errorData: { id: "no-such-user" } });
      expect(requestsTo(server, "users.get_vaults")).toHaveLength(1);
      expect(requestsTo(server, "users.get_by_id")).toHaveLength(1);
      expect(retries(watch.events)).toEqual([]);
    });
  });
});
