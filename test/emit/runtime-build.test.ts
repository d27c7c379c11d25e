// The client runtime ships compiled: every source becomes ESM JavaScript that behaves
// like the source and a declaration file emitted file by file (the isolatedDeclarations
// guard: a source that needs inference across files fails the build, located). The
// compiled build is cached in dist/runtime/ and recompiled exactly when a source changes.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { compileRuntime, RuntimeBuildError, runtimeSources } from "../../generator/emit/runtime-build.js";
import { ensureRuntimeBuild, runtimeFiles, RUNTIME_BUILD_DIR } from "../../generator/emit/runtime-files.js";
import { runtimeExportNames } from "../../generator/emit/runtime-names.js";
import * as runtimeSource from "../../templates/runtime/index.js";
import { REPO } from "./helpers.js";

const temp = (name: string): string => mkdtempSync(path.join(tmpdir(), `runtime-build-${name}-`));

function writeTree(dir: string, files: ReadonlyMap<string, string>): void {
  for (const [rel, text] of files) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), text);
  }
}

/** A repository root holding a private copy of the runtime templates (files only, no HOCON link). */
function privateRoot(): string {
  const root = temp("root");
  const from = path.join(REPO, "templates", "runtime");
  mkdirSync(path.join(root, "templates", "runtime"), { recursive: true });
  for (const name of readdirSync(from)) {
    const full = path.join(from, name);
    if (statSync(full).isFile()) cpSync(full, path.join(root, "templates", "runtime", name));
  }
  return root;
}

describe("compiling the client runtime", () => {
  const sources = runtimeSources(REPO);
  const compiled = compileRuntime(sources);

  it("turns every source into .js and .d.ts, tests and the parser's CLI pieces excluded", () => {
    const expected = [...sources.keys()].flatMap((rel) => [rel.replace(/\.ts$/, ".d.ts"), rel.replace(/\.ts$/, ".js")]).sort();
    expect([...compiled.keys()]).toEqual(expected);
    expect([...sources.keys()].filter((rel) => /\.test(-support)?\.ts$/.test(rel))).toEqual([]);
    expect(sources.has("hocon/parser.ts")).toBe(true);
    expect(sources.has("hocon/file.ts") || sources.has("hocon/command.ts")).toBe(false);
    expect(sources.has("diagnostics.ts")).toBe(true);
  });

  it("gives JavaScript with the same exports as the TypeScript source", async () => {
    const dir = temp("js");
    writeTree(dir, compiled);
    writeFileSync(path.join(dir, "package.json"), JSON.stringify({ type: "module" }));
    const built = (await import(pathToFileURL(path.join(dir, "index.js")).href)) as Record<string, unknown>;
    expect(Object.keys(built).sort()).toEqual(Object.keys(runtimeSource).sort());
    // Relative imports keep their .js extension; type-only imports are gone.
    expect(compiled.get("index.js")).toContain('from "./transport.js"');
    expect(compiled.get("index.js")).not.toContain("EndpointInfo");
  });

  it("gives declarations that export every name the source exports, types included", () => {
    const fromSource = runtimeExportNames(sources.get("index.ts")!.text);
    expect(fromSource).toContain("ClientOptions");
    expect(runtimeExportNames(compiled.get("index.d.ts")!)).toEqual(fromSource);
  });

  it("fails with a located error on a source that isolatedDeclarations rejects", () => {
    const dir = temp("bad");
    const file = path.join(dir, "bad.ts");
    const text = 'import { x } from "./x.js";\n\nexport const doubled = x * 2;\n';
    writeFileSync(file, text);
    let error: unknown;
    try {
      compileRuntime(new Map([["bad.ts", { text, file }]]));
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(RuntimeBuildError);
    const { diagnostics, message } = error as RuntimeBuildError;
    expect(diagnostics.map((d) => [d.location.line, d.location.column, d.severity])).toEqual([[3, 14, "error"]]);
    expect(diagnostics[0].location.file).toBe(path.relative(process.cwd(), file));
    expect(message).toContain(`${path.relative(process.cwd(), file)}:3:14: error:`);
    expect(message).toContain("isolatedDeclarations");
  });

  it("fails with a located error on a syntax error", () => {
    const dir = temp("syntax");
    const file = path.join(dir, "broken.ts");
    const text = "export function f(): number {\n  return 1 +;\n}\n";
    writeFileSync(file, text);
    expect(() => compileRuntime(new Map([["broken.ts", { text, file }]]))).toThrow(/broken\.ts:2:\d+: error:/);
  });
});

describe("the dist/runtime cache", () => {
  it("compiles when missing, reuses a matching build and recompiles after a source change", () => {
    const root = privateRoot();
    const first = ensureRuntimeBuild(root);
    expect(first.compiled).toBe(true);
    expect(readFileSync(path.join(root, RUNTIME_BUILD_DIR, "errors.d.ts"), "utf8")).toBe(first.files.get("errors.d.ts"));

    const second = ensureRuntimeBuild(root);
    expect(second.compiled).toBe(false);
    expect(second.files).toEqual(first.files);

    const source = path.join(root, "templates", "runtime", "errors.ts");
    writeFileSync(source, readFileSync(source, "utf8") + "\n/** Added by the cache test. */\nexport const CACHE_TEST = 1;\n");
    const third = ensureRuntimeBuild(root);
    expect(third.compiled).toBe(true);
    expect(third.files.get("errors.d.ts")).toContain("export declare const CACHE_TEST = 1;");
    expect(third.files.get("errors.js")).toContain("CACHE_TEST = 1");
    expect(runtimeFiles(root)).toEqual(third.files);
  });

  it("recompiles when the cached build was damaged", () => {
    const root = privateRoot();
    const built = ensureRuntimeBuild(root).files;
    const dir = path.join(root, RUNTIME_BUILD_DIR);
    writeFileSync(path.join(dir, ".build.json"), "{ not json");
    expect(ensureRuntimeBuild(root).compiled).toBe(true);
    expect(ensureRuntimeBuild(root).compiled).toBe(false);
    // A listed file that vanished: compiled again, never a partial runtime.
    rmSync(path.join(dir, "abort.js"));
    const again = ensureRuntimeBuild(root);
    expect(again.compiled).toBe(true);
    expect(again.files).toEqual(built);
  });

  it("says where the runtime was expected when the templates are missing", () => {
    expect(() => runtimeFiles(temp("empty"))).toThrow(/client runtime not found at .*templates[/\\]runtime/);
  });
});
