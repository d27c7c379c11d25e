// The protocol's X-ClearML-* request headers set through client options: client name and
// worker, and acting for another user (impersonation and act-as).
import { describe, expect, it } from "vitest";
import { createClient, NetworkError } from "../../generated/src/index.js";
import { requestsTo, useE2E, withAndWithoutValidators } from "./harness.js";

const e2e = useE2E();

withAndWithoutValidators(() => {
  describe("X-ClearML-* headers", () => {
    it("sends the client name and worker with every call, login included", async () => {
      const { server, options } = e2e();
      const client = createClient(options("alice", { clientName: "e2e-suite-1.0", worker: "worker-7" }));
      await client.users.get_current_user();
      const log = server.controls.requests();
      expect(log.map((r) => r.path)).toEqual(["/auth.login", "/users.get_current_user"]);
      for (const r of log) expect([r.headers["x-clearml-client"], r.headers["x-clearml-worker"]]).toEqual(["e2e-suite-1.0", "worker-7"]);
    });

    it("impersonateAs: an administrator acts with another user's identity and role", async () => {
      const { server, options, watch } = e2e();
      const asAlice = createClient(options("admin", { impersonateAs: server.users.alice.id }));
      expect((await asAlice.users.get_current_user()).user).toMatchObject({ name: "alice", role: "user" });
      // With alice's role, an admin-only endpoint is refused.
      expect(await watch.rejection(asAlice.storage.get_settings())).toMatchObject({ status: 403, resultSubcode: 20 });
      expect(requestsTo(server, "users.get_current_user")[0].headers["x-clearml-impersonate-as"]).toBe(server.users.alice.id);
    });

    it("actAs keeps the caller's role; a plain user may not act for others (400/6)", async () => {
      const { server, options, watch } = e2e();
      const actAs = createClient(options("admin", { actAs: server.users.alice.id }));
      expect((await actAs.users.get_current_user()).user?.name).toBe("alice");
      expect(await actAs.storage.get_settings()).toEqual({ settings: {} });

      const alice = createClient(options("alice", { impersonateAs: server.users.admin.id }));
      const error = await watch.rejection(alice.users.get_current_user());
      expect(error).toMatchObject({ status: 400, resultSubcode: 6, reason: "impersonation_error" });
    });
  });

  describe("header values that cannot be sent", () => {
    it("a client name with CR/LF is refused by createClient, a trx with '✓' by the call; nothing is sent or retried", async () => {
      const { server, options, watch } = e2e();
      const created = await watch.rejection(Promise.resolve().then(() => createClient(options("alice", { clientName: "tool\r\nX-Injected: 1" }))));
      expect(String(created)).toMatch(/^ClientError: createTransport: the value of header X-ClearML-Client holds a line break/);
      const client = createClient(options("alice"));
      const call = await watch.rejection(client.users.get_current_user({}, { trx: "trx ✓" }));
      expect(call).not.toBeInstanceOf(NetworkError);
      expect(String(call)).toMatch(/^ClientError: users\.get_current_user: the value of header X-ClearML-Trx holds a line break/);
      expect(watch.events.filter((e) => e.type === "retry" || e.type === "network-error")).toEqual([]);
      // Not even a login.
      expect(server.controls.requests()).toEqual([]);
    });
  });
});
