// Which failed calls are sent again. A call the server may already have acted on (a
// gateway error, an unavailable envelope, a connection broken after the request went
// out) is sent once, and its error says it may have been applied; a read-only endpoint is
// still retried; a call the server certainly never acted on (refused connection, 429) is
// retried whatever it does. The faults here let the API act first, then replace its answer.
import { describe, expect, it } from "vitest";
import { bearer, createClient, type LogEvent } from "../../generated/src/index.js";
import type { Fault, TestServer } from "../server/index.js";
import { requestsTo, useE2E, withAndWithoutValidators } from "./harness.js";
import { refusingPort } from "./refusing-port.js";

const e2e = useE2E();

type RetryEvent = Extract<LogEvent, { type: "retry" }>;
const retries = (events: readonly LogEvent[]) => events.filter((e): e is RetryEvent => e.type === "retry");

function groupsNamed(server: TestServer, name: string): number {
  return [...server.store.groups.values()].filter((g) => g.name === name).length;
}

const AFTER_ACTING: [string, Fault][] = [
  ["502", { kind: "status", status: 502, afterHandler: true }],
  ["504", { kind: "status", status: 504, afterHandler: true }],
  ["a 503 envelope", { kind: "envelope", code: 503, subcode: 0, msg: "Service Unavailable", afterHandler: true }],
  ["a connection reset after the request was read", { kind: "reset", afterHandler: true }],
  ["a socket closed with no reply", { kind: "close", afterHandler: true }],
  ["partial response headers, then a close", { kind: "partial-headers", afterHandler: true }],
];

withAndWithoutValidators(() => {
  describe("a call the server may have acted on", () => {
    it.each(AFTER_ACTING)("users.create_group answered with %s: sent once, and the error says it may have been applied", async (_what, fault) => {
      const { server, options, watch } = e2e();
      const client = createClient(options("admin"));
      await client.users.get_current_user(); // signed in, so the create is the only call left
      server.controls.faults.inject("users.create_group", fault, 5);

      const error = await watch.rejection(client.users.create_group({ name: "ml" }));
      expect(error).toMatchObject({ endpoint: "users.create_group", mayHaveBeenApplied: true });
      expect((error as Error).message).toMatch(/may have been applied/);
      expect(requestsTo(server, "users.create_group")).toHaveLength(1);
      expect(groupsNamed(server, "ml")).toBe(1);
      expect(retries(watch.events)).toEqual([]);
    });

    it.each(AFTER_ACTING)("a read-only endpoint (users.get_all_groups) answered with %s is retried", async (_what, fault) => {
      const { server, options } = e2e();
      const client = createClient(options("admin"));
      await client.users.get_current_user();
      server.controls.faults.inject("users.get_all_groups", fault);

      const answer = await client.users.get_all_groups();
      expect(answer.groups?.map((g) => g.id)).toEqual([server.allUsersGroup]);
      expect(requestsTo(server, "users.get_all_groups")).toHaveLength(2);
    });

    it("a call opted in with { idempotent: true } is retried; a read-only one opted out is not", async () => {
      const { server, options, watch } = e2e();
      const client = createClient(options("admin"));
      await client.users.get_current_user();
      const fault: Fault = { kind: "status", status: 502, afterHandler: true };

      server.controls.faults.inject("users.update_group", fault);
      await client.users.update_group({ group: server.allUsersGroup, description: "everyone" }, { idempotent: true });
      expect(requestsTo(server, "users.update_group")).toHaveLength(2);

      server.controls.faults.inject("users.get_all_groups", fault);
      const error = await watch.rejection(client.users.get_all_groups({}, { idempotent: false }));
      expect(error).toMatchObject({ status: 502, mayHaveBeenApplied: true });
      expect(requestsTo(server, "users.get_all_groups")).toHaveLength(1);
    });

    it("the client's idempotent map opts endpoints in and out", async () => {
      const { server, options, watch } = e2e();
      const client = createClient(
        options("admin", { idempotent: { "users.update_group": true, "users.get_all_groups": false } }),
      );
      await client.users.get_current_user();
      const fault: Fault = { kind: "status", status: 504, afterHandler: true };
      server.controls.faults.inject("users.update_group", fault);
      server.controls.faults.inject("users.get_all_groups", fault);

      await client.users.update_group({ group: server.allUsersGroup, description: "everyone" });
      expect(requestsTo(server, "users.update_group")).toHaveLength(2);
      await watch.rejection(client.users.get_all_groups());
      expect(requestsTo(server, "users.get_all_groups")).toHaveLength(1);
    });
  });

  describe("a call the server certainly did not act on is retried", () => {
    it("a refused connection: the create was never sent, so it is sent again and makes one group", async () => {
      const { server, options, retry, watch } = e2e();
      const down = await refusingPort();
      try {
        const sleep = retry.sleep as NonNullable<typeof retry.sleep>;
        // The server comes back while the client waits to retry.
        const reopening: typeof sleep = async (ms, signal) => {
          await down.open(server.port);
          return sleep(ms, signal);
        };
        const client = createClient(
          options("admin", {
            baseUrl: `http://127.0.0.1:${down.port}`,
            // A token, not a login: the create is the first request to the closed port.
            auth: bearer(server.controls.tokenFor("admin")),
            retry: { ...retry, sleep: reopening },
          }),
        );
        const { id } = await client.users.create_group({ name: "ml" });
        expect(server.store.groups.get(id as string)?.name).toBe("ml");
        expect(requestsTo(server, "users.create_group")).toHaveLength(1);
        expect(retries(watch.events).map((e) => [e.endpoint, e.cause])).toEqual([["users.create_group", "network ECONNREFUSED"]]);
      } finally {
        await down.close();
      }
    });

    it("429: refused before the API acted, so the create is sent again", async () => {
      const { server, options, watch } = e2e();
      const client = createClient(options("admin"));
      await client.users.get_current_user();
      server.controls.faults.inject("users.create_group", { kind: "status", status: 429, retryAfter: 1 });

      await client.users.create_group({ name: "ml" });
      expect(requestsTo(server, "users.create_group").map((r) => r.status)).toEqual([429, 200]);
      expect(groupsNamed(server, "ml")).toBe(1);
      expect(retries(watch.events).map((e) => e.cause)).toEqual(["status 429"]);
    });
  });
});
