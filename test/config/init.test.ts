// `init` writes a starter config and a `codegen` script, and never overwrites without --force.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, expect, it } from "vitest";
import { runInit } from "../../generator/config/init.js";
import { capturedOutput } from "../support/captured-output.js";

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function init(force = false): Promise<{ code: number; stderr: string }> {
  const { value: code, stderr } = await capturedOutput(() => runInit(dir, force));
  return { code, stderr };
}

function project(manifest: object): void {
  dir = mkdtempSync(path.join(os.tmpdir(), "init-test-"));
  writeFileSync(path.join(dir, "package.json"), JSON.stringify(manifest, null, 4) + "\n");
}

const read = (rel: string): string => readFileSync(path.join(dir, rel), "utf8");

it("writes the config and the script, keeping the manifest's other keys and indentation", async () => {
  project({ name: "@acme/server", version: "1.0.0", scripts: { test: "vitest" } });
  expect((await init()).code).toBe(0);
  expect(read("hocon-api-codegen.config.ts")).toContain('name: "server-api-client"');
  expect(read("package.json")).toBe(JSON.stringify({ name: "@acme/server", version: "1.0.0", scripts: { test: "vitest", codegen: "hocon-api-codegen codegen" } }, null, 4) + "\n");
});

it("overwrites neither an existing config nor another codegen script without --force", async () => {
  project({ name: "app", scripts: { codegen: "make codegen" } });
  writeFileSync(path.join(dir, "hocon-api-codegen.config.ts"), "// mine\n");
  const { code, stderr } = await init();
  expect(code).toBe(1);
  expect(stderr).toContain("hocon-api-codegen.config.ts: error: a config file exists already");
  expect(stderr).toContain('package.json: error: a `codegen` script exists already: "make codegen"');
  expect(read("hocon-api-codegen.config.ts")).toBe("// mine\n");
  expect(JSON.parse(read("package.json")).scripts.codegen).toBe("make codegen");

  expect((await init(true)).code).toBe(0);
  expect(read("hocon-api-codegen.config.ts")).toContain("defineConfig");
  expect(JSON.parse(read("package.json")).scripts.codegen).toBe("hocon-api-codegen codegen");
});

it("with --force, still leaves a config file of another name alone", async () => {
  project({ name: "app" });
  writeFileSync(path.join(dir, "hocon-api-codegen.config.json"), "{}");
  const { code, stderr } = await init(true);
  expect(code).toBe(1);
  expect(stderr).toContain("hocon-api-codegen.config.json: error: a config file exists already; init writes hocon-api-codegen.config.ts");
  expect(read("hocon-api-codegen.config.json")).toBe("{}");
});
