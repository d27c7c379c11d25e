// The config file: found upward or by --config, read in each format, checked, resolved.
// Each mistake is an error naming the file, the job and the key.
import { mkdirSync, mkdtempSync, realpathSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../generator/config/index.js";

let dirs: string[] = [];
afterEach(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  dirs = [];
});

/** A temp project with a schema folder and the given files. */
function project(files: Record<string, string>): string {
  const dir = realpathSync(mkdtempSync(path.join(os.tmpdir(), "config-test-")));
  dirs.push(dir);
  mkdirSync(path.join(dir, "schemas"));
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), text);
  }
  return dir;
}

async function configError(cwd: string, options: Parameters<typeof loadConfig>[0] = {}): Promise<ConfigError> {
  const err = await loadConfig({ cwd, ...options }).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(ConfigError);
  return err as ConfigError;
}

const JSON_NAME = "hocon-api-codegen.config.json";
const job = (extra: Record<string, unknown> = {}) => ({ schemas: "schemas", out: "out", name: "pkg", ...extra });

describe("config errors name the file, the job and the key", () => {
  it("an unknown key, with the key it was probably meant to be", async () => {
    const dir = project({ [JSON_NAME]: JSON.stringify([job(), { schema: "schemas", out: "out2", name: "pkg-two" }]) });
    const err = await configError(dir);
    expect(err.message).toContain(`${JSON_NAME}: error: job 2 ("pkg-two"): unknown key "schema"`);
    expect(err.message).toContain("hint: did you mean `schemas`?");
  });

  it("a key of the wrong type", async () => {
    const dir = project({ [JSON_NAME]: JSON.stringify(job({ includeInternal: "yes" })) });
    const err = await configError(dir);
    expect(err.message).toContain(`${JSON_NAME}: error: job 1 ("pkg"): key "includeInternal": expected boolean, got string "yes"`);
  });

  it("a package name npm would refuse", async () => {
    const dir = project({ [JSON_NAME]: JSON.stringify(job({ name: "Not A Name" })) });
    const err = await configError(dir);
    expect(err.message).toContain(`${JSON_NAME}: error: job 1 ("Not A Name"): key "name": "Not A Name" is not an npm package name`);
  });

  it("a missing schema folder, relative to the config file", async () => {
    const dir = project({ [`app/${JSON_NAME}`]: JSON.stringify([job({ schemas: "../schemas" }), job({ schemas: "nowhere", out: "out2", name: "second" })]) });
    const err = await configError(path.join(dir, "app"));
    expect(err.message).toContain(`${JSON_NAME}: error: job 2 ("second"): key "schemas": schema folder not found: nowhere`);
    expect(err.problems).toHaveLength(1);
  });

  it("two jobs writing the same folder", async () => {
    const dir = project({ [JSON_NAME]: JSON.stringify([job({ name: "one" }), job({ name: "two", out: "./out/" })]) });
    const err = await configError(dir);
    expect(err.message).toContain(`${JSON_NAME}: error: job 2 ("two"): key "out": out is also the output folder of job 1 ("one")`);
  });

  it("a docs folder of the wrong type, or one that is also an output folder", async () => {
    const wrongType = await configError(project({ [JSON_NAME]: JSON.stringify(job({ docs: 3 })) }));
    expect(wrongType.message).toContain(`${JSON_NAME}: error: job 1 ("pkg"): key "docs": expected string, got number 3`);
    const clash = await configError(project({ [JSON_NAME]: JSON.stringify([job({ name: "one", docs: "site" }), job({ name: "two", out: "site/" })]) }));
    expect(clash.message).toContain(`${JSON_NAME}: error: job 2 ("two"): key "out": site is also the output folder of job 1 ("one")`);
  });

  it("a docs folder, resolved relative to the config file", async () => {
    const dir = project({ [`app/${JSON_NAME}`]: JSON.stringify(job({ schemas: "../schemas", docs: "../site" })) });
    const { jobs } = await loadConfig({ cwd: path.join(dir, "app") });
    expect(jobs[0].docs).toBe(path.join(dir, "site"));
  });

  it("invalid JSON, located by line and column (where Node gives the position)", async () => {
    const dir = project({ [JSON_NAME]: '{\n  "schemas": "schemas"\n  "out": "x"\n}' });
    const err = await configError(dir);
    expect(err.message).toMatch(new RegExp(`^${JSON_NAME.replace(/\./g, "\\.")}:3:3: error: invalid JSON: Expected ',' or '}' after property value`));
  });

  it("a flag that would give several jobs one folder", async () => {
    const dir = project({ [JSON_NAME]: JSON.stringify([job({ name: "one" }), job({ name: "two", out: "out2" })]) });
    const err = await configError(dir, { overrides: { out: "elsewhere" } });
    expect(err.message).toContain("--out cannot override a config of 2 jobs");
  });

  it("two config files in one folder", async () => {
    const dir = project({ [JSON_NAME]: JSON.stringify(job()), "hocon-api-codegen.config.mjs": "export default {};" });
    const err = await configError(dir);
    expect(err.message).toContain("more than one config file in this folder");
  });
});

