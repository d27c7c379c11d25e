// Every endpoint version the generated client knows, called at its own version against
// the server with response validation on: the server's answers must pass the generated
// validators, and the version the server ran must be the one the client meant.
import { describe, expect, it } from "vitest";
import { ApiError, createClient, createTransport, services, type EndpointInfo } from "../../generated/src/index.js";
import { validators } from "../../generated/src/zod/index.js";
import { requestsTo, useE2E, withAndWithoutValidators } from "./harness.js";

// Every seeded user, the server's own "system" included: answers listing users must pass.
const e2e = useE2E();

withAndWithoutValidators(() => {
  describe("generated endpoints against the server", () => {
    it("each endpoint version answers data its validator accepts, from the version it names", async () => {
      const { server, options } = e2e();
      // Data in every list the answers hold.
      const admin = createClient(options("admin"));
      await admin.users.add_or_update_vault({ group: server.allUsersGroup, vault: { scope: "group", data: "a: 1" } });
      await admin.users.add_or_update_vault({ vault: { scope: "user", data: "b: 2", description: "mine" } });
      await admin.users.create_group({ name: "Team", description: "a team", members: [server.users.alice.id] });
      await admin.storage.set_settings({
        aws: { key: "k", secret: "storage-secret-1", buckets: [{ bucket: "b" }] },
        google: { project: "p", buckets: [{ bucket: "g" }] },
        azure: { containers: [{ account_name: "a", container_name: "c" }] },
      });
      await admin.auth.create_credentials({ label: "second pair" });

      const infos: EndpointInfo[] = Object.values(services).flatMap((actions) => Object.values(actions).flat());
      expect(infos.length).toBeGreaterThan(30);
      const outcomes: string[] = [];
      for (const info of infos) {
        const transport = createTransport({ ...options("admin"), apiVersion: info.version, validate: { validators, response: true } });
        const label = `${info.name} ${info.version}`;
        try {
          await transport.call(info, info.batch ? [{ user: server.users.alice.id }] : {});
          outcomes.push(`${label}: ok`);
        } catch (error) {
          // Bodies of {} lack required fields: the server may refuse them. Anything else is a finding.
          if (!(error instanceof ApiError && error.status === 400)) throw error;
          outcomes.push(`${label}: ${error.resultCode}/${error.resultSubcode}`);
        }
        const sent = requestsTo(server, info.name).at(-1);
        expect(sent, label).toMatchObject({ path: `/v${info.version}/${info.name}`, actualVersion: info.version });
      }
      // Most endpoints answer a body of {} with data; the rest are refused for missing fields only.
      expect(outcomes.filter((o) => o.endsWith(": ok")).length).toBeGreaterThan(infos.length / 2);
      expect(outcomes.filter((o) => !o.endsWith(": ok")).every((o) => /: 400\/1[12]$/.test(o))).toBe(true);
    });
  });
});
