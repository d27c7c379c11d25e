// Timeouts and aborts against a server that really is slow. These run in real time, with
// server delays far longer than the limits tested, so they are fast and not flaky: a
// call either ends at its limit or the test sees a slow answer it should not have waited for.
import { describe, expect, it } from "vitest";
import { bearer, createClient, TimeoutError } from "../../generated/src/index.js";
import { requestsTo, type BaseOptions, type E2E, until, useE2E, withAndWithoutValidators } from "./harness.js";

const e2e = useE2E();

/** A server delay no passing test waits for. */
const SLOW_MS = 4000;
/** Upper bound on how long a call may take past its limit before the test calls it not honoured. */
const SLACK_MS = 1500;

/**
 * Options with a token issued up front, so the only request a test's limit covers is the
 * slow one (a login on a busy machine could use up a short limit on its own).
 */
function signedIn({ server, watch }: E2E, extra: Partial<BaseOptions>): BaseOptions {
  return { baseUrl: server.url, auth: bearer(server.controls.tokenFor("admin")), logger: watch.logger, ...extra };
}

withAndWithoutValidators(() => {
  describe("timeouts", () => {
    it("a slow answer ends in a TimeoutError at timeoutMs", async () => {
      const ctx = e2e();
      const { server, watch } = ctx;
      const client = createClient(signedIn(ctx, { timeoutMs: 150 }));
      server.controls.faults.inject("users.get_vaults", { kind: "delay", ms: SLOW_MS });

      const started = Date.now();
      const error = await watch.rejection(client.users.get_vaults());
      expect(error).toBeInstanceOf(TimeoutError);
      expect(error).toMatchObject({ endpoint: "users.get_vaults", timeoutMs: 150 });
      expect(Date.now() - started).toBeLessThan(150 + SLACK_MS);
    });

    it("the timeout bounds retries and their waits too", async () => {
      const ctx = e2e();
      const { server, watch } = ctx;
      // Real waits here: Retry-After 3 s must be cut short by the 200 ms limit.
      const client = createClient(signedIn(ctx, { retry: { maxAttempts: 5 }, timeoutMs: 200 }));
      server.controls.faults.inject("users.get_vaults", { kind: "status", status: 503, retryAfter: 3 }, 5);

      const started = Date.now();
      const error = await watch.rejection(client.users.get_vaults());
      expect(error).toBeInstanceOf(TimeoutError);
      expect(Date.now() - started).toBeLessThan(200 + SLACK_MS);
      expect(requestsTo(server, "users.get_vaults")).toHaveLength(1);
    });

    it("a per-call timeoutMs overrides the client's", async () => {
      const { server, options, watch } = e2e();
      const client = createClient(options("admin", { timeoutMs: 60_000 }));
      await client.users.get_current_user();
      server.controls.faults.inject("users.get_vaults", { kind: "delay", ms: SLOW_MS });
      const error = await watch.rejection(client.users.get_vaults({}, { timeoutMs: 100 }));
      expect(error).toMatchObject({ name: "TimeoutError", timeoutMs: 100 });
    });

    it("a slow login counts against the call's timeout", async () => {
      const { server, options, watch } = e2e();
      server.controls.faults.inject("auth.login", { kind: "delay", ms: SLOW_MS });
      const client = createClient(options("admin", { timeoutMs: 150 }));
      const error = await watch.rejection(client.users.get_vaults());
      expect(error).toBeInstanceOf(TimeoutError);
      expect(requestsTo(server, "users.get_vaults")).toHaveLength(0);
    });
  });

  describe("aborts", () => {
    it("aborting a call in flight rejects at once with the signal's reason", async () => {
      const { server, options, watch } = e2e();
      const client = createClient(options("admin"));
      await client.users.get_current_user();
      server.controls.faults.inject("users.get_vaults", { kind: "delay", ms: SLOW_MS });

      const controller = new AbortController();
      const call = watch.rejection(client.users.get_vaults({}, { signal: controller.signal }));
      await until(() => requestsTo(server, "users.get_vaults").length === 1);
      const started = Date.now();
      controller.abort();
      const error = await call;
      expect(error).toBe(controller.signal.reason);
      expect(error).toMatchObject({ name: "AbortError" });
      expect(Date.now() - started).toBeLessThan(SLACK_MS);
    });

    it("an abort ends a retry wait, with the caller's own reason", async () => {
      const { server, options, watch } = e2e();
      const client = createClient(options("admin", { retry: { maxAttempts: 5 } }));
      await client.users.get_current_user();
      server.controls.faults.inject("users.get_vaults", { kind: "status", status: 503, retryAfter: 30 }, 5);

      const controller = new AbortController();
      const call = watch.rejection(client.users.get_vaults({}, { signal: controller.signal }));
      await until(() => watch.events.some((e) => e.type === "retry"));
      const reason = new Error("user pressed cancel");
      controller.abort(reason);
      expect(await call).toBe(reason);
      expect(requestsTo(server, "users.get_vaults")).toHaveLength(1);
    });

    it("an already aborted signal sends nothing", async () => {
      const { server, options, watch } = e2e();
      const client = createClient(options("admin"));
      const error = await watch.rejection(client.users.get_vaults({}, { signal: AbortSignal.abort() }));
      expect(error).toMatchObject({ name: "AbortError" });
      expect(server.controls.requests()).toEqual([]);
    });

    it("one caller giving up during the shared login does not fail the others", async () => {
      const { server, options, watch } = e2e();
      server.controls.faults.inject("auth.login", { kind: "delay", ms: 300 });
      const client = createClient(options("admin"));
      const controller = new AbortController();
      const aborted = watch.rejection(client.users.get_vaults({}, { signal: controller.signal }));
      const patient = client.users.get_current_user();
      await until(() => requestsTo(server, "auth.login").length === 1);
      controller.abort();
      expect(await aborted).toMatchObject({ name: "AbortError" });
      expect((await patient).user?.name).toBe("admin");
      expect(server.controls.loginCount()).toBe(1);
      expect(requestsTo(server, "users.get_vaults")).toHaveLength(0);
    });
  });
});
