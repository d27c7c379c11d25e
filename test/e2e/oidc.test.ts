// The oidc provider against the test server's /oidc/token: the password and
// client_credentials grants, renewal with the refresh_token grant before the access token
// expires, a fresh grant when the refresh token is gone, and refusals as AuthError.
import { describe, expect, it } from "vitest";
import { AuthError, createClient, oidc, type OidcOptions } from "../../generated/src/index.js";
import { requestsTo, type E2E, useE2E, withAndWithoutValidators } from "./harness.js";

const e2e = useE2E({ oidcAccessTokenLifetimeSec: 3600, oidcRefreshTokenLifetimeSec: 8 * 3600 });

function oidcClient(ctx: E2E, extra: Partial<OidcOptions> = {}) {
  const { server, clock, watch, retry } = ctx;
  const app = server.oidcClients["api-client"];
  const auth = oidc({
    tokenUrl: `${server.url}/oidc/token`,
    clientId: app.clientId,
    clientSecret: app.clientSecret,
    grant: "password",
    username: server.users.alice.email,
    password: server.users.alice.password,
    now: clock.now,
    ...extra,
  });
  watch.text("printed oidc provider", `${String(auth)} ${JSON.stringify(auth)}`);
  return createClient({ baseUrl: server.url, auth, logger: watch.logger, retry });
}

withAndWithoutValidators(() => {
  describe("oidc provider", () => {
    it("password grant: the access token works as a Bearer token", async () => {
      const ctx = e2e();
      const client = oidcClient(ctx);
      expect((await client.users.get_current_user()).user?.name).toBe("alice");
      expect((await client.users.get_vaults()).vaults).toEqual([]);
      expect(ctx.server.controls.oidcGrantCount("password")).toBe(1);
      expect(ctx.server.controls.oidcGrantCount()).toBe(1);
      expect(ctx.server.controls.loginCount()).toBe(0);
    });

    it("renews with the refresh_token grant before the access token expires, once for concurrent calls", async () => {
      const ctx = e2e();
      const { server, clock, watch } = ctx;
      const client = oidcClient(ctx);
      await client.users.get_current_user();

      // 30 s before expiry: inside the 60 s renewal margin, the old token still valid.
      clock.advance((3600 - 30) * 1000);
      const answers = await Promise.all(Array.from({ length: 20 }, () => client.users.get_current_user()));
      expect(answers.every((a) => a.user?.name === "alice")).toBe(true);
      expect([server.controls.oidcGrantCount("password"), server.controls.oidcGrantCount("refresh_token")]).toEqual([1, 1]);
      // Renewed ahead of time: the server refused nothing and no call was resent.
      expect(requestsTo(server, "users.get_current_user").every((r) => r.status === 200)).toBe(true);
      expect(watch.events.filter((e) => e.type === "reauthorize")).toEqual([]);
      expect(watch.events.filter((e) => e.type === "login").map((e) => e.type === "login" && e.method)).toEqual([
        "password",
        "refresh_token",
      ]);

      // The refresh token is single use: the next renewal uses the new one, and succeeds.
      clock.advance((3600 - 30) * 1000);
      await client.users.get_current_user();
      expect(server.controls.oidcGrantCount("refresh_token")).toBe(2);
    });

    it("falls back to a fresh grant when the refresh token has expired", async () => {
      const ctx = e2e();
      const { server, clock } = ctx;
      const client = oidcClient(ctx);
      await client.users.get_current_user();
      clock.advance(9 * 3600 * 1000);
      expect((await client.users.get_current_user()).user?.name).toBe("alice");
      // The provider knows the refresh token's lifetime too, so it does not even try it.
      expect([server.controls.oidcGrantCount("password"), server.controls.oidcGrantCount("refresh_token")]).toEqual([2, 0]);
    });

    it("a refused refresh (revoked on the server) also falls back to a fresh grant", async () => {
      const ctx = e2e();
      const { server, clock, watch } = ctx;
      const client = oidcClient(ctx);
      await client.users.get_current_user();
      server.controls.revokeAllTokens();
      clock.advance((3600 - 30) * 1000);
      expect((await client.users.get_current_user()).user?.name).toBe("alice");
      expect(server.controls.oidcGrantCount("password")).toBe(2);
      const grants = watch.events.flatMap((e) => (e.type === "login" ? [[e.method, e.outcome]] : []));
      expect(grants).toEqual([
        ["password", "success"],
        ["refresh_token", "failure"],
        ["password", "success"],
      ]);
    });

    it("client_credentials grant acts as the client's service account; body client authentication works too", async () => {
      const ctx = e2e();
      const client = oidcClient(ctx, { grant: "client_credentials", clientAuthentication: "body" });
      const me = await client.users.get_current_user();
      expect(me.user?.id).toBe(ctx.server.oidcClients["api-client"].user);
      // Client credentials went in the form, so the token request had no Authorization header.
      expect(requestsTo(ctx.server, "oidc/token").map((r) => [r.status, r.headers["authorization"]])).toEqual([[200, undefined]]);
    });

    it("a wrong client secret is an AuthError 401 invalid_client, without the secret", async () => {
      const ctx = e2e();
      const wrong = `${ctx.server.oidcClients["api-client"].clientSecret}x`;
      ctx.watch.secret("wrong client secret tried", wrong);
      const client = oidcClient(ctx, { clientSecret: wrong });
      const error = await ctx.watch.rejection(client.users.get_current_user());
      expect(error).toBeInstanceOf(AuthError);
      expect(error).toMatchObject({ status: 401, code: "invalid_client" });
      expect(requestsTo(ctx.server, "users.get_current_user")).toEqual([]);
    });

    it("a wrong password is an AuthError 400 invalid_grant, without the password", async () => {
      const ctx = e2e();
      const wrong = `${ctx.server.users.alice.password}-nope`;
      ctx.watch.secret("wrong password tried", wrong);
      const client = oidcClient(ctx, { password: wrong });
      const error = await ctx.watch.rejection(client.users.get_current_user());
      expect(error).toMatchObject({ name: "AuthError", status: 400, code: "invalid_grant" });
    });

    it("a token answer without access_token is refused", async () => {
      const ctx = e2e();
      ctx.server.controls.faults.inject("/oidc/token", { kind: "tamper", edit: ({ access_token: _dropped, ...rest }) => rest });
      const client = oidcClient(ctx);
      const error = await ctx.watch.rejection(client.users.get_current_user());
      expect(error).toBeInstanceOf(AuthError);
      expect((error as AuthError).message).toMatch(/no access_token/);
    });
  });
});
