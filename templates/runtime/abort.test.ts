import { describe, expect, it } from "vitest";
import { raceAbort } from "./abort.js";

// Vitest fails the run on an unhandled rejection, so these also check that none occurs.
describe("raceAbort", () => {
  it("with a signal already aborted, rejects with its reason and keeps the shared work's failure handled", async () => {
    let fail!: (error: Error) => void;
    const shared = new Promise<never>((_, reject) => (fail = reject));
    const reason = new Error("gave up");
    await expect(raceAbort(shared, AbortSignal.abort(reason))).rejects.toBe(reason);
    fail(new Error("login failed later"));
    await new Promise((resolve) => setTimeout(resolve, 0));
  });

  it("an abort while waiting rejects at once; the shared work's later failure stays handled", async () => {
    let fail!: (error: Error) => void;
    const shared = new Promise<never>((_, reject) => (fail = reject));
    const controller = new AbortController();
    const waiting = raceAbort(shared, controller.signal);
    controller.abort();
    await expect(waiting).rejects.toMatchObject({ name: "AbortError" });
    fail(new Error("login failed later"));
    await new Promise((resolve) => setTimeout(resolve, 0));
  });

  it("passes the value or failure through when the signal stays quiet", async () => {
    const signal = new AbortController().signal;
    await expect(raceAbort(Promise.resolve(7), signal)).resolves.toBe(7);
    await expect(raceAbort(Promise.reject(new Error("no")), signal)).rejects.toThrow("no");
  });
});
