// The key pair workflow: a user makes a pair, signs in with it, labels it, lists it and
// revokes it, after which the pair and the tokens it obtained stop working.
import { describe, expect, it } from "vitest";
import { ApiError, createClient, keySecret } from "../../generated/src/index.js";
import { validators } from "../../generated/src/zod/index.js";
import { useE2E, withAndWithoutValidators } from "./harness.js";

const e2e = useE2E();

withAndWithoutValidators(() => {
  describe("credentials workflow", () => {
    it("creates a pair, signs in with it, labels, lists and revokes it", async () => {
      const { server, clock, options, watch } = e2e();
      const alice = createClient(options("alice", { validate: validators }));

      const { credentials } = await alice.auth.create_credentials({ label: "ci runner" });
      const accessKey = credentials?.access_key as string;
      const secretKey = credentials?.secret_key as string;
      watch.secret("secret key of the pair alice made", secretKey);
      expect(accessKey).toMatch(/^[A-Z0-9]{24}$/);
      expect(secretKey.length).toBeGreaterThanOrEqual(32);
      expect(credentials?.label).toBe("ci runner");

      // The new pair signs in on its own and acts as alice.
      const viaNewPair = createClient({
        baseUrl: server.url,
        auth: keySecret({ accessKey, secretKey, now: clock.now }),
        logger: watch.logger,
        validate: validators,
      });
      const me = await viaNewPair.users.get_current_user();
      expect(me.user?.id).toBe(server.users.alice.id);

      const listed = await alice.auth.get_credentials();
      const pair = listed.credentials?.find((c) => c.access_key === accessKey);
      expect(pair).toMatchObject({ access_key: accessKey, label: "ci runner", last_used_from: "127.0.0.1" });
      expect(Date.parse(pair?.last_used as string)).toBe(Math.floor(clock.now()));
      // Listing never shows a secret.
      expect(JSON.stringify(listed)).not.toContain(secretKey);
      expect(listed.credentials?.map((c) => c.access_key)).toEqual([server.users.alice.accessKey, accessKey]);

      expect(await alice.auth.edit_credentials({ access_key: accessKey, label: "nightly" })).toEqual({ updated: 1 });
      const relabelled = await alice.auth.get_credentials();
      expect(relabelled.credentials?.find((c) => c.access_key === accessKey)?.label).toBe("nightly");

      expect(await alice.auth.revoke_credentials({ access_key: accessKey })).toEqual({ revoked: 1 });
      expect((await alice.auth.get_credentials()).credentials?.map((c) => c.access_key)).toEqual([server.users.alice.accessKey]);

      // The revoked pair's token is refused; the client logs in again once, which fails.
      const logins = server.controls.loginAttempts();
      const error = await watch.rejection(viaNewPair.users.get_current_user());
      expect(error).toBeInstanceOf(ApiError);
      expect(error).toMatchObject({ endpoint: "auth.login", status: 401, resultSubcode: 22, reason: "invalid_credentials" });
      expect(server.controls.loginAttempts()).toBe(logins + 1);
      expect(watch.events).toContainEqual(
        expect.objectContaining({ type: "reauthorize", endpoint: "users.get_current_user", reason: "invalid_token" }),
      );
    });

    it("another user's pair cannot be revoked", async () => {
      const { server, options } = e2e();
      const alice = createClient(options("alice"));
      expect(await alice.auth.revoke_credentials({ access_key: server.users.admin.accessKey })).toEqual({ revoked: 0 });
      const admin = createClient(options("admin"));
      expect((await admin.auth.get_credentials()).credentials?.map((c) => c.access_key)).toEqual([server.users.admin.accessKey]);
    });
  });
});
