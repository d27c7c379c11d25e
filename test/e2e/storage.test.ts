// Seed 004, storage credentials: an administrator stores default and per-bucket
// credentials for S3-compatible stores and Google Cloud Storage, reads them back, forgets
// single buckets and whole providers. The stored secrets never reach a log or an error.
import { describe, expect, it } from "vitest";
import { createClient } from "../../generated/src/index.js";
import { validators } from "../../generated/src/zod/index.js";
import { useE2E, withAndWithoutValidators } from "./harness.js";

const e2e = useE2E();

const AWS_SECRET = "aws-default-secret-Zx81QpLm";
const MINIO_SECRET = "minio-bucket-secret-Ty72WeRc";
const GCS_KEY_FILE = JSON.stringify({ type: "service_account", private_key: "-----BEGIN PRIVATE KEY-----gcs-private-Kq39" });

withAndWithoutValidators(() => {
  describe("storage settings workflow", () => {
    it("sets, reads, resets buckets and providers", async () => {
      const { clock, options, watch } = e2e();
      watch.secret("AWS secret", AWS_SECRET);
      watch.secret("MinIO bucket secret", MINIO_SECRET);
      watch.secret("GCS key file", GCS_KEY_FILE);
      const client = createClient(options("admin", { validate: validators }));

      expect(await client.storage.get_settings()).toEqual({ settings: {} });

      const aws = {
        key: "AKIADEFAULT",
        secret: AWS_SECRET,
        region: "eu-west-1",
        buckets: [
          { bucket: "models", region: "us-east-1" },
          { bucket: "minio-data", host: "minio.local:9000", key: "minio", secret: MINIO_SECRET, secure: false },
        ],
      };
      const google = { project: "proj", buckets: [{ bucket: "gcs-data", credentials_json: GCS_KEY_FILE }] };
      expect(await client.storage.set_settings({ aws, google })).toEqual({ updated: 1 });
      const setAt = clock.now();

      const { settings } = await client.storage.get_settings();
      expect(settings).toEqual({ aws, google, last_update: new Date(setAt).toISOString() });
      // Setting the same again changes nothing.
      expect(await client.storage.set_settings({ aws })).toEqual({ updated: 0 });

      clock.advance(60_000);
      expect(await client.storage.reset_settings({ aws_buckets: ["minio-data", "absent"] })).toEqual({ removed: 1 });
      const afterBucket = await client.storage.get_settings();
      expect(afterBucket.settings?.aws?.buckets?.map((b) => b.bucket)).toEqual(["models"]);
      expect(afterBucket.settings?.last_update).toBe(new Date(setAt + 60_000).toISOString());

      expect(await client.storage.reset_settings({ keys: ["google"] })).toEqual({ removed: 1 });
      expect(Object.keys((await client.storage.get_settings()).settings ?? {}).sort()).toEqual(["aws", "last_update"]);

      expect(await client.storage.reset_settings({ all: true })).toEqual({ removed: 1 });
      expect((await client.storage.get_settings()).settings).toEqual({ last_update: new Date(setAt + 60_000).toISOString() });
    });

    it("checks required bucket fields and the host pattern before sending, as the server does", async () => {
      const { server, options, watch } = e2e();
      const client = createClient(options("admin", { validate: validators }));
      const missing = await watch.rejection(
        client.storage.set_settings({ aws: { buckets: [{ host: "minio.local:9000" } as never] } }),
      );
      expect(missing).toMatchObject({ name: "ValidationError", direction: "request", path: "body.aws.buckets[0].bucket" });
      expect(server.controls.requests().filter((r) => r.path.endsWith("storage.set_settings"))).toEqual([]);

      // The request validator checks the host pattern as the server does: nothing is sent.
      const badBucket = { aws: { buckets: [{ bucket: "b", host: "minio.local" }] } };
      const refused = await watch.rejection(client.storage.set_settings(badBucket));
      expect(refused).toMatchObject({ name: "ValidationError", direction: "request", path: "body.aws.buckets[0].host" });
      expect(server.controls.requests().filter((r) => r.path.endsWith("storage.set_settings"))).toEqual([]);
      // Without client-side checks the server refuses the same body.
      const unchecked = createClient(options("admin", { validate: false }));
      const badHost = await watch.rejection(unchecked.storage.set_settings(badBucket));
      expect(badHost).toMatchObject({ name: "ApiError", status: 400, resultSubcode: 12, reason: "validation_error" });
      expect((badHost as { resultMsg: string }).resultMsg).toMatch(/aws\.buckets\[0\]\.host must match/);

      const empty = await watch.rejection(client.storage.reset_settings({}));
      expect(empty).toMatchObject({ status: 400, resultSubcode: 11, reason: "missing_required_fields" });
    });
  });
});
