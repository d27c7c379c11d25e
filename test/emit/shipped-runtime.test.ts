// An installed generator has no runtime sources and no compilers: it uses the compiled
// runtime it ships (dist/runtime/) as it is, whatever key it was built under.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, expect, it } from "vitest";
import { runtimeFiles, writeRuntimeBuild } from "../../generator/emit/runtime-files.js";

let root: string | undefined;
afterEach(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

it("uses dist/runtime as shipped when there are no runtime sources", () => {
  root = mkdtempSync(path.join(os.tmpdir(), "shipped-runtime-"));
  const files = new Map([
    ["index.js", "export {};\n"],
    ["index.d.ts", "export {};\n"],
  ]);
  writeRuntimeBuild(path.join(root, "dist/runtime"), "built-elsewhere", files);
  expect(runtimeFiles(root)).toEqual(files);
});

it("refuses a shipped build whose files are missing", () => {
  root = mkdtempSync(path.join(os.tmpdir(), "shipped-runtime-"));
  writeRuntimeBuild(path.join(root, "dist/runtime"), "k", new Map([["index.js", ""]]));
  rmSync(path.join(root, "dist/runtime/index.js"));
  expect(() => runtimeFiles(root!)).toThrow(/nor a compiled one at .*dist[/\\]runtime: reinstall/);
});
