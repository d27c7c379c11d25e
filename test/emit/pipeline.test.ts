import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { MANIFEST_FILE } from "../../generator/emit/manifest.js";
import { CODEGEN_PHASES, codegen, type CodegenPhase } from "../../generator/emit/pipeline.js";
import { CORPUS } from "./helpers.js";

const tempDir = () => mkdtempSync(path.join(tmpdir(), "pipeline-"));
const options = (schemas: string, out: string) => ({ schemas, out, name: "test-client", includeInternal: true });

describe("codegen pipeline", () => {
  it("reports every phase once, in order, and generates the same files observed or not", () => {
    const seen: [CodegenPhase, number][] = [];
    const observed = codegen(options(CORPUS, tempDir()), { observe: (phase, ms) => seen.push([phase, ms]) });
    const plain = codegen(options(CORPUS, tempDir()));
    expect(seen.map(([phase]) => phase)).toEqual([...CODEGEN_PHASES]);
    for (const [, ms] of seen) expect(ms).toBeGreaterThanOrEqual(0);
    expect(observed.stopped).toBeUndefined();
    expect(plain.stopped).toBeUndefined();
    expect(observed.files.size).toBeGreaterThan(0);
    expect([...observed.files.keys()]).toEqual([...plain.files.keys()]);
    for (const [file, text] of plain.files) expect(observed.files.get(file), file).toBe(text);
    // Every file, then the manifest recording them.
    expect(observed.write?.written).toEqual([...plain.files.keys(), MANIFEST_FILE]);
    expect(plain.write?.written).toEqual(observed.write?.written);
  });

  it("stops before generating on a schema the server would not load", () => {
    const schemas = tempDir();
    writeFileSync(path.join(schemas, "broken.conf"), 'get_all {\n  "2.1" {\n');
    const out = path.join(tempDir(), "out");
    const seen: CodegenPhase[] = [];
    const result = codegen(options(schemas, out), { observe: (phase) => seen.push(phase) });
    expect(result.stopped).toEqual({ reason: "schemas", errors: 1 });
    expect(result.findings[0].location.file).toBe(path.join(schemas, "broken.conf"));
    expect(result.files.size).toBe(0);
    expect(result.write).toBeUndefined();
    expect(seen).toEqual(["parse", "model", "lint"]);
    expect(existsSync(out)).toBe(false);
  });

  it("writes nothing in check mode and lists what is missing", () => {
    const schemas = tempDir();
    writeFileSync(path.join(schemas, "tasks.conf"), 'ping {\n  "2.1" {\n    request { type: object }\n    response { type: object }\n  }\n}\n');
    const out = path.join(tempDir(), "out");
    const result = codegen({ ...options(schemas, out), check: true });
    expect(result.stopped).toBeUndefined();
    expect(result.write?.written).toEqual([]);
    expect(result.write?.differences.map((d) => d.status)).toEqual([...result.files.keys(), MANIFEST_FILE].map(() => "missing"));
    expect(existsSync(out)).toBe(false);
  });
});
