// Response bodies beyond the client's maxResponseBytes: the call fails with
// ResponseTooLargeError as soon as the limit is passed (the body counted after
// decompression), the rest of the body is never read, and the call is not retried.
import { describe, expect, it } from "vitest";
import { createClient, ResponseTooLargeError } from "../../generated/src/index.js";
import { requestsTo, until, useE2E, withAndWithoutValidators } from "./harness.js";

const e2e = useE2E();

const LIMIT = 1024 * 1024;
const HUGE = 64 * 1024 * 1024;

withAndWithoutValidators(() => {
  describe("maxResponseBytes", () => {
    it("a 64 MiB answer to a 1 MiB client: cancelled after about the limit, not retried", async () => {
      const { server, options, watch } = e2e();
      const client = createClient(options("admin", { maxResponseBytes: LIMIT }));
      await client.users.get_current_user();
      let ended: { produced: number; complete: boolean } | undefined;
      server.controls.faults.inject("users.get_vaults", {
        kind: "huge",
        bytes: HUGE,
        ended: (produced, complete) => (ended = { produced, complete }),
      });
      const error = await watch.rejection(client.users.get_vaults());
      expect(error).toBeInstanceOf(ResponseTooLargeError);
      expect(error).toMatchObject({ endpoint: "users.get_vaults", maxResponseBytes: LIMIT });
      expect(String(error)).toMatch(/users\.get_vaults: the response is larger than maxResponseBytes \(1048576 bytes\)/);
      expect(requestsTo(server, "users.get_vaults")).toHaveLength(1);
      await until(() => ended !== undefined);
      expect(ended?.complete).toBe(false);
      // Socket buffers hold some of what was produced; far from all of it was.
      expect(ended?.produced).toBeLessThan(HUGE / 2);
    });

    it("a gzip body that inflates to 64 MiB is stopped at the inflated limit", async () => {
      const { server, options, watch } = e2e();
      const client = createClient(options("admin", { maxResponseBytes: LIMIT }));
      await client.users.get_current_user();
      server.controls.faults.inject("users.get_vaults", { kind: "huge", bytes: HUGE, gzip: true });
      const error = await watch.rejection(client.users.get_vaults());
      expect(error).toBeInstanceOf(ResponseTooLargeError);
      expect(requestsTo(server, "users.get_vaults")).toHaveLength(1);
    });

    it("answers within the limit are read as before", async () => {
      const { options } = e2e();
      const client = createClient(options("admin", { maxResponseBytes: 4096 }));
      expect((await client.users.get_current_user()).user?.name).toBe("admin");
    });
  });
});
