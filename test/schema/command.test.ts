// The `lint` and `inspect` commands, run in-process through commander.
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { runCommand, type CommandRun } from "../support/run-command.js";
import { registerSchemaCommands } from "../../generator/schema/command.js";
import { CORPUS_SERVICES, loadObjects, version } from "./helpers.js";

const run = (...args: string[]): Promise<CommandRun> => runCommand(registerSchemaCommands, [...args]);

afterEach(() => {
  vi.restoreAllMocks();
  process.exitCode = 0;
});

describe("lint command", () => {
  it("prints findings like a compiler, a summary line, and exits 1 on errors", async () => {
    const { stdout, exitCode } = await run("lint", CORPUS_SERVICES);
    expect(exitCode).toBe(1);
    expect(stdout).toMatch(/serving\.conf:\d+:\d+: error: property `description` is not a schema/);
    expect(stdout).toContain("  hint: ");
    expect(stdout.trimEnd().split("\n").pop()).toMatch(/^\d+ errors?, \d+ warnings?$/);
  });

  it("exits 0 when there are only warnings", async () => {
    const r = loadObjects({ svc: { _description: "d", get: { authorize: null, "2.1": version() } } });
    const dir = path.dirname(r.model.services[0].file);
    const { stdout, exitCode } = await run("lint", dir);
    expect(exitCode).toBe(0);
    expect(stdout.trimEnd().split("\n").pop()).toBe("0 errors, 1 warning");
  });

  it("reports a missing folder as a located error instead of crashing", async () => {
    const { stdout, exitCode } = await run("lint", "/no/such/folder");
    expect(exitCode).toBe(1);
    expect(stdout).toContain("/no/such/folder:1:1: error: cannot read schema folder");
  });
});

describe("inspect command", () => {
  it("prints the model as JSON with services, endpoints, versions, flags and locations", async () => {
    const { stdout, exitCode } = await run("inspect", CORPUS_SERVICES);
    expect(exitCode).toBe(0);
    const model = JSON.parse(stdout);
    expect(model.maxVersion).toBe("2.34");
    expect(model.services).toHaveLength(16);
    const tasks = model.services.find((s: { name: string }) => s.name === "tasks");
    const getAllEx = tasks.endpoints.find((e: { name: string }) => e.name === "tasks.get_all_ex");
    expect(getAllEx).toMatchObject({ internal: true, authorize: true, allowRoles: ["*"] });
    expect(getAllEx.versions[0]).toMatchObject({ version: "2.1", location: expect.stringMatching(/tasks\.conf:\d+:\d+$/) });
  });

  it("shows the object keywords beside anyOf as the union's base (events.add 2.22 keeps allow_locked)", async () => {
    const { stdout } = await run("inspect", CORPUS_SERVICES);
    const events = JSON.parse(stdout).services.find((s: { name: string }) => s.name === "events");
    const add = events.endpoints.find((e: { name: string }) => e.name === "events.add");
    const request = add.versions.find((v: { version: string }) => v.version === "2.22").request;
    expect(request).toMatchObject({ kind: "union", mode: "anyOf", base: { kind: "object" } });
    expect(Object.keys(request.base.properties)).toEqual(["model_event?", "allow_locked?"]);
  });
});
