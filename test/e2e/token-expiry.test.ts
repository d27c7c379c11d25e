// A token expiring while 50 calls run at once: the client logs in exactly once more and
// every call succeeds, whether it notices the expiry itself (its clock agrees with the
// server's) or only through the server's 401s (its clock is behind).
import { describe, expect, it } from "vitest";
import { createClient, keySecret, type LogEvent } from "../../generated/src/index.js";
import { decodeJwtPayload } from "../server/index.js";
import { requestsTo, until, useE2E, withAndWithoutValidators } from "./harness.js";

const e2e = useE2E();

const CALLS = 50;

const LIFETIME_SEC = 3600;

withAndWithoutValidators(() => {
  describe("token expiry under 50 concurrent calls", () => {
    it("renews before expiry: one login, no call refused", async () => {
      const { server, clock, options, keySecretFor } = e2e();
      const client = createClient(options("admin", { auth: keySecretFor("admin", { expirationSec: LIFETIME_SEC }) }));
      await client.users.get_current_user();
      expect(server.controls.loginCount()).toBe(1);
      // The server's token is an HS256 JWT living as long as the client asked.
      const [token] = server.controls.issuedTokens();
      expect(JSON.parse(Buffer.from(token.split(".")[0], "base64url").toString("utf8"))).toEqual({ alg: "HS256", typ: "JWT" });
      const iat = Math.floor(clock.now() / 1000);
      expect(decodeJwtPayload(token)).toMatchObject({ iat, exp: iat + LIFETIME_SEC, identity: { user_name: "admin", role: "admin" } });

      // Inside the renewal margin (6 minutes before exp): the token still works, but is renewed.
      clock.advance((LIFETIME_SEC - 60) * 1000);
      const results = await Promise.all(Array.from({ length: CALLS }, () => client.users.get_current_user()));

      expect(results.map((r) => r.user?.name)).toEqual(Array(CALLS).fill("admin"));
      expect(server.controls.loginCount()).toBe(2);
      expect(requestsTo(server, "users.get_current_user").filter((r) => r.status !== 200)).toEqual([]);
    });

    it("expires while the calls are in flight: half answered before, half after; one login, all succeed", async () => {
      const { server, clock, options, keySecretFor } = e2e();
      const client = createClient(options("admin", { auth: keySecretFor("admin", { expirationSec: LIFETIME_SEC }) }));
      await client.users.get_vaults();
      server.controls.clearRequests();

      // The server holds the first half of the calls until the token has expired.
      let open!: () => void;
      server.controls.faults.inject("users.get_vaults", { kind: "gate", open: new Promise<void>((resolve) => (open = resolve)) }, CALLS / 2);
      const calls = Promise.all(Array.from({ length: CALLS }, () => client.users.get_vaults()));
      await until(() => requestsTo(server, "users.get_vaults").filter((r) => r.status === 200).length === CALLS / 2);
      clock.advance((LIFETIME_SEC + 1) * 1000);
      open();

      expect(await calls).toEqual(Array(CALLS).fill({ vaults: [] }));
      expect(server.controls.loginCount()).toBe(2);
      const statuses = requestsTo(server, "users.get_vaults").map((r) => r.status);
      expect([statuses.filter((s) => s === 200).length, statuses.filter((s) => s === 401).length]).toEqual([CALLS, CALLS / 2]);
    });

    it("expired by the server's clock only: every call gets 401, one login, every call resent and answered", async () => {
      const { server, clock, watch } = e2e();
      // The client's clock stays at the start, so it believes the old token is still good.
      const start = clock.now();
      const admin = server.users.admin;
      const client = createClient({
        baseUrl: server.url,
        auth: keySecret({ accessKey: admin.accessKey, secretKey: admin.secretKey, expirationSec: LIFETIME_SEC, now: () => start }),
        logger: watch.logger,
      });
      await client.users.get_vaults();
      server.controls.clearRequests();

      clock.advance((LIFETIME_SEC + 1) * 1000);
      const results = await Promise.all(Array.from({ length: CALLS }, () => client.users.get_vaults()));

      expect(results).toEqual(Array(CALLS).fill({ vaults: [] }));
      expect(server.controls.loginCount()).toBe(2);
      expect(requestsTo(server, "auth.login")).toHaveLength(1);
      const statuses = requestsTo(server, "users.get_vaults").map((r) => r.status);
      expect(statuses.filter((s) => s === 401)).toHaveLength(CALLS);
      expect(statuses.filter((s) => s === 200)).toHaveLength(CALLS);
      const reauthorized = watch.events.filter((e): e is Extract<LogEvent, { type: "reauthorize" }> => e.type === "reauthorize");
      expect(reauthorized).toHaveLength(CALLS);
      expect(new Set(reauthorized.map((e) => e.reason))).toEqual(new Set(["invalid_token"]));
      expect(watch.events.filter((e) => e.type === "login")).toEqual([
        expect.objectContaining({ outcome: "success" }),
        expect.objectContaining({ outcome: "success" }),
      ]);
    });

    it("tokens revoked on the server (a restart) are replaced by one login for all calls", async () => {
      const { server, options } = e2e();
      const client = createClient(options("alice"));
      await client.users.get_current_user();
      server.controls.revokeAllTokens();
      const results = await Promise.all(Array.from({ length: CALLS }, () => client.users.get_current_user()));
      expect(results.every((r) => r.user?.name === "alice")).toBe(true);
      expect(server.controls.loginCount()).toBe(2);
    });
  });

  describe("a client clock far from the server's", () => {
    it("ahead by more than the token lives: one login for many calls, renewed once its lifetime is nearly over", async () => {
      const { server, clock, options, keySecretFor } = e2e();
      const ahead = () => clock.now() + 3 * LIFETIME_SEC * 1000;
      const client = createClient(options("admin", { auth: keySecretFor("admin", { expirationSec: LIFETIME_SEC, now: ahead }) }));
      for (let i = 0; i < 5; i++) await client.users.get_current_user();
      expect(server.controls.loginCount()).toBe(1);
      clock.advance((LIFETIME_SEC - 60) * 1000);
      await client.users.get_current_user();
      expect(server.controls.loginCount()).toBe(2);
      expect(requestsTo(server, "users.get_current_user").filter((r) => r.status !== 200)).toEqual([]);
    });
  });
});
