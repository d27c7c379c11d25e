// The watch every e2e scenario relies on must really find secrets, wherever they hide.
import { describe, expect, it } from "vitest";
import { ApiError } from "../../generated/src/index.js";
import { SecretWatch } from "./secret-watch.js";

const SECRET = "very-secret-value-123";

describe("SecretWatch", () => {
  it("finds a secret in a logger event, naming it by label only", () => {
    const watch = new SecretWatch();
    watch.secret("test secret", SECRET);
    watch.logger({ type: "reauthorize", endpoint: "x.y", reason: `because ${SECRET}` });
    const leaks = watch.leaks();
    expect(leaks).toEqual([{ secret: "test secret", where: "logger event 1 (reauthorize)" }]);
    expect(JSON.stringify(leaks)).not.toContain(SECRET);
  });

  it("finds a secret in any printed form of an error: message, own fields, cause", () => {
    const inMessage = new SecretWatch();
    inMessage.secret("s", SECRET);
    inMessage.error(new Error(`failed with ${SECRET}`));
    expect(inMessage.leaks()).toHaveLength(1);

    const inField = new SecretWatch();
    inField.secret("s", SECRET);
    inField.error(
      new ApiError({ status: 500, resultCode: 500, resultSubcode: 0, resultMsg: "", endpoint: "x.y", envelope: true, errorData: { k: SECRET } }),
    );
    expect(inField.leaks()).toHaveLength(1);

    const inCause = new SecretWatch();
    inCause.secret("s", SECRET);
    inCause.error(new Error("outer", { cause: new Error(SECRET) }));
    expect(inCause.leaks()).toHaveLength(1);
  });

  it("finds nothing when nothing leaks, and ignores values too short to be secrets", async () => {
    const watch = new SecretWatch();
    watch.secret("s", SECRET);
    watch.secret("short", "abc");
    watch.logger({ type: "reauthorize", endpoint: "x.y", reason: "abc" });
    expect(await watch.rejection(Promise.reject(new Error("plain")))).toBeInstanceOf(Error);
    expect(watch.leaks()).toEqual([]);
    expect(watch.watched).toBe(1);
    await expect(watch.rejection(Promise.resolve(1))).rejects.toThrow(/succeeded/);
  });
});
