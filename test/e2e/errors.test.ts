// How failures reach the caller: bad credentials, roles, answers that are not what the
// schema says, and the transaction id that ties a call to the server's logs.
import { describe, expect, it } from "vitest";
import { ApiError, createClient, keySecret, ValidationError } from "../../generated/src/index.js";
import { validators } from "../../generated/src/zod/index.js";
import { requestsTo, useE2E, withAndWithoutValidators } from "./harness.js";

const e2e = useE2E();

withAndWithoutValidators(() => {
  describe("credentials", () => {
    it("a wrong secret gives auth.login's ApiError 401/22 without the secret", async () => {
      const { server, clock, watch } = e2e();
      const wrongSecret = `${server.users.alice.secretKey}-but-wrong`;
      watch.secret("the wrong secret tried", wrongSecret);
      const auth = keySecret({ accessKey: server.users.alice.accessKey, secretKey: wrongSecret, now: clock.now });
      const client = createClient({ baseUrl: server.url, auth, logger: watch.logger });

      const error = await watch.rejection(client.users.get_current_user());
      expect(error).toBeInstanceOf(ApiError);
      expect(error).toMatchObject({
        endpoint: "auth.login",
        status: 401,
        resultCode: 401,
        resultSubcode: 22,
        reason: "invalid_credentials",
        envelope: true,
      });
      expect(server.controls.loginAttempts()).toBe(1);
      expect(server.controls.loginCount()).toBe(0);
      expect(requestsTo(server, "users.get_current_user")).toEqual([]);
      expect(watch.events).toContainEqual(expect.objectContaining({ type: "login", provider: "keySecret", outcome: "failure" }));
    });

    it("50 concurrent calls with a wrong secret share one failed login and all get its error", async () => {
      const { server, clock, watch } = e2e();
      const wrongSecret = `${server.users.alice.secretKey}-but-wrong`;
      watch.secret("the wrong secret tried", wrongSecret);
      const auth = keySecret({ accessKey: server.users.alice.accessKey, secretKey: wrongSecret, now: clock.now });
      const client = createClient({ baseUrl: server.url, auth, logger: watch.logger });
      const errors = await Promise.all(Array.from({ length: 50 }, () => watch.rejection(client.users.get_vaults())));
      expect(new Set(errors).size).toBe(1);
      expect(errors[0]).toMatchObject({ endpoint: "auth.login", status: 401, resultSubcode: 22 });
      expect(server.controls.loginAttempts()).toBe(1);
    });

    it("an unknown access key gets the same answer as a wrong secret", async () => {
      const { server, clock, watch } = e2e();
      const auth = keySecret({ accessKey: "NOSUCHKEY000000000000000", secretKey: server.users.alice.secretKey, now: clock.now });
      const client = createClient({ baseUrl: server.url, auth, logger: watch.logger });
      expect(await watch.rejection(client.users.get_current_user())).toMatchObject({ status: 401, resultSubcode: 22 });
    });

    it("no credentials at all: 401/20", async () => {
      const { server, watch } = e2e();
      const client = createClient({ baseUrl: server.url, logger: watch.logger });
      const error = await watch.rejection(client.users.get_vaults());
      expect(error).toMatchObject({ endpoint: "users.get_vaults", status: 401, resultSubcode: 20, reason: "no_credentials" });
      // Endpoints with authorize: false need none.
      expect(await client.auth.fixed_users_mode()).toMatchObject({ enabled: false });
    });
  });

  describe("roles from allow_roles", () => {
    it("a user without an allowed role gets ApiError 403/20 with the reason", async () => {
      const { server, options, watch } = e2e();
      const annie = createClient(options("annie"));
      const error = await watch.rejection(
        annie.users.add_or_update_vault({ group: server.allUsersGroup, vault: { scope: "group", data: "a: 1" } }),
      );
      expect(error).toBeInstanceOf(ApiError);
      expect(error).toMatchObject({ status: 403, resultCode: 403, resultSubcode: 20, reason: "role_not_allowed", envelope: true });
      expect((error as ApiError).resultMsg).toMatch(/annotator may not call users\.add_or_update_vault/);
      expect(server.store.vaults.size).toBe(0);

      const alice = createClient(options("alice"));
      expect(await watch.rejection(alice.storage.get_settings())).toMatchObject({ status: 403, resultSubcode: 20 });
      expect(await watch.rejection(alice.users.update_batch([{ user: server.users.alice.id, name: "Al" }]))).toMatchObject({
        status: 403,
        resultSubcode: 20,
      });
      // Endpoints open to every role work for them.
      expect((await annie.users.get_vaults()).vaults).toEqual([]);
    });

    it("an allowed role passes; a role change revokes the tokens that carry the old one", async () => {
      const { server, options, watch } = e2e();
      const admin = createClient(options("admin"));
      const alice = createClient(options("alice"));
      expect(await watch.rejection(alice.auth.edit_user({ user: server.users.annie.id, role: "user" }))).toMatchObject({
        status: 403,
        reason: "role_not_allowed",
      });
      expect(await admin.auth.edit_user({ user: server.users.alice.id, role: "admin" })).toEqual({ updated: 1, fields: { role: "admin" } });
      // Alice's token is revoked; the client logs in again and gets the new role.
      expect(await alice.auth.edit_user({ user: server.users.annie.id, role: "user" })).toEqual({ updated: 1, fields: { role: "user" } });
      expect(server.controls.loginCount()).toBe(3);
    });
  });

  describe("answers that are not what the schema says", () => {
    it("a wrongly typed field is rejected by response validation, with the field's path", async () => {
      const { server, options, watch } = e2e();
      const client = createClient(options("admin", { validate: validators }));
      await client.users.add_or_update_vault({ group: server.allUsersGroup, vault: { scope: "group", data: "a: 1" } });
      server.controls.faults.inject("users.get_vaults", {
        kind: "tamper",
        edit: (data) => ({ vaults: (data.vaults as object[]).map((v) => ({ ...v, enabled: "yes" })) }),
      });

      const error = await watch.rejection(client.users.get_vaults());
      expect(error).toBeInstanceOf(ValidationError);
      expect(error).toMatchObject({ endpoint: "users.get_vaults", direction: "response", path: "data.vaults[0].enabled" });

      // The same answer passes through untouched when validation is off for the call.
      server.controls.faults.inject("users.get_vaults", { kind: "tamper", edit: () => ({ vaults: [{ enabled: "yes" }] }) });
      expect(await client.users.get_vaults({}, { validate: false })).toEqual({ vaults: [{ enabled: "yes" }] });
    });

    it("a value outside an enum is reported at its path; unknown extra fields are kept", async () => {
      const { server, options, watch } = e2e();
      const client = createClient(options("admin", { validate: { validators, response: true } }));
      server.controls.faults.inject("users.get_current_user", {
        kind: "tamper",
        edit: (data) => ({ ...data, user: { ...(data.user as object), role: "emperor" } }),
      });
      const error = await watch.rejection(client.users.get_current_user());
      expect(error).toMatchObject({ name: "ValidationError", path: "data.user.role" });

      server.controls.faults.inject("users.get_current_user", { kind: "tamper", edit: (data) => ({ ...data, added_later: 1 }) });
      expect(await client.users.get_current_user()).toMatchObject({ added_later: 1, user: { name: "admin" } });
    });

    it("a bad request is rejected before it is sent, with the field's path", async () => {
      const { server, options, watch } = e2e();
      const client = createClient(options("admin", { validate: validators }));
      const error = await watch.rejection(
        client.users.add_or_update_vault({ vault: { scope: "everyone" as never, data: "a: 1" } }),
      );
      expect(error).toMatchObject({ name: "ValidationError", direction: "request", path: "body.vault.scope" });
      expect(requestsTo(server, "users.add_or_update_vault")).toEqual([]);
    });

    it("the server's own validation answers 400 when the client does not check", async () => {
      const { options, watch } = e2e();
      const client = createClient(options("admin", { validate: false }));
      const error = await watch.rejection(client.users.delete_vaults({ vaults: [] }));
      expect(error).toMatchObject({ status: 400, resultSubcode: 12, reason: "validation_error" });
    });

    it("a truncated JSON body with status 200 is an ApiError, not data", async () => {
      const { server, options, watch } = e2e();
      const client = createClient(options("admin"));
      await client.users.get_current_user();
      server.controls.faults.inject("users.get_vaults", { kind: "malformed" });
      const error = await watch.rejection(client.users.get_vaults());
      expect(error).toBeInstanceOf(ApiError);
      expect(error).toMatchObject({ status: 200, envelope: false, reason: "invalid_envelope" });
      expect(requestsTo(server, "users.get_vaults")).toHaveLength(1);
    });
  });

  describe("X-ClearML-Trx", () => {
    it("is sent, echoed in the envelope and the answer's header, and kept on errors", async () => {
      const { server, options, watch } = e2e();
      const client = createClient(options("alice"));
      await client.users.get_current_user({}, { trx: "trx-e2e-1" });
      const sent = requestsTo(server, "users.get_current_user");
      expect(sent.map((r) => r.headers["x-clearml-trx"])).toEqual(["trx-e2e-1"]);
      expect(watch.events).toContainEqual(
        expect.objectContaining({ type: "response", endpoint: "users.get_current_user", status: 200, trx: "trx-e2e-1" }),
      );

      const error = await watch.rejection(client.storage.get_settings({}, { trx: "trx-e2e-2" }));
      expect(error).toMatchObject({ status: 403, trx: "trx-e2e-2" });

      // Without one, the server uses the envelope id, which the error carries as requestId.
      const other = await watch.rejection(client.storage.get_settings());
      expect((other as ApiError).trx).toBe((other as ApiError).requestId);
    });
  });
});
