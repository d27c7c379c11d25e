// Compiles the hand-written client runtime (TypeScript) into what the generated package
// ships: ESM JavaScript bundled by esbuild into one module per entry point (the runtime's
// index and the client core the generated code calls) plus a shared chunk, and the
// declarations (TypeScript's transpileDeclaration) of the modules those entry points'
// declarations reach. A bundle rather than one .js per source: codegen writes and Node
// loads 3 modules instead of one per source file; the HOCON core (hocon/), used only inside applyVaults, ships
// as code with no declarations of its own. The inputs are the entry points and what they
// import, found by following the imports. Consumers of the package type-check
// declarations only, never the runtime's bodies, which are checked here.
// transpileDeclaration works file by file, so the sources must satisfy
// `isolatedDeclarations` (explicit types on everything exported); a violation is a
// located error. The compilers are loaded on demand, as loading typescript is slow: codegen
// loads them only when dist/runtime/ is missing or stale (see runtime-files.ts).
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import type ts from "typescript";
import { formatDiagnostics, type Diagnostic } from "../../hocon/diagnostics.js";

type Esbuild = typeof import("esbuild");

/** Part of the build key: bump when the output of the same sources and compilers changes. */
const BUILD_FORMAT = 5;
/** The folder of the runtime's own sources, under the repository. */
export const RUNTIME_DIR = "templates/runtime";
/**
 * The modules the generated code imports (generator/emit/client.ts, zod.ts, package.ts): the
 * bundle's entry points, in RUNTIME_DIR. `validation` (imported by the zod entry only) and
 * `vaults` (applyVaults with the HOCON parser) are entries of their own, so their code sits in
 * their own modules: a program's bundler sees them as separate files, included only when used.
 */
export const RUNTIME_ENTRY_POINTS = ["index", "client-core", "validation", "vaults"] as const;
/**
 * The generated package's tsconfig targets ES2022 (package.ts); the runtime matches it.
 * Class fields that only declare a type (assigned in the constructor) are not emitted as
 * fields: browser bundles would carry each name once more for nothing.
 */
const ESBUILD_OPTIONS = {
  loader: "ts",
  format: "esm",
  target: "es2022",
  tsconfigRaw: { compilerOptions: { verbatimModuleSyntax: true, useDefineForClassFields: false } },
} as const;

/** One runtime source: its text and the file it was read from (for diagnostics). */
export interface RuntimeSource {
  readonly text: string;
  readonly file: string;
}

/** Thrown when the runtime does not compile; the message holds every located diagnostic. */
export class RuntimeBuildError extends Error {
  readonly diagnostics: readonly Diagnostic[];

  constructor(diagnostics: readonly Diagnostic[], sources: ReadonlyMap<string, string>) {
    const text = formatDiagnostics(diagnostics, sources).trimEnd();
    super(`the client runtime does not compile:\n${text}`);
    this.name = "RuntimeBuildError";
    this.diagnostics = diagnostics;
  }
}

/** Relative module specifiers in imports, re-exports and dynamic imports (type-only ones too: declarations need them). */
const RELATIVE_IMPORT = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)["'](\.{1,2}\/[^"']+)\.js["']/g;

/**
 * The runtime's TypeScript sources keyed by path under the repository (forward slashes),
 * sorted: the entry points and every module they reach through relative imports, the
 * HOCON core (hocon/) among them. Following imports, not listing folders, keeps the
 * build's inputs, and so its cache key, to what ships: tests and Node-only modules are
 * never reached. An import of a module that does not exist is left to the bundler, which
 * reports it located.
 */
