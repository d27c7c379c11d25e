// codegen skips a run only when nothing it depends on changed: every input kind and the
// outputs on disk are changed one at a time, and each change must regenerate.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { runCodegen, type CodegenEnvironment } from "../../generator/emit/run-codegen.js";
import { privateRuntimeRoot } from "./helpers.js";

const TASKS = `include "inc/common.conf"
_definitions {
  task { type: object, properties { id { type: string } } }
}
get_all {
  "2.1" {
    description: "Lists tasks"
    request { type: object, properties { ids { type: array, items { type: string } } } }
    response { type: object, properties { tasks { type: array, items { "$ref": "#/definitions/task" } } } }
  }
}
`;

const temp = (name: string) => mkdtempSync(path.join(tmpdir(), `stamp-${name}-`));

describe("codegen stamps", () => {
  let stdout = "";
  let stderr = "";
  let schemas: string;
  let out: string;
  let env: CodegenEnvironment;
  // One copy for the tests that leave the runtime alone, with this repository's build: only
  // the test that edits the runtime compiles it.
  let sharedRoot: string;
  beforeAll(() => {
    sharedRoot = privateRuntimeRoot({ built: true });
  });

  beforeEach(() => {
    stdout = "";
    stderr = "";
    vi.spyOn(process.stdout, "write").mockImplementation((c) => ((stdout += String(c)), true));
    vi.spyOn(process.stderr, "write").mockImplementation((c) => ((stderr += String(c)), true));
    schemas = temp("schemas");
    writeFileSync(path.join(schemas, "tasks.conf"), TASKS);
    out = temp("out");
    env = { repoRoot: sharedRoot, generator: "generator-1", cacheDir: temp("cache") };
  });
  afterEach(() => vi.restoreAllMocks());

  /** Runs codegen and says whether it regenerated (true) or was skipped (false). */
  const run = async (extra: Partial<Parameters<typeof runCodegen>[0]> = {}, e: CodegenEnvironment = env): Promise<boolean> => {
    stdout = "";
    stderr = "";
    expect(await runCodegen({ schemas, out, name: "pkg", ...extra }, e)).toBe(0);
    return !stdout.includes("nothing changed since the last run");
  };

  it("skips an unchanged run, replaying what it printed", async () => {
    // A warning (not an error): printed, and printed again by the skipped run.
    writeFileSync(path.join(schemas, "tasks.conf"), TASKS.replace("get_all {\n", "get_all {\n  authorize: null\n"));
    expect(await run()).toBe(true);
    const report = stderr;
    expect(report).toContain("warning: `authorize` is null");
    const types = readFileSync(path.join(out, "src/types/tasks.d.ts"), "utf8");
    expect(await run()).toBe(false);
    expect(stderr).toBe(report);
    expect(stdout).toMatch(/codegen: 0 written, \d+ unchanged, 0 removed/);
    expect(readFileSync(path.join(out, "src/types/tasks.d.ts"), "utf8")).toBe(types);
  });

  it("regenerates when a schema file changes, appears or an include appears", async () => {
    expect(await run()).toBe(true);
    writeFileSync(path.join(schemas, "tasks.conf"), TASKS + "# a comment\n");
    expect(await run()).toBe(true);
    expect(await run()).toBe(false);
    writeFileSync(path.join(schemas, "users.conf"), TASKS.replace('include "inc/common.conf"\n', ""));
    expect(await run()).toBe(true);
    expect(readFileSync(path.join(out, "src/types/users.d.ts"), "utf8")).toContain("UsersTask");
    expect(await run()).toBe(false);
    // The optional include was missing; now it exists (outside the folder listing).
    mkdirSync(path.join(schemas, "inc"));
    writeFileSync(path.join(schemas, "inc/common.conf"), "_definitions { shared { type: string } }\n");
    expect(await run()).toBe(true);
    expect(readFileSync(path.join(out, "src/types/tasks.d.ts"), "utf8")).toContain("TasksShared");
    expect(await run()).toBe(false);
  });

  it("regenerates when an option, the generator or a runtime template changes", async () => {
    env = { ...env, repoRoot: privateRuntimeRoot({ built: true }) };
    expect(await run()).toBe(true);
    expect(await run({ name: "other" })).toBe(true);
    expect(await run({ name: "other" })).toBe(false);
    expect(await run({ name: "other", includeInternal: true })).toBe(true);
    expect(await run({ name: "other", includeInternal: true }, { ...env, generator: "generator-2" })).toBe(true);
    const template = path.join(env.repoRoot!, "templates", "runtime", "errors.ts");
    // The runtime ships compiled (comments dropped), so the change must be code.
    writeFileSync(template, readFileSync(template, "utf8") + "\nexport const CHANGED = 1;\n");
    // Exported from the index, or the bundle would drop it as unused.
    const index = path.join(env.repoRoot!, "templates", "runtime", "index.ts");
    writeFileSync(index, readFileSync(index, "utf8") + 'export { CHANGED } from "./errors.js";\n');
    expect(await run({ name: "other", includeInternal: true }, { ...env, generator: "generator-2" })).toBe(true);
    const runtimeJs = readdirSync(path.join(out, "src/runtime")).filter((f) => f.endsWith(".js"));
    expect(runtimeJs.some((f) => readFileSync(path.join(out, "src/runtime", f), "utf8").includes("CHANGED = 1"))).toBe(true);
  });

  it("regenerates when the outputs on disk were edited, removed or added to", async () => {
    expect(await run()).toBe(true);
    const file = path.join(out, "src/types/tasks.d.ts");
    const original = readFileSync(file, "utf8");
    writeFileSync(file, original + "// edited\n");
    expect(await run()).toBe(true);
    expect(readFileSync(file, "utf8")).toBe(original);
    rmSync(file);
    expect(await run()).toBe(true);
    expect(readFileSync(file, "utf8")).toBe(original);
    expect(await run()).toBe(false);
    // A file added by hand is never removed: every run regenerates and names it.
    writeFileSync(path.join(out, "src/extra.ts"), "");
    expect(await run()).toBe(true);
    // Printed relative to the working folder, wherever the checkout is.
    expect(stderr).toContain(`${path.relative(process.cwd(), path.join(out, "src/extra.ts"))}: warning: should not exist: hocon-api-codegen did not write it`);
    expect(statSync(path.join(out, "src/extra.ts")).size).toBe(0);
    expect(await run()).toBe(true);
  });

  it("never skips (nor writes) when a generated folder was replaced by a link, even to identical files", async () => {
    expect(await run()).toBe(true);
    const types = path.join(out, "src/types");
    const copy = temp("linked");
    cpSync(types, copy, { recursive: true });
    rmSync(types, { recursive: true });
    symlinkSync(copy, types, "dir");
    expect(await runCodegen({ schemas, out, name: "pkg" }, env)).toBe(1);
    expect(stderr).toContain(`${types}: error: is a symbolic link`);
    expect(stdout).not.toContain("nothing changed since the last run");
  });

  it("--force and --check never skip", async () => {
    expect(await run()).toBe(true);
    expect(await run({ force: true })).toBe(true);
    expect(await runCodegen({ schemas, out, name: "pkg", check: true }, env)).toBe(0);
    expect(stdout).toContain("codegen --check:");
  });
});
