// apiVersion pinning at run time: a pinned client has exactly the endpoints of its
// version, sends /v{version}/ and gets the endpoint version the server dispatches to
// (meta.endpoint.actual_version, as the server's request log records it).
import { describe, expect, it } from "vitest";
import { ClientError, createClient, createTransport } from "../../generated/src/index.js";
import { validators } from "../../generated/src/zod/index.js";
import { usersGetCurrentUser, usersGetVaults } from "../../generated/src/endpoints/users.js";
import { requestsTo, useE2E, withAndWithoutValidators } from "./harness.js";

const e2e = useE2E();

withAndWithoutValidators(() => {
  describe("apiVersion pinning", () => {
    it("a client pinned below an endpoint's first version has no such method", async () => {
      const { options } = e2e();
      const old = createClient({ ...options("admin"), apiVersion: "2.1" });
      expect(Object.keys(old).sort()).toEqual(["auth", "users"]);
      // @ts-expect-error storage starts at 2.22
      expect(old.storage).toBeUndefined();
      // @ts-expect-error users.get_vaults starts at 2.27
      expect(old.users.get_vaults).toBeUndefined();
      // @ts-expect-error auth.edit_credentials starts at 2.17
      expect(old.auth.edit_credentials).toBeUndefined();
      expect(typeof old.auth.create_credentials).toBe("function");

      const at227 = createClient({ ...options("admin"), apiVersion: "2.27" });
      expect(typeof at227.users.get_vaults).toBe("function");
      expect(typeof at227.storage.get_settings).toBe("function");
    });

    it("sends /v{version}/ and runs the highest endpoint version at or below it", async () => {
      const { server, options } = e2e();
      const cases = [
        ["2.25", "2.1", false],
        ["2.26", "2.26", true],
        ["2.31", "2.26", true],
      ] as const;
      for (const [pinned, actual, hasGroups] of cases) {
        const client = createClient({ ...options("admin"), apiVersion: pinned });
        const answer = await client.users.get_current_user();
        expect("groups" in answer).toBe(hasGroups);
        const last = requestsTo(server, "users.get_current_user").at(-1);
        expect(last).toMatchObject({ path: `/v${pinned}/users.get_current_user`, status: 200, actualVersion: actual });
      }
    });

    it("the version picks the behaviour: 2.27 add_or_update_vault has no `created`, 2.29 does", async () => {
      const { server, options } = e2e();
      const v = { group: server.allUsersGroup, vault: { scope: "group" as const, data: "a: 1" } };
      const at228 = createClient({ ...options("admin"), apiVersion: "2.28", validate: validators });
      expect(Object.keys(await at228.users.add_or_update_vault(v))).toEqual(["vault"]);
      const at229 = createClient({ ...options("admin"), apiVersion: "2.29", validate: validators });
      expect(await at229.users.add_or_update_vault(v)).toMatchObject({ created: true });
      expect(requestsTo(server, "users.add_or_update_vault").map((r) => [r.path, r.actualVersion])).toEqual([
        ["/v2.28/users.add_or_update_vault", "2.27"],
        ["/v2.29/users.add_or_update_vault", "2.29"],
      ]);
    });

    it("storage settings: Azure exists from 2.31 on; an older client neither sends nor sees it", async () => {
      const { options } = e2e();
      const latest = createClient({ ...options("admin"), apiVersion: "2.31" });
      await latest.storage.set_settings({ azure: { containers: [{ account_name: "acct", container_name: "models" }] } });
      const at222 = createClient({ ...options("admin"), apiVersion: "2.22" });
      const old = await at222.storage.get_settings();
      expect(old.settings).not.toHaveProperty("azure");
      expect((await latest.storage.get_settings()).settings?.azure?.containers).toHaveLength(1);
    });

    it("without apiVersion the version-less path reaches the server's latest versions", async () => {
      const { server, options } = e2e();
      const client = createClient(options("admin"));
      await client.storage.get_settings();
      expect(requestsTo(server, "storage.get_settings")).toEqual([
        expect.objectContaining({ path: "/storage.get_settings", actualVersion: "2.31" }),
      ]);
    });

    it("a malformed apiVersion is refused before anything is sent", async () => {
      const { server, options } = e2e();
      expect(() => createClient({ ...options("admin"), apiVersion: "latest" as never })).toThrow(ClientError);
      expect(server.controls.requests()).toEqual([]);
    });

    it("the per-endpoint functions dispatch on the transport's version the same way", async () => {
      const { server, options, watch } = e2e();
      const at225 = createTransport({ ...options("admin"), apiVersion: "2.25" });
      expect(await usersGetCurrentUser(at225)).not.toHaveProperty("groups");
      const error = await watch.rejection(usersGetVaults(at225));
      expect(error).toBeInstanceOf(ClientError);
      expect((error as Error).message).toBe("users.get_vaults does not exist at API version 2.25: it starts at 2.27");
      expect(requestsTo(server, "users.get_vaults")).toEqual([]);

      const latest = createTransport(options("admin"));
      expect(await usersGetVaults(latest, { enabled: true })).toEqual({ vaults: [] });
      expect(requestsTo(server, "users.get_vaults")).toEqual([expect.objectContaining({ path: "/users.get_vaults", actualVersion: "2.27" })]);
    });
  });
});
