// Codegen generates whatever the server loads: each folder under test/fixtures/tolerated
// has one problem the ClearML server tolerates (lint reports it, with its own severity),
// and codegen must still generate a package from it, reporting a located warning. Every
// package passes tsc (one program over all of them, declarations checked too) and its
// OpenAPI document passes swagger-parser; the output degrades as the README says.
import SwaggerParser from "@apidevtools/swagger-parser";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { formatDiagnostics, type Diagnostic } from "../../hocon/diagnostics.js";
import { generatePackage } from "../../generator/emit/generate.js";
import { runtimeFiles } from "../../generator/emit/runtime-files.js";
import { writeOutput } from "../../generator/emit/writer.js";
import { blocksGeneration, codegenFindings } from "../../generator/schema/blocking.js";
import { loadApi } from "../../generator/schema/index.js";
import { typecheckFolder } from "../support/typecheck.js";
import { codegenCaptured, linkZod, REPO, writeSchemas } from "./helpers.js";

const FIXTURES = path.resolve(process.cwd(), "test/fixtures/tolerated");

/** Fixture, the lint rule it trips, and where codegen's warning points (line, column in svc.conf). */
type Case = readonly [fixture: string, code: string, line: number, column: number];

const CASES: readonly Case[] = [
  ["unknown-type", "schema/unknown-type", 8, 25],
  ["null-in-type-list", "schema/unknown-type", 11, 59],
  ["metadata-beside-request", "schema/unknown-version-key", 9, 9],
  ["allow-roles-in-version", "schema/unknown-version-key", 4, 9],
  ["unknown-required", "schema/unknown-required", 7, 29],
  ["unknown-ref", "schema/unknown-ref", 13, 25],
  ["duplicate-version", "schema/duplicate-version", 8, 5],
  ["bad-pattern", "schema/bad-pattern", 8, 38],
];

interface Generated {
  readonly report: string;
  readonly findings: readonly Diagnostic[];
  readonly files: ReadonlyMap<string, string>;
}

const root = mkdtempSync(path.join(tmpdir(), "tolerated-"));
const generated = new Map<string, Generated>();

beforeAll(() => {
  const runtime = runtimeFiles(REPO);
  for (const [fixture] of CASES) {
    const dir = path.join(FIXTURES, fixture);
    const load = loadApi(dir);
    const result = generatePackage(load.model, { packageName: `tolerated-${fixture}`, includeInternal: true, runtime });
    const findings = [...codegenFindings(load.findings), ...result.diagnostics];
    writeOutput(path.join(root, fixture), result.files);
    generated.set(fixture, { findings, files: result.files, report: formatDiagnostics(findings, load.sources) });
  }
  // One node_modules above every package, so each one's `import "zod"` resolves.
  linkZod(root);
});

