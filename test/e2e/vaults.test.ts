// Seed 001, "Administrator Vaults", through the generated client: an administrator signs
// in with a key pair, lists vaults, creates a group vault for the Users group, updates it,
// deletes it and lists again; members then lay the vaults over their local configuration.
import { describe, expect, it } from "vitest";
import { parseString } from "../../hocon/index.js";
import { applyVaults, bearer, ClientError, createClient } from "../../generated/src/index.js";
import { validators } from "../../generated/src/zod/index.js";
import { requestsTo, useE2E, withAndWithoutValidators } from "./harness.js";

const e2e = useE2E();

withAndWithoutValidators(() => {
  describe("seed 001: administrator vaults", () => {
    it("logs in with key and secret, lists, creates, updates, deletes and lists again", async () => {
      const { server, options } = e2e();
      const client = createClient(options("admin", { validate: validators }));

      expect((await client.users.get_vaults()).vaults).toEqual([]);

      const data = "sdk.development.default_output_uri: \"s3://bucket/models\"";
      const created = await client.users.add_or_update_vault({
        group: server.allUsersGroup,
        vault: { scope: "group", enabled: true, data, format: "hocon", type: "config" },
      });
      expect(created.created).toBe(true);
      const id = created.vault as string;
      expect(id).toMatch(/\S/);

      const listed = await client.users.get_vaults();
      expect(listed.vaults).toEqual([
        expect.objectContaining({ id, scope: "group", enabled: true, data, format: "hocon", type: "config", group: server.allUsersGroup }),
      ]);

      const newData = "sdk.development.default_output_uri: \"s3://other/models\"";
      const updated = await client.users.add_or_update_vault({
        group: server.allUsersGroup,
        vault: { id, scope: "group", enabled: false, data: newData, format: "hocon", type: "config" },
      });
      expect(updated).toEqual({ vault: id, created: false });
      const afterUpdate = await client.users.get_vaults({ enabled: false });
      expect(afterUpdate.vaults?.map((v) => [v.id, v.data, v.enabled])).toEqual([[id, newData, false]]);

      expect(await client.users.delete_vaults({ vaults: [id] })).toEqual({ deleted: 1 });
      expect((await client.users.get_vaults()).vaults).toEqual([]);

      // One login for the whole workflow; Basic credentials went to auth.login only.
      expect(server.controls.loginCount()).toBe(1);
      for (const r of server.controls.requests()) {
        const scheme = r.path.endsWith("/auth.login") ? "Basic" : "Bearer";
        expect(r.headers["authorization"]).toBe(`${scheme} [redacted]`);
      }
      expect(requestsTo(server, "users.get_vaults").map((r) => r.status)).toEqual([200, 200, 200, 200]);
    });

    it("as the seed's curl steps: an explicit auth.login, then the token as Bearer", async () => {
      const { server, options, watch } = e2e();
      const { token } = await createClient(options("admin")).auth.login({ expiration_sec: 600 });
      expect(token).toMatch(/^eyJ/);
      const api = createClient({ baseUrl: server.url, auth: bearer(token as string), logger: watch.logger, validate: validators });
      const { vault } = await api.users.add_or_update_vault({
        group: server.allUsersGroup,
        vault: { scope: "group", enabled: true, data: "a: 1", format: "hocon", type: "config" },
      });
      expect((await api.users.get_vaults()).vaults?.map((v) => v.id)).toEqual([vault]);
      expect(await api.users.delete_vaults({ vaults: [vault as string] })).toEqual({ deleted: 1 });
      expect(server.controls.loginCount()).toBe(1);
    });

    it("lays the vaults fetched from the server over a local HOCON configuration", async () => {
      const { server, options } = e2e();
      const admin = createClient(options("admin"));
      const local = [
        "api { host: \"http://localhost:8008\", verify_certificate: true }",
        "sdk.development { default_output_uri: \"\", log_level: info, tags: [local] }",
      ].join("\n");
      const first = "sdk.development { default_output_uri: \"s3://team/models\", tags: [vault] }";
      const second = "api.verify_certificate: false\nsdk.development.log_level: debug";
      const disabled = "api.host: \"http://wrong\"";
      for (const [data, enabled] of [[first, true], [disabled, false], [second, true]] as const) {
        await admin.users.add_or_update_vault({ group: server.allUsersGroup, vault: { scope: "group", enabled, data } });
      }

      // A plain member sees the vaults of the group it is in.
      const alice = createClient(options("alice"));
      const vaults = (await alice.users.get_vaults()).vaults ?? [];
      expect(vaults).toHaveLength(3);
      // The answer goes in as it is: applyVaults takes the vaults users.get_vaults returns.
      const effective = applyVaults(local, vaults);

      // Ground truth: HOCON itself merges a repeated object key the same way, so the local
      // text followed by the enabled vaults' texts, parsed as one document, is the answer.
      const expected = parseString([local, first, second].join("\n"), { file: "expected.conf" }).value;
      expect(effective).toEqual(expected);
      expect(effective).toMatchObject({
        api: { host: "http://localhost:8008", verify_certificate: false },
        sdk: { development: { default_output_uri: "s3://team/models", log_level: "debug", tags: ["vault"] } },
      });
    });

    it("hands each user the vaults of their own groups and their own user vault only", async () => {
      const { server, options } = e2e();
      const admin = createClient(options("admin", { validate: validators }));
      const { id: team } = await admin.users.create_group({ name: "Annotators", members: [server.users.annie.id] });
      const put = (group: string | null | undefined, scope: "group" | "user", data: string) =>
        admin.users.add_or_update_vault({ ...(group ? { group } : {}), vault: { scope, data } });
      await put(server.allUsersGroup, "group", "level: everyone\neveryone: true");
      await put(team, "group", "level: team\nteam: true");
      await put(undefined, "user", "level: admin-only");

      const seen = async (user: string) => {
        const vaults = (await createClient(options(user)).users.get_vaults()).vaults ?? [];
        return applyVaults("level: local", vaults);
      };
      expect(await seen("alice")).toEqual({ level: "everyone", everyone: true });
      expect(await seen("annie")).toEqual({ level: "team", everyone: true, team: true });
      // Administrators see (and so apply) every vault of the company.
      expect(await seen("admin")).toEqual({ level: "admin-only", everyone: true, team: true });
      expect((await admin.users.get_vaults({ scope: "group", group: team ?? undefined })).vaults?.map((v) => v.data)).toEqual([
        "level: team\nteam: true",
      ]);
    });

    it("reports a broken vault by its id, line and column without echoing its text", async () => {
      const { server, options, watch } = e2e();
      const admin = createClient(options("admin"));
      const broken = "aws.s3 {\n  key: \"AKIAEXAMPLE\"\n  secret: \"vault-stored-secret-value\"\n  region = [\n}";
      watch.secret("storage secret inside a vault", "vault-stored-secret-value");
      const { vault: id } = await admin.users.add_or_update_vault({ group: server.allUsersGroup, vault: { scope: "group", data: broken } });
      const vaults = (await admin.users.get_vaults()).vaults ?? [];

      const error = await watch.rejection(Promise.resolve().then(() => applyVaults("a: 1", vaults)));
      expect(error).toBeInstanceOf(ClientError);
      expect((error as Error).message).toMatch(new RegExp(`^vault ${id}:5:1: error: `));
    });
  });
});
