// The programmatic API: generate() checks its options as a config file's job, writes only
// when asked; the pipeline itself refuses a package name npm would refuse (watch and any
// caller of codegen() get the same check as the CLI).
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, expect, it } from "vitest";
import { ConfigError, codegen, generate, lint } from "../../generator/api.js";
import { REPO } from "../emit/helpers.js";

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));
const temp = (): string => (dir = mkdtempSync(path.join(os.tmpdir(), "api-test-")));

const schemas = path.join(REPO, "schemas");

it("generate() returns the package and writes nothing unless asked", () => {
  const out = path.join(temp(), "pkg");
  const result = generate({ schemas, out, name: "api-test" });
  expect(result.stopped).toBeUndefined();
  expect(result.files.get("package.json")).toContain('"name": "api-test"');
  expect(existsSync(out)).toBe(false);
  const written = generate({ schemas, out, name: "api-test", write: true });
  expect(written.write?.written.length).toBe(result.files.size + 1); // and the manifest
  expect(generate({ schemas, out, name: "api-test", check: true }).write?.differences).toEqual([]);
});

it.each([
  [{ name: "Bad Name" }, 'key "name": "Bad Name" is not an npm package name'],
  [{ outdir: "x" }, 'unknown key "outdir"'],
  [{ includeInternal: 1 }, 'key "includeInternal": expected boolean, got number 1'],
])("generate(%j) is a ConfigError naming the key", (extra, message) => {
  const out = path.join(temp(), "pkg");
  expect(() => generate({ schemas, out, name: "ok", ...(extra as object) } as Parameters<typeof generate>[0])).toThrow(ConfigError);
  expect(() => generate({ schemas, out, name: "ok", ...(extra as object) } as Parameters<typeof generate>[0])).toThrow(message);
  expect(existsSync(out)).toBe(false);
});

it("codegen() stops on a package name npm would refuse, before writing", () => {
  const out = path.join(temp(), "pkg");
  const run = codegen({ schemas, out, name: "x`y" });
  expect(run.stopped).toEqual({ reason: "option", message: 'name "x`y" is not an npm package name (lowercase letters, digits, -._~, optionally @scope/)' });
  expect(existsSync(out)).toBe(false);
});

it("lint() counts the findings of a folder", () => {
  temp();
  const result = lint(schemas);
  expect(result.errors).toBe(result.findings.filter((d) => d.severity === "error").length);
  expect(result.errors).toBe(0);
});
