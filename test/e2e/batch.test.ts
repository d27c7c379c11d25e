// users.update_batch: an array sent as application/json-lines, split when larger than
// batchMaxBytes, the parts' answers merged into one.
import { describe, expect, it } from "vitest";
import { BatchError, createClient } from "../../generated/src/index.js";
import { validators } from "../../generated/src/zod/index.js";
import { requestsTo, useE2E, withAndWithoutValidators } from "./harness.js";

const e2e = useE2E({ recordBodies: true });

withAndWithoutValidators(() => {
  describe("batch endpoint (json-lines)", () => {
    it("sends one line per item and reports the failed lines", async () => {
      const { server, options } = e2e();
      const client = createClient(options("admin", { validate: validators }));
      const { alice, annie } = server.users;
      const answer = await client.users.update_batch([
        { user: alice.id, given_name: "Alice" },
        { user: "no-such-user", given_name: "Nobody" },
        { user: annie.id, family_name: "Annotator" },
      ]);
      expect(answer.updated).toBe(2);
      expect(answer.errors).toEqual([{ line: 2, msg: "Invalid user id: no-such-user" }]);

      const [sent] = requestsTo(server, "users.update_batch");
      expect(sent.headers["content-type"]).toBe("application/json-lines");
      expect(sent.body?.split("\n").map((line) => JSON.parse(line))).toEqual([
        { user: alice.id, given_name: "Alice" },
        { user: "no-such-user", given_name: "Nobody" },
        { user: annie.id, family_name: "Annotator" },
      ]);
      expect(server.store.users.get(alice.id)?.givenName).toBe("Alice");
      expect(server.store.users.get(annie.id)?.familyName).toBe("Annotator");
    });

    it("splits a body over batchMaxBytes at line boundaries and merges the answers", async () => {
      const { server, options } = e2e();
      const client = createClient(options("admin", { batchMaxBytes: 200 }));
      const users = Object.values(server.users);
      const items = users.flatMap((u, i) => [
        { user: u.id, given_name: `Given ${i}` },
        { user: u.id, family_name: `Family ${i}` },
      ]);
      const answer = await client.users.update_batch(items);

      const parts = requestsTo(server, "users.update_batch");
      expect(parts.length).toBeGreaterThan(1);
      for (const part of parts) expect(part.bodyBytes).toBeLessThanOrEqual(200);
      expect(parts.flatMap((p) => p.body?.split("\n") ?? []).map((l) => JSON.parse(l))).toEqual(items);
      expect(answer).toEqual({ updated: items.length, errors: [] });
    });

    it("a split batch whose second part fails says the first part was applied, and does not resend the second", async () => {
      const { server, options, watch } = e2e();
      const client = createClient(options("admin", { batchMaxBytes: 200 }));
      await client.users.get_current_user();
      const users = Object.values(server.users);
      const items = users.map((u, i) => ({ user: u.id, given_name: `Given ${i}` }));
      // The first part goes through; the API applies the second, then a gateway loses its answer.
      server.controls.faults.inject("users.update_batch", { kind: "delay", ms: 0 });
      server.controls.faults.inject("users.update_batch", { kind: "status", status: 502, afterHandler: true }, 5);

      const error = await watch.rejection(client.users.update_batch(items));
      const parts = requestsTo(server, "users.update_batch");
      expect(parts.map((p) => p.status)).toEqual([200, 502]);
      const firstPart = parts[0].body?.split("\n").length ?? 0;
      expect(error).toBeInstanceOf(BatchError);
      expect(error).toMatchObject({
        endpoint: "users.update_batch",
        appliedParts: 1,
        appliedItems: firstPart,
        items: items.length,
        applied: { updated: firstPart, errors: [] },
        mayHaveBeenApplied: true,
        cause: { status: 502, mayHaveBeenApplied: true },
      });
      const { parts: count } = error as BatchError;
      expect((error as Error).message).toBe(
        `users.update_batch: the batch was sent in ${count} parts; part 1 was applied (items 1-${firstPart} of ${items.length}), ` +
          `part 2 failed: ${(error as BatchError).cause.message}`,
      );
      expect((error as BatchError).cause.message).toMatch(/may have been applied\)$/);
    });

    it("a part refused before the API acted (429) is sent again", async () => {
      const { server, options } = e2e();
      const client = createClient(options("admin", { batchMaxBytes: 200 }));
      await client.users.get_current_user();
      const items = Object.values(server.users).map((u, i) => ({ user: u.id, family_name: `Family ${i}` }));
      server.controls.faults.inject("users.update_batch", { kind: "delay", ms: 0 });
      server.controls.faults.inject("users.update_batch", { kind: "status", status: 429 });

      expect(await client.users.update_batch(items)).toEqual({ updated: items.length, errors: [] });
      expect(requestsTo(server, "users.update_batch").map((p) => p.status).slice(0, 3)).toEqual([200, 429, 200]);
    });

    it("an empty batch sends nothing", async () => {
      const { server, options } = e2e();
      const client = createClient(options("admin"));
      expect(await client.users.update_batch([])).toEqual({});
      expect(requestsTo(server, "users.update_batch")).toEqual([]);
    });

    it("request validation checks each item and names it", async () => {
      const { server, options, watch } = e2e();
      const client = createClient(options("admin", { validate: validators }));
      const error = await watch.rejection(
        client.users.update_batch([{ user: server.users.alice.id }, { user: 42 as unknown as string }]),
      );
      expect(error).toMatchObject({ name: "ValidationError", direction: "request", path: "body[1].user" });
      expect(requestsTo(server, "users.update_batch")).toEqual([]);
    });
  });
});
