// The client runtime ships compiled: an ESM bundle per entry point that behaves like the
// source, and declaration files emitted file by file (the isolatedDeclarations guard: a
// source that needs inference across files fails the build, located) for the modules the
// entry points' declarations reach. The compiled build is cached in dist/runtime/ and
// recompiled exactly when a source changes.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { compileRuntime, RUNTIME_ENTRY_POINTS, RuntimeBuildError, runtimeSources } from "../../generator/emit/runtime-build.js";
import { ensureRuntimeBuild, runtimeFiles, RUNTIME_BUILD_DIR } from "../../generator/emit/runtime-files.js";
import { runtimeExportNames } from "../../generator/emit/runtime-names.js";
import * as runtimeSource from "../../templates/runtime/index.js";
import { privateRuntimeRoot, REPO } from "./helpers.js";

const temp = (name: string): string => mkdtempSync(path.join(tmpdir(), `runtime-build-${name}-`));

function writeTree(dir: string, files: ReadonlyMap<string, string>): void {
  for (const [rel, text] of files) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), text);
  }
}

/** Every relative module a JavaScript file imports or re-exports. */
function relativeImports(js: string): string[] {
  return [...js.matchAll(/from\s*"(\.[^"]+)"/g)].map((m) => m[1]);
}

describe("compiling the client runtime", () => {
  const sources = runtimeSources(REPO);
  const compiled = compileRuntime(sources);

  it("bundles the entry points into self-contained modules, with the declarations they reach", () => {
    const js = [...compiled.keys()].filter((rel) => rel.endsWith(".js"));
    // One module per entry point plus shared chunks, each importing only the bundle's own files.
    expect(js.filter((rel) => !rel.startsWith("chunk-"))).toEqual(RUNTIME_ENTRY_POINTS.map((e) => `${e}.js`).sort());
    for (const rel of js) {
      for (const spec of relativeImports(compiled.get(rel)!)) expect(compiled.has(path.posix.join(path.posix.dirname(rel), spec))).toBe(true);
      expect(compiled.get(rel)).not.toMatch(/from\s*"(?!\.)/); // no package or node: imports
    }
    // Declarations: the entry points and everything they reference, and nothing else.
    const dts = [...compiled.keys()].filter((rel) => rel.endsWith(".d.ts"));
    for (const e of RUNTIME_ENTRY_POINTS) expect(dts).toContain(`${e}.d.ts`);
    for (const rel of dts) {
      for (const m of compiled.get(rel)!.matchAll(/from\s+"(\.[^"]+)\.js"/g)) {
        expect(compiled.has(path.posix.join(path.posix.dirname(rel), `${m[1]}.d.ts`))).toBe(true);
      }
      expect(sources.has(`templates/runtime/${rel.replace(/\.d\.ts$/, ".ts")}`)).toBe(true);
    }
    // The parser is code inside applyVaults, not part of any declared API.
    expect(dts.some((rel) => rel.startsWith("hocon/"))).toBe(false);
    // ... and sits apart from the client's code: only applyVaults' module reaches it.
    const withParser = [...compiled].filter(([rel, text]) => rel.endsWith(".js") && text.includes("hocon/unterminated-string")).map(([rel]) => rel);
    expect(withParser).toHaveLength(1);
    // index.js re-exports applyVaults: a bundler drops the parser when it is not called (sideEffects: false; test/package/bundle-size.test.ts).
    for (const e of ["client-core", "validation"]) expect(reaches(compiled, `${e}.js`)).not.toContain(withParser[0]);
    expect(reaches(compiled, "vaults.js")).toContain(withParser[0]);
    expect([...compiled.values()].some((text) => /runtime-bundle-/.test(text))).toBe(false); // no scratch paths
    // The inputs are what the entry points import: the core's modules, never tests or the generator's own.
    expect([...sources.keys()].filter((rel) => /\.test(-support)?\.ts$/.test(rel))).toEqual([]);
    expect(sources.has("hocon/parser.ts")).toBe(true);
    expect(sources.has("hocon/diagnostics.ts")).toBe(true);
    expect([...sources.keys()].filter((rel) => !rel.startsWith("templates/runtime/") && !rel.startsWith("hocon/"))).toEqual([]);
  });

  it("gives JavaScript with the same exports as the TypeScript source", async () => {
    const dir = temp("js");
    writeTree(dir, compiled);
    writeFileSync(path.join(dir, "package.json"), JSON.stringify({ type: "module" }));
    const built = (await import(pathToFileURL(path.join(dir, "index.js")).href)) as Record<string, unknown>;
    expect(Object.keys(built).sort()).toEqual(Object.keys(runtimeSource).sort());
    // Type-only imports are gone.
    expect(compiled.get("index.js")).not.toContain("EndpointInfo");
  });

  it("gives declarations that export every name the source exports, types included", () => {
    const fromSource = runtimeExportNames(sources.get("templates/runtime/index.ts")!.text);
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

  it("fails with a located error, in the TypeScript source, on an import that resolves to nothing", () => {
    const root = privateRuntimeRoot();
    const file = path.join(root, "templates", "runtime", "jwt.ts");
    writeFileSync(file, 'import { gone } from "./no-such-module.js";\n' + readFileSync(file, "utf8") + "\nexport const useGone: unknown = gone;\n");
    let error: unknown;
    try {
      compileRuntime(runtimeSources(root));
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(RuntimeBuildError);
    const [d] = (error as RuntimeBuildError).diagnostics;
    expect(d.location).toEqual({ file: path.relative(process.cwd(), file), line: 1, column: 22 });
    expect(d.message).toMatch(/Could not resolve "\.\/no-such-module\.js"/);
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
    const root = privateRuntimeRoot();
    const first = ensureRuntimeBuild(root);
    expect(first.compiled).toBe(true);
    expect(readFileSync(path.join(root, RUNTIME_BUILD_DIR, "errors.d.ts"), "utf8")).toBe(first.files.get("errors.d.ts"));
    expect(readFileSync(path.join(root, RUNTIME_BUILD_DIR, "index.js"), "utf8")).toBe(first.files.get("index.js"));

    const second = ensureRuntimeBuild(root);
    expect(second.compiled).toBe(false);
    expect(second.files).toEqual(first.files);

    const source = path.join(root, "templates", "runtime", "errors.ts");
    writeFileSync(source, readFileSync(source, "utf8") + "\n/** Added by the cache test. */\nexport const CACHE_TEST = 1;\n");
    const index = path.join(root, "templates", "runtime", "index.ts");
    writeFileSync(index, readFileSync(index, "utf8") + 'export { CACHE_TEST } from "./errors.js";\n');
    const third = ensureRuntimeBuild(root);
    expect(third.compiled).toBe(true);
    expect(third.files.get("errors.d.ts")).toContain("export declare const CACHE_TEST = 1;");
    expect([...third.files].some(([rel, text]) => rel.endsWith(".js") && text.includes("CACHE_TEST = 1"))).toBe(true);
    expect(runtimeFiles(root)).toEqual(third.files);
  });

  it("recompiles after a change to the HOCON core, which the runtime imports from outside its folder", () => {
    const root = privateRuntimeRoot({ built: true });
    const first = ensureRuntimeBuild(root);
    expect(first.compiled).toBe(false);
    const lexer = path.join(root, "hocon", "lexer.ts");
    writeFileSync(lexer, readFileSync(lexer, "utf8").replace('"unterminated string",', '"unterminated string (edited)",'));
    const second = ensureRuntimeBuild(root);
    expect(second.compiled).toBe(true);
    expect([...second.files.values()].some((text) => text.includes("unterminated string (edited)"))).toBe(true);
    expect(second.files).not.toEqual(first.files);
  });

  it("fails, naming the file, when a runtime declaration reaches into the HOCON core", () => {
    const root = privateRuntimeRoot();
    const index = path.join(root, "templates", "runtime", "index.ts");
    writeFileSync(index, readFileSync(index, "utf8") + 'export type { JsonValue } from "../../hocon/types.js";\n');
    expect(() => compileRuntime(runtimeSources(root))).toThrow(/declarations reach hocon\/types\.d\.ts, outside templates\/runtime/);
  });

  it("recompiles when the cached build was damaged", () => {
    const root = privateRuntimeRoot({ built: true });
    const { files: built, compiled } = ensureRuntimeBuild(root);
    expect(compiled).toBe(false);
    const dir = path.join(root, RUNTIME_BUILD_DIR);
    writeFileSync(path.join(dir, ".build.json"), "{ not json");
    expect(ensureRuntimeBuild(root).compiled).toBe(true);
    expect(ensureRuntimeBuild(root).compiled).toBe(false);
    // A listed file that vanished: compiled again, never a partial runtime.
    rmSync(path.join(dir, "client-core.js"));
    const again = ensureRuntimeBuild(root);
    expect(again.compiled).toBe(true);
    expect(again.files).toEqual(built);
  });

  it("holds, under the current key, what compiling the sources gives now (else BUILD_FORMAT needs a bump)", () => {
    // The key covers the sources and the compilers, not the build code itself: a change to
    // runtime-build.ts that changes its output must bump BUILD_FORMAT, or codegen keeps
    // serving the old output from dist/runtime/.
    const cached = ensureRuntimeBuild(REPO);
    expect(cached.files).toEqual(compileRuntime(runtimeSources(REPO)));
  });

  it("says where the runtime was expected when the templates are missing", () => {
    expect(() => runtimeFiles(temp("empty"))).toThrow(/client runtime not found at .*templates[/\\]runtime/);
  });
});

/** The compiled .js modules `entry` loads (itself included), following its static imports. */
function reaches(compiled: ReadonlyMap<string, string>, entry: string): string[] {
  const seen = new Set<string>();
  const pending = [entry];
  while (pending.length > 0) {
    const rel = pending.pop()!;
    if (seen.has(rel)) continue;
    seen.add(rel);
    for (const m of (compiled.get(rel) ?? "").matchAll(/(?:from|import)\s*"\.\/([^"]+)"/g)) pending.push(m[1]);
  }
  return [...seen];
}
