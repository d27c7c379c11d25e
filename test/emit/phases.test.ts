import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { MANIFEST_FILE } from "../../generator/emit/manifest.js";
import { CODEGEN_PHASES, runCodegenPhases, type CodegenPhase } from "../../generator/emit/phases.js";
import { CORPUS, corpus, generate, REPO } from "./helpers.js";

const tempDir = () => mkdtempSync(path.join(tmpdir(), "phases-"));

describe("runCodegenPhases", () => {
  it("produces exactly generatePackage's files and times every phase", () => {
    const outDir = tempDir();
    const seen: CodegenPhase[] = [];
    const result = runCodegenPhases(
      { schemas: CORPUS, outDir, packageName: "test-client", includeInternal: true, repoRoot: REPO },
      (phase, fn) => {
        seen.push(phase);
        return fn();
      },
    );
    expect(result.blocking).toEqual([]);
    const expected = generate(corpus(), true).files;
    expect([...result.files.keys()]).toEqual([...expected.keys()]);
    for (const [file, text] of expected) expect(result.files.get(file), file).toBe(text);
    // Every file, then the manifest recording them.
    expect(result.write?.written).toEqual([...expected.keys(), MANIFEST_FILE]);
    expect([...new Set(seen)].sort()).toEqual([...CODEGEN_PHASES].sort());
  });

  it("collects milliseconds per phase by default", () => {
    const result = runCodegenPhases({ schemas: CORPUS, outDir: tempDir(), packageName: "x", repoRoot: REPO });
    expect([...result.timings.keys()].sort()).toEqual([...CODEGEN_PHASES].sort());
    for (const ms of result.timings.values()) expect(ms).toBeGreaterThanOrEqual(0);
  });

  it("stops before generating on a schema the server would not load", () => {
    const schemas = tempDir();
    writeFileSync(path.join(schemas, "broken.conf"), "get_all {\n  \"2.1\" {\n");
    const outDir = tempDir();
    const result = runCodegenPhases({ schemas, outDir, packageName: "x", repoRoot: REPO });
    expect(result.blocking.length).toBeGreaterThan(0);
    expect(result.blocking[0].location.file).toBe(path.join(schemas, "broken.conf"));
    expect(result.files.size).toBe(0);
    expect(result.write).toBeUndefined();
    expect(result.timings.has("write")).toBe(false);
  });
});
