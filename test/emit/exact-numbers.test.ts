// Integers beyond 2^53 reach the OpenAPI documents with all their digits, and property
// names that look like numbers keep their schema order; the TS and zod code still parses.
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ts from "typescript";
import { parse as parseYaml } from "yaml";
import { beforeAll, describe, expect, it } from "vitest";
import { loadApi } from "../../generator/schema/index.js";
import { codegenCaptured, writeSchemas } from "./helpers.js";

const TASKS = `_description: "Tasks"
get_all {
  "2.1" {
    description: "Lists tasks"
    request {
      type: object
      properties {
        "2" { type: integer, minimum: -9223372036854775808, maximum: 9223372036854775807, default: 9223372036854775807 }
        "1" { type: string }
        big { type: integer, enum: [9223372036854775807, 1] }
        obj { type: object, default { "10": 1, a: 18446744073709551615 } }
      }
    }
    response { type: object }
  }
}
`;

async function generate(): Promise<string> {
  const schemas = writeSchemas({ "tasks.conf": TASKS });
  const out = mkdtempSync(path.join(tmpdir(), "exact-out-"));
  const { code } = await codegenCaptured({ schemas, out, name: "x" }, { cacheDir: mkdtempSync(path.join(tmpdir(), "exact-cache-")) });
  expect(code).toBe(0);
  return out;
}

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => path.join(d.parentPath, d.name));
}

describe("exact numbers and numeric keys in generated output", () => {
  let out: string;
  beforeAll(async () => {
    out = await generate();
  });

  it("lint takes big integers as the integers they are (type, enum and default checks)", () => {
    const bad = TASKS.replace("enum: [9223372036854775807, 1]", "enum: [9223372036854775807, 1], default: 9223372036854775806");
    const schemas = writeSchemas({ "tasks.conf": TASKS });
    expect(loadApi(schemas).findings.map((d) => d.message)).toEqual([]);
    writeFileSync(path.join(schemas, "tasks.conf"), bad);
    expect(loadApi(schemas).findings.map((d) => d.message)).toEqual(["default a number (9223372036854775806) is not one of the enum values"]);
  });

  it("OpenAPI JSON: big integers exact, numeric property names in schema order", () => {
    const json = readFileSync(path.join(out, "openapi.json"), "utf8");
    expect(json).toContain('"minimum": -9223372036854775808,');
    expect(json).toContain('"maximum": 9223372036854775807,');
    expect(json).toContain('"default": 9223372036854775807');
    expect(json).toMatch(/"enum": \[\s+9223372036854775807,\s+1\s+\]/);
    expect(json).toMatch(/"default": \{\s+"10": 1,\s+"a": 18446744073709551615\s+\}/);
    expect(json).not.toMatch(/9223372036854776000|18446744073709552000/);
    expect(json.indexOf('"2": {')).toBeLessThan(json.indexOf('"1": {'));
    expect(json.indexOf('"1": {')).toBeLessThan(json.indexOf('"big": {'));
    // Still JSON (a reader without big integers rounds them, as it must).
    expect(() => JSON.parse(json)).not.toThrow();
  });

  it("OpenAPI YAML: the same", () => {
    const yaml = readFileSync(path.join(out, "openapi.yaml"), "utf8");
    expect(yaml).toContain("minimum: -9223372036854775808\n");
    expect(yaml).toContain("maximum: 9223372036854775807\n");
    expect(yaml).toMatch(/enum:\n\s+- 9223372036854775807\n\s+- 1\n/);
    expect(yaml).toMatch(/"10": 1\n\s+a: 18446744073709551615\n/);
    expect(yaml.indexOf('"2":')).toBeLessThan(yaml.indexOf('"1":'));
    const doc = parseYaml(yaml, { intAsBigInt: true }) as { paths: Record<string, { post: { requestBody: { content: Record<string, { schema: { properties: Record<string, { maximum?: unknown }> } }> } } }> };
    const props = doc.paths["/tasks.get_all"].post.requestBody.content["application/json"].schema.properties;
    expect(props["2"].maximum).toBe(9223372036854775807n);
  });

  it("types and zod validators hold the digits and still parse", () => {
    const code = files(path.join(out, "src")).filter((f) => /\.(d\.ts|js)$/.test(f) && !f.includes(`${path.sep}runtime${path.sep}`));
    const all = code.map((f) => readFileSync(f, "utf8")).join("\n");
    expect(all).toContain("9223372036854775807 | 1");
    expect(all).toContain("z.lte(9223372036854775807)");
    for (const f of code) {
      // A declaration file transpiles as the module it declares (syntax errors are what count here).
      const fileName = f.replace(/\.d\.ts$/, ".ts");
      const { diagnostics } = ts.transpileModule(readFileSync(f, "utf8"), { fileName, reportDiagnostics: true, compilerOptions: { module: ts.ModuleKind.ESNext } });
      expect(diagnostics ?? [], f).toEqual([]);
    }
  });
});