export function runtimeSources(repoRoot: string): Map<string, RuntimeSource> {
  const templates = path.join(repoRoot, ...RUNTIME_DIR.split("/"));
  if (!existsSync(templates)) throw new Error(`client runtime not found at ${templates}`);
  const out = new Map<string, RuntimeSource>();
  const pending = RUNTIME_ENTRY_POINTS.map((e) => `${RUNTIME_DIR}/${e}.ts`);
  const visited = new Set<string>();
  while (pending.length > 0) {
    const rel = pending.pop()!;
    if (visited.has(rel)) continue;
    visited.add(rel);
    const file = path.join(repoRoot, ...rel.split("/"));
    if (!existsSync(file)) continue;
    const text = readFileSync(file, "utf8");
    out.set(rel, { text, file });
    const dir = path.posix.dirname(rel);
    for (const m of text.matchAll(RELATIVE_IMPORT)) {
      const target = path.posix.join(dir, `${m[1]}.ts`);
      if (target.startsWith("../")) throw new Error(`${path.relative(process.cwd(), file)}: the client runtime imports ${m[1]}.js, outside the repository`);
      if (!visited.has(target)) pending.push(target);
    }
  }
  return new Map([...out.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

const requireHere = createRequire(import.meta.url);

function packageVersion(name: string): string {
  try {
    return (JSON.parse(readFileSync(requireHere.resolve(`${name}/package.json`), "utf8")) as { version: string }).version;
  } catch {
    return "missing";
  }
}

/** Identifies a build: equal keys mean equal compiled output (same sources, compilers and options). */
export function runtimeBuildKey(sources: ReadonlyMap<string, RuntimeSource>): string {
  const hash = createHash("sha256");
  const add = (part: string): void => {
    const bytes = Buffer.from(part, "utf8");
    hash.update(`${bytes.length}:`).update(bytes); // length-prefixed: no two part lists hash alike
  };
  add(`runtime-build ${BUILD_FORMAT}`);
  add(JSON.stringify(ESBUILD_OPTIONS));
  add(`typescript ${packageVersion("typescript")}`);
  add(`esbuild ${packageVersion("esbuild")}`);
  for (const [rel, source] of sources) {
    add(rel);
    add(source.text);
  }
  return hash.digest("hex");
}

function loadCompilers(): { ts: typeof ts; esbuild: Esbuild } {
  try {
    return { ts: requireHere("typescript") as typeof ts, esbuild: requireHere("esbuild") as Esbuild };
  } catch (err) {
    throw new Error(
      `cannot compile the client runtime: ${err instanceof Error ? err.message : String(err)}\n` +
        "run `npm run build` in the generator's repository (with its dev dependencies installed)",
    );
  }
}

/** Where a diagnostic's file is shown: the real file (not the link), relative to the working directory. */
function shownPath(file: string): string {
  const real = realpathSync(file);
  return path.relative(process.cwd(), real) || real;
}

/**
 * Compiles the sources (keyed by path under the repository) into the bundle's `.js` files
 * and the declarations its entry points reach, keyed by path under src/runtime/, sorted.
 */
export function compileRuntime(sources: ReadonlyMap<string, RuntimeSource>): Map<string, string> {
  const { ts, esbuild } = loadCompilers();
  const js = new Map<string, string>();
  const dts = new Map<string, string>();
  const diagnostics: Diagnostic[] = [];
  const shownSources = new Map<string, string>();
  for (const [rel, source] of sources) {
    const shown = shownPath(source.file);
    shownSources.set(shown, source.text);
    const stem = rel.slice(0, -".ts".length);
    const declaration = ts.transpileDeclaration(source.text, {
      fileName: source.file,
      reportDiagnostics: true,
      compilerOptions: {
        isolatedDeclarations: true,
        declaration: true,
        strict: true,
        module: ts.ModuleKind.NodeNext,
        moduleResolution: ts.ModuleResolutionKind.NodeNext,
        target: ts.ScriptTarget.ES2022,
      },
    });
    for (const d of declaration.diagnostics ?? []) diagnostics.push(typescriptDiagnostic(ts, d, shown));
    dts.set(`${stem}.d.ts`, declaration.outputText);
    try {
      const out = esbuild.transformSync(source.text, { ...ESBUILD_OPTIONS, sourcefile: shown });
      for (const w of out.warnings) diagnostics.push(esbuildDiagnostic(w, shown, "warning"));
      js.set(`${stem}.js`, out.code);
    } catch (err) {
      const errors = (err as { errors?: import("esbuild").Message[] }).errors;
      if (!errors) throw err;
      for (const e of errors) diagnostics.push(esbuildDiagnostic(e, shown, "error"));
    }
  }
  // Warnings fail the build too: nothing questionable is shipped silently.
  if (diagnostics.length > 0) throw new RuntimeBuildError(diagnostics, shownSources);
  const out = new Map<string, string>([...bundle(esbuild, js, sources), ...reachableDeclarations(dts)]);
  return new Map([...out.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/**
 * Links the compiled modules into one module per entry point plus shared chunks (named by
 * content hash, so the output is deterministic), unused code dropped. The modules are
 * bundled from a scratch folder, so what is linked is exactly what was compiled above. No
 * platform is assumed: an import of a Node built-in fails the build (the runtime must run
 * in browsers too).
 */
function bundle(esbuild: Esbuild, js: ReadonlyMap<string, string>, sources: ReadonlyMap<string, RuntimeSource>): Map<string, string> {
  const missing = RUNTIME_ENTRY_POINTS.filter((e) => !js.has(`${RUNTIME_DIR}/${e}.js`));
  if (missing.length > 0) throw new Error(`the client runtime has no ${missing.map((e) => `${e}.ts`).join(", ")}: the generated code imports it`);
  const scratch = mkdtempSync(path.join(os.tmpdir(), "runtime-bundle-"));
  const input = path.join(scratch, "in");
  try {
    for (const [rel, text] of js) {
      const file = path.join(input, rel);
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, text);
    }
    let result: import("esbuild").BuildResult & { outputFiles: import("esbuild").OutputFile[] };
    try {
      result = esbuild.buildSync({
        entryPoints: RUNTIME_ENTRY_POINTS.map((e) => ({ in: `./${RUNTIME_DIR}/${e}.js`, out: e })),
        // Paths in the bundle's module comments and in errors are relative to this: no scratch name.
        absWorkingDir: input,
        outdir: path.join(scratch, "out"),
        bundle: true,
        splitting: true,
        format: "esm",
        platform: "neutral",
        target: "es2022",
        chunkNames: "chunk-[hash]",
        write: false,
        logLevel: "silent",
        legalComments: "none",
      });
    } catch (err) {
      const errors = (err as { errors?: import("esbuild").Message[] }).errors;
      if (!errors) throw err;
      throw bundleError(errors, input, sources);
    }
    const out = new Map<string, string>();
    for (const f of result.outputFiles) out.set(path.relative(path.join(scratch, "out"), f.path).split(path.sep).join("/"), f.text);
    return out;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/**
 * Linking errors (an import that resolves to nothing, a Node built-in) located in the
 * TypeScript source: the compiled file's position is mapped back by finding the same
 * import text in the source.
 */
function bundleError(errors: readonly import("esbuild").Message[], input: string, sources: ReadonlyMap<string, RuntimeSource>): RuntimeBuildError {
  const shownSources = new Map<string, string>();
  const diagnostics = errors.map((m): Diagnostic => {
    const rel = m.location ? path.relative(input, path.resolve(input, m.location.file)).split(path.sep).join("/") : "";
    const source = sources.get(rel.replace(/\.js$/, ".ts"));
    if (!source || !m.location) return { severity: "error", code: "runtime/esbuild", message: m.text, location: { file: rel || "runtime", line: 1, column: 1 } };
    const shown = shownPath(source.file);
    shownSources.set(shown, source.text);
    const snippet = m.location.lineText.slice(m.location.column, m.location.column + m.location.length);
    const at = snippet ? source.text.indexOf(snippet) : -1;
    const before = at < 0 ? "" : source.text.slice(0, at);
    const line = at < 0 ? 1 : before.split("\n").length;
    const column = at < 0 ? 1 : at - before.lastIndexOf("\n");
    return { severity: "error", code: "runtime/esbuild", message: m.text, location: { file: shown, line, column } };
  });
  return new RuntimeBuildError(diagnostics, shownSources);
}

/**
 * The declarations the entry points' declarations reach through relative imports and
 * re-exports, keyed by path under the runtime's folder (as the package ships them). One
 * outside that folder (a type of the HOCON core in a runtime signature) fails the build:
 * the package would not hold it.
 */
function reachableDeclarations(dts: ReadonlyMap<string, string>): Map<string, string> {
  const out = new Map<string, string>();
  const pending: string[] = RUNTIME_ENTRY_POINTS.map((e) => `${RUNTIME_DIR}/${e}.d.ts`);
  while (pending.length > 0) {
    const rel = pending.pop()!;
    const text = dts.get(rel);
    if (text === undefined) continue;
    if (!rel.startsWith(`${RUNTIME_DIR}/`)) throw new Error(`the client runtime's declarations reach ${rel}, outside ${RUNTIME_DIR}: keep its types out of the runtime's exported signatures`);
    const shipped = rel.slice(RUNTIME_DIR.length + 1);
    if (out.has(shipped)) continue;
    out.set(shipped, text);
    for (const m of text.matchAll(/(?:from\s+|import\()"(\.{1,2}\/[^"]+)\.js"/g)) {
      pending.push(path.posix.normalize(path.posix.join(path.posix.dirname(rel), `${m[1]}.d.ts`)));
    }
  }
  return out;
}

function typescriptDiagnostic(tsApi: typeof ts, d: ts.Diagnostic, shown: string): Diagnostic {
  const pos = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start) : { line: 0, character: 0 };
  const isolated = d.code >= 9007 && d.code <= 9039;
  return {
    severity: "error",
    code: `runtime/ts${d.code}`,
    message: tsApi.flattenDiagnosticMessageText(d.messageText, "\n"),
    location: { file: shown, line: pos.line + 1, column: pos.character + 1 },
    hint: isolated ? "declarations are emitted file by file: annotate the exported type explicitly" : undefined,
  };
}

function esbuildDiagnostic(m: import("esbuild").Message, shown: string, severity: "error" | "warning"): Diagnostic {
  return {
    severity,
    code: "runtime/esbuild",
    message: m.text,
    // esbuild's columns are 0-based.
    location: { file: shown, line: m.location?.line ?? 1, column: (m.location?.column ?? 0) + 1 },
  };
}
