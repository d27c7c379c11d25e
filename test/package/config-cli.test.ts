// `codegen` with a config file, through the bundled CLI: every job is generated, flags
// override the file, and a config mistake is one located error (exit 1, nothing written).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { buildCli, CLI, REPO, removeDir, run, tempDir } from "./helpers.js";

let work: string;
beforeAll(async () => {
  await buildCli();
  work = tempDir("config-cli");
});
afterAll(() => removeDir(work));

const schemas = path.join(REPO, "schemas");

it("generates every job of the config, in order, with --api-version applied to each", async () => {
  const dir = path.join(work, "jobs");
  mkdirSync(path.join(dir, "sub"), { recursive: true });
  const config = [
    { schemas, out: "one", name: "one-client" },
    { schemas, out: "two", name: "@acme/two", includeInternal: true },
  ];
  writeFileSync(path.join(dir, "hocon-api-codegen.config.json"), JSON.stringify(config));
  const result = await run(process.execPath, [CLI, "codegen", "--api-version", "2.1"], { cwd: path.join(dir, "sub") });
  expect(result.stderr).toBe("");
  expect(result.code).toBe(0);
  expect(result.stdout).toMatch(/codegen: job 1 \("one-client"\)\ncodegen: \d+ written.*-> .*one .*\ncodegen: job 2 \("@acme\/two"\)\ncodegen: \d+ written/);
  expect(JSON.parse(readFileSync(path.join(dir, "two/package.json"), "utf8")).name).toBe("@acme/two");
  expect(JSON.parse(readFileSync(path.join(dir, "one/openapi.json"), "utf8")).info.version).toBe("2.1");

  const refused = await run(process.execPath, [CLI, "codegen", "--out", "x"], { cwd: dir });
  expect(refused.code).toBe(1);
  expect(refused.stderr).toContain("hocon-api-codegen.config.json: error: --out cannot override a config of 2 jobs");
});

it("stops on a config mistake before writing anything, naming file, job and key", async () => {
  const dir = path.join(work, "broken");
  mkdirSync(dir);
  writeFileSync(path.join(dir, "my.config.mjs"), `export default [{ schemas: ${JSON.stringify(schemas)}, out: "a", name: "a" }, { schemas: ${JSON.stringify(schemas)}, out: "a", name: "b", outDir: "c" }];\n`);
  const result = await run(process.execPath, [CLI, "codegen", "--config", "my.config.mjs"], { cwd: dir });
  expect(result.code).toBe(1);
  expect(result.stderr).toBe('my.config.mjs: error: job 2 ("b"): unknown key "outDir"\n  hint: did you mean `out`?\n');
  expect(existsSync(path.join(dir, "a"))).toBe(false);
});
