// Redirects are never followed. A second test server on another port is another origin:
// whatever the first answers (301, 302, 303, 307, 308 to the second), the second must
// receive nothing: no body, no X-Api-Key, no impersonation header, no token request with
// a password or client secret. A redirect to the same origin is not followed either.
import { afterEach, describe, expect, it } from "vitest";
import { ApiError, AuthError, createClient, oidc } from "../../generated/src/index.js";
import { startTestServer, type TestServer } from "../server/index.js";
import { requestsTo, type E2E, useE2E, withAndWithoutValidators } from "./harness.js";

const e2e = useE2E();
const REDIRECTS = [301, 302, 303, 307, 308];

let other: TestServer | undefined;
afterEach(async () => {
  await other?.close();
  other = undefined;
});

/** A second server: another origin, with its own request log. */
async function otherOrigin(ctx: E2E): Promise<TestServer> {
  other = await startTestServer({ model: ctx.server.model });
  return other;
}

withAndWithoutValidators(() => {
  describe("redirects of API calls", () => {
    it.each(REDIRECTS)("%i to another origin: an ApiError naming the status and that origin; nothing reaches it", async (status) => {
      const ctx = e2e();
      const { server, options, watch } = ctx;
      const elsewhere = await otherOrigin(ctx);
      const client = createClient(
        options("admin", { impersonateAs: server.users.alice.id, headers: { "X-Api-Key": "api-key-for-the-first-origin" } }),
      );
      await client.users.get_current_user();
      const location = `${elsewhere.url}/users.create_group?token=in-the-location`;
      server.controls.faults.inject("users.create_group", { kind: "redirect", status, location }, 5);

      const error = await watch.rejection(client.users.create_group({ name: "ml" }));
      expect(error).toBeInstanceOf(ApiError);
      expect(error).toMatchObject({ status, reason: "redirect", mayHaveBeenApplied: status !== 307 && status !== 308 });
      const message = (error as Error).message;
      expect(message).toContain(`HTTP ${status} redirect to ${elsewhere.url}, not followed`);
      expect(message).not.toContain("in-the-location");
      expect(elsewhere.controls.requests()).toEqual([]);
      expect(requestsTo(server, "users.create_group")).toHaveLength(1);
    });

    it.each(REDIRECTS)("%i of the login (HTTP Basic) to another origin: nothing reaches it", async (status) => {
      const ctx = e2e();
      const { server, options, watch } = ctx;
      const elsewhere = await otherOrigin(ctx);
      server.controls.faults.inject("auth.login", { kind: "redirect", status, location: `${elsewhere.url}/auth.login` }, 5);
      const client = createClient(options("admin"));

      const error = await watch.rejection(client.users.get_current_user());
      expect(error).toMatchObject({ endpoint: "auth.login", status, reason: "redirect" });
      expect(elsewhere.controls.requests()).toEqual([]);
      expect(requestsTo(server, "auth.login")).toHaveLength(1);
    });

    it("a redirect to the same origin is not followed either", async () => {
      const { server, options, watch } = e2e();
      const client = createClient(options("admin"));
      await client.users.get_current_user();
      server.controls.faults.inject("users.get_all_groups", { kind: "redirect", status: 308, location: "/v2.25/users.get_all_groups" });

      const error = await watch.rejection(client.users.get_all_groups());
      expect((error as Error).message).toContain(`HTTP 308 redirect to the same origin (${server.url}), not followed`);
      expect(requestsTo(server, "users.get_all_groups")).toHaveLength(1);
    });
  });

  describe("redirects of the OpenID Connect token request", () => {
    it.each(REDIRECTS)("%i to another origin: an AuthError; the password and client secret stay home", async (status) => {
      const ctx = e2e();
      const { server, clock, watch, retry } = ctx;
      const elsewhere = await otherOrigin(ctx);
      const app = server.oidcClients["api-client"];
      server.controls.faults.inject("/oidc/token", { kind: "redirect", status, location: `${elsewhere.url}/oidc/token` }, 5);
      for (const clientAuthentication of ["basic", "body"] as const) {
        const auth = oidc({
          tokenUrl: `${server.url}/oidc/token`,
          clientId: app.clientId,
          clientSecret: app.clientSecret,
          clientAuthentication,
          grant: "password",
          username: server.users.alice.email,
          password: server.users.alice.password,
          now: clock.now,
        });
        const client = createClient({ baseUrl: server.url, auth, logger: watch.logger, retry });

        const error = await watch.rejection(client.users.get_current_user());
        expect(error).toBeInstanceOf(AuthError);
        expect(error).toMatchObject({ status });
        expect((error as Error).message).toContain(`HTTP ${status} redirect to ${elsewhere.url}, not followed`);
      }
      expect(elsewhere.controls.requests()).toEqual([]);
      expect(server.controls.requests().filter((r) => r.path === "/oidc/token")).toHaveLength(2);
      expect(server.controls.oidcGrantCount()).toBe(0);
    });
  });
});
