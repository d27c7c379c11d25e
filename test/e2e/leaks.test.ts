// Servers and proxies that echo credentials back: the client must keep them out of its
// errors and log events. (Every other scenario is checked by the harness as well.)
import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import { ApiError, ClientError, createClient, oidc } from "../../generated/src/index.js";
import { useE2E, withAndWithoutValidators } from "./harness.js";

const e2e = useE2E();

withAndWithoutValidators(() => {
  describe("echoed credentials are redacted", () => {
    it("a proxy page echoing the Bearer token", async () => {
      const { server, options, watch } = e2e();
      const client = createClient(options("admin", { retry: false }));
      await client.users.get_current_user();
      const [token] = server.controls.issuedTokens();
      server.controls.faults.inject("users.get_vaults", {
        kind: "status",
        status: 502,
        body: `upstream refused request with Authorization: Bearer ${token} (token ${token})`,
      });
      const error = await watch.rejection(client.users.get_vaults());
      expect(error).toBeInstanceOf(ApiError);
      expect((error as ApiError).resultMsg).toBe(
        "upstream refused request with Authorization: [REDACTED] (token [REDACTED])",
      );
    });

    it("a login error echoing the key pair", async () => {
      const { server, options, watch } = e2e();
      const { accessKey, secretKey } = server.users.alice;
      server.controls.faults.inject("auth.login", {
        kind: "envelope",
        code: 401,
        subcode: 21,
        msg: `Bad credentials ${accessKey}:${secretKey}`,
      });
      const client = createClient(options("alice"));
      const error = await watch.rejection(client.users.get_current_user());
      expect(error).toMatchObject({ status: 401, resultSubcode: 21, reason: "bad_credentials" });
      expect((error as ApiError).resultMsg).not.toContain(secretKey);
      const failure = watch.events.find((e) => e.type === "login");
      expect(failure).toMatchObject({ outcome: "failure" });
    });

    it("a credentials answer holding a new secret is never logged, and the client prints no secret", async () => {
      const { options, watch } = e2e();
      const client = createClient(options("alice"));
      const { credentials } = await client.auth.create_credentials({});
      watch.secret("new secret key", credentials?.secret_key);
      watch.text("printed client", inspect(client, { depth: 4 }));
      expect(watch.events.some((e) => e.type === "response" && e.endpoint === "auth.create_credentials")).toBe(true);
    });
  });

  describe("credentials in URLs are refused before anything is sent", () => {
    it("a baseUrl with user:password@", async () => {
      const { server, options, watch } = e2e();
      const password = "url-password-of-admin-77";
      watch.secret("password in the baseUrl", password);
      const baseUrl = server.url.replace("://", `://admin:${password}@`);
      const error = await watch.rejection(
        Promise.resolve().then(() => createClient(options("admin", { baseUrl })).users.get_current_user()),
      );
      expect(error).toBeInstanceOf(ClientError);
      expect(String(error)).toMatch(/baseUrl must not contain a user name or password/);
      expect(watch.events).toEqual([]);
      expect(server.controls.requests()).toEqual([]);
    });

    it("an OpenID Connect tokenUrl with user:password@ or ?client_secret=", async () => {
      const { server, watch } = e2e();
      const app = server.oidcClients["api-client"];
      for (const tokenUrl of [
        `${server.url.replace("://", `://${app.clientId}:${app.clientSecret}@`)}/oidc/token`,
        `${server.url}/oidc/token?client_id=${app.clientId}&client_secret=${app.clientSecret}`,
      ]) {
        const error = await watch.rejection(
          Promise.resolve().then(() => oidc({ tokenUrl, clientId: app.clientId, grant: "client_credentials" })),
        );
        expect(String(error)).toMatch(/^ClientError: oidc: tokenUrl must not/);
      }
      expect(server.controls.requests()).toEqual([]);
    });
  });
});