describe("codegen generates whatever the server loads", () => {
  it.each(CASES)("%s: a warning (%s) at svc.conf:%i:%i, and a package", (fixture, code, line, column) => {
    const g = generated.get(fixture)!;
    const file = path.join(FIXTURES, fixture, "svc.conf");
    expect(g.findings.filter(blocksGeneration)).toEqual([]);
    expect(g.findings.filter((d) => d.severity === "error")).toEqual([]);
    expect(g.findings).toContainEqual(expect.objectContaining({ code, severity: "warning", location: { file, line, column } }));
    expect(g.report).toContain(`${file}:${line}:${column}: warning: `);
    expect(g.files.has("src/index.d.ts")).toBe(true);
    expect(g.files.has("openapi.json")).toBe(true);
  });

  it("lint keeps its severities: each of these is an error there", () => {
    for (const [fixture, code] of CASES) {
      if (!code.startsWith("schema/")) continue;
      const lint = loadApi(path.join(FIXTURES, fixture)).findings;
      expect(lint.find((d) => d.code === code)?.severity, fixture).toBe("error");
    }
  });

  it("every OpenAPI document passes swagger-parser", async () => {
    for (const [fixture] of CASES) {
      const doc = JSON.parse(generated.get(fixture)!.files.get("openapi.json")!);
      await expect(SwaggerParser.validate(doc), fixture).resolves.toBeDefined();
    }
  });

  it("every package passes tsc, declarations included (one program over all of them)", () => {
    const result = typecheckFolder(root, { include: CASES.map(([fixture]) => `${fixture}/src`) }, undefined, { libCheck: "package" });
    expect(result.output).toBe("");
    expect(result.ok).toBe(true);
  });

  it("degrades honestly: unknown types and targets are unknown / {}, a null in a type list is null, ignored keys are left out", () => {
    const types = (fixture: string): string => generated.get(fixture)!.files.get("src/types/svc.d.ts")!;
    const openapi = (fixture: string): string => generated.get(fixture)!.files.get("openapi.json")!;
    expect(types("unknown-type")).toMatch(/since\?: unknown;/);
    expect(generated.get("unknown-type")!.files.get("src/zod/svc.js")).toContain("since: z.optional(z.unknown())");
    expect(JSON.parse(openapi("unknown-type")).paths["/svc.get"].post.requestBody.content["application/json"].schema.properties.since).toEqual({
      description: "Seconds since the epoch",
    });
    expect(types("null-in-type-list")).toContain("tags?: Record<string, string | null>");
    const tags = JSON.parse(openapi("null-in-type-list")).paths["/svc.get"].post.responses["200"].content["application/json"].schema;
    expect(JSON.stringify(tags)).toContain('"additionalProperties":{"type":["string","null"]}');
    expect(types("metadata-beside-request")).not.toContain("metadata");
    expect(types("allow-roles-in-version")).not.toContain("allow_roles");
    expect(types("unknown-required")).toMatch(/key_id: unknown;/);
    expect(types("unknown-ref")).toMatch(/other\?: unknown/);
    // The first spelling of a duplicated version wins, as the server's stable sort picks it.
    expect(types("duplicate-version")).toMatch(/id\?: string;/);
    expect(types("duplicate-version")).not.toMatch(/name\?: string;/);
    // A pattern JavaScript cannot compile is left unchecked (the server, in Python, checks it).
    expect(generated.get("bad-pattern")!.findings.map((d) => d.code)).toEqual(["schema/bad-pattern"]);
    expect(generated.get("bad-pattern")!.files.get("src/zod/svc.js")).toContain("code: z.optional(z.string())");
  });

  it("the codegen command prints the warning located and exits 0", async () => {
    const schemas = path.join(FIXTURES, "unknown-type");
    const out = path.join(mkdtempSync(path.join(tmpdir(), "tolerated-cli-")), "out");
    const { code, stderr } = await codegenCaptured({ schemas, out, name: "tolerated-cli", force: true });
    expect(code).toBe(0);
    expect(stderr).toContain(`${path.join(schemas, "svc.conf")}:8:25: warning: unknown type \`long\``);
    expect(stderr).not.toContain("error:");
    expect(readFileSync(path.join(out, "src/types/svc.d.ts"), "utf8")).toContain("since?: unknown");
  });

  it("the codegen command reports each tolerated problem once", async () => {
    const schemas = writeSchemas({
      "svc.conf": [
        `_description: "d"`,
        `"a-b" { "2.1" { description: "x", request { type: object }, response { type: object } } }`,
        `get { "2.1" { description: "x", request { type: object, properties { c { type: string, pattern: "([" } } }, response { type: object } } }`,
        ``,
      ].join("\n"),
    });
    const out = path.join(mkdtempSync(path.join(tmpdir(), "tolerated-once-")), "out");
    const { code, stderr } = await codegenCaptured({ schemas, out, name: "tolerated-once", force: true });
    expect(code).toBe(0);
    const warnings = stderr.split("\n").filter((line) => line.includes(": warning: "));
    expect(warnings.filter((line) => line.includes('"(["'))).toHaveLength(1);
    expect(warnings.filter((line) => line.includes("a-b"))).toHaveLength(1);
  });
});