describe("loading", () => {
  it("finds the config in a folder above and resolves paths from the config's folder (absolute outside the working folder)", async () => {
    const dir = project({ [JSON_NAME]: JSON.stringify(job({ apiVersion: "2.1" })), "deep/er/.keep": "" });
    const { file, jobs } = await loadConfig({ cwd: path.join(dir, "deep/er") });
    expect(file).toBe(path.join(dir, JSON_NAME));
    expect(jobs).toEqual([{ label: 'job 1 ("pkg")', schemas: path.join(dir, "schemas"), out: path.join(dir, "out"), name: "pkg", apiVersion: "2.1", includeInternal: false, dialect: "pyhocon" }]);
  });

  it("reads a TypeScript config (types stripped by jiti) and an ES module config", async () => {
    const ts = project({ "hocon-api-codegen.config.ts": 'const dialect: "spec" = "spec";\nexport default [{ schemas: "schemas", out: "a", name: "a", dialect }, { schemas: "schemas", out: "b", name: "b" }];\n' });
    const fromTs = await loadConfig({ cwd: ts });
    expect(fromTs.jobs.map((j) => [j.label, j.out, j.dialect])).toEqual([
      ['job 1 ("a")', "a", "spec"],
      ['job 2 ("b")', "b", "pyhocon"],
    ]);
    const mjs = project({ "hocon-api-codegen.config.mjs": 'export default { schemas: "schemas", out: "gen", name: "m" };\n' });
    expect((await loadConfig({ cwd: mjs })).jobs.map((j) => j.name)).toEqual(["m"]);
  });

  it("reads an ES module config with top-level await, evaluating it once", async () => {
    const dir = project({
      "hocon-api-codegen.config.mjs": 'globalThis.configEvaluations = (globalThis.configEvaluations ?? 0) + 1;\nconst name = await Promise.resolve("awaited");\nexport default { schemas: "schemas", out: "gen", name };\n',
    });
    const counter = globalThis as { configEvaluations?: number };
    delete counter.configEvaluations;
    expect((await loadConfig({ cwd: dir })).jobs.map((j) => j.name)).toEqual(["awaited"]);
    expect(counter.configEvaluations).toBe(1);
    delete counter.configEvaluations;
  });

  it("reports a syntax error in an ES module config as the config's error", async () => {
    const dir = project({ "hocon-api-codegen.config.mjs": "export default { schemas: ;\n" });
    const err = await configError(dir);
    expect(err.message).toContain("hocon-api-codegen.config.mjs");
    expect(err.message).toContain("error: cannot load the config: ");
  });

  it("flags override the file: a path flag is relative to the working folder", async () => {
    const dir = project({ [`app/${JSON_NAME}`]: JSON.stringify(job({ schemas: "../schemas" })), "other/.keep": "" });
    const { jobs } = await loadConfig({ cwd: dir, configFile: `app/${JSON_NAME}`, overrides: { out: "other", includeInternal: true, dialect: undefined } });
    expect(jobs).toEqual([{ label: 'job 1 ("pkg")', schemas: "schemas", out: "other", name: "pkg", apiVersion: undefined, includeInternal: true, dialect: "pyhocon" }]);
  });

  it("without a config file, the fallback job with the flags", async () => {
    const dir = project({});
    const { file, jobs } = await loadConfig({ cwd: dir, overrides: { name: "flagged" }, fallback: { schemas: "schemas", out: "generated", name: "default" } });
    expect(file).toBeUndefined();
    expect(jobs.map((j) => [j.schemas, j.out, j.name])).toEqual([["schemas", "generated", "flagged"]]);
  });
});

describe("reloading", () => {
  it("reads an ES module config anew after it changed (watch reloads it)", async () => {
    const dir = project({ "hocon-api-codegen.config.mjs": 'export default { schemas: "schemas", out: "gen", name: "first" };\n' });
    expect((await loadConfig({ cwd: dir })).jobs[0].name).toBe("first");
    const file = path.join(dir, "hocon-api-codegen.config.mjs");
    writeFileSync(file, 'export default { schemas: "schemas", out: "gen", name: "second" };\n');
    utimesSync(file, new Date(), new Date(Date.now() + 5000));
    expect((await loadConfig({ cwd: dir })).jobs[0].name).toBe("second");
  });
});
