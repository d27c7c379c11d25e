// Compiles the hand-written client runtime (TypeScript) into what the generated package
// ships: ESM JavaScript (esbuild's transform, one file at a time, relative `.js` imports
// kept) plus declarations (TypeScript's transpileDeclaration). Consumers of the package
// then type-check declarations only, never the runtime's bodies, which are checked here.
// transpileDeclaration works file by file, so the sources must satisfy
// `isolatedDeclarations` (explicit types on everything exported); a violation is a
// located error. The compilers are loaded on demand: typescript alone costs ~0.3 s, so
// codegen loads them only when dist/runtime/ is missing or stale (see runtime-files.ts).
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, realpathSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import type ts from "typescript";
import { formatDiagnostic, type Diagnostic } from "../diagnostics.js";

type Esbuild = typeof import("esbuild");

/** Parser pieces that read files or register CLI commands: the runtime gets text, not paths. */
const SKIP_IN_HOCON = new Set(["file.ts", "command.ts"]);

/** Part of the build key: bump when the output of the same sources and compilers changes. */
const BUILD_FORMAT = 1;
/** The generated package's tsconfig targets ES2022 (package.ts); the runtime matches it. */
const ESBUILD_OPTIONS = {
  loader: "ts",
  format: "esm",
  target: "es2022",
  tsconfigRaw: { compilerOptions: { verbatimModuleSyntax: true, useDefineForClassFields: true } },
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
    const text = diagnostics.map((d) => formatDiagnostic(d, sources.get(d.location.file))).join("\n");
    super(`the client runtime does not compile:\n${text}`);
    this.name = "RuntimeBuildError";
    this.diagnostics = diagnostics;
  }
}

function isTestFile(name: string): boolean {
  return name.endsWith(".test.ts") || name.endsWith(".test-support.ts");
}

/**
 * The runtime's TypeScript sources keyed by path under src/runtime/ (forward slashes),
 * sorted: templates/runtime/** with its symlinks followed (the `hocon` link to
 * generator/hocon without file.ts and command.ts), tests excluded, plus
 * generator/diagnostics.ts, which the parser imports.
 */
export function runtimeSources(repoRoot: string): Map<string, RuntimeSource> {
  const out = new Map<string, RuntimeSource>();
  const templates = path.join(repoRoot, "templates", "runtime");
  if (!existsSync(templates)) throw new Error(`client runtime not found at ${templates}`);
  const walk = (dir: string, rel: string, inHocon: boolean): void => {
    for (const name of readdirSync(dir).sort()) {
      const full = path.join(dir, name);
      const st = statSync(full); // follows the links
      const relPath = rel ? `${rel}/${name}` : name;
      if (st.isDirectory()) {
        walk(full, relPath, inHocon || (rel === "" && name === "hocon"));
      } else if (name.endsWith(".ts") && !isTestFile(name) && !(inHocon && SKIP_IN_HOCON.has(name))) {
        out.set(relPath, { text: readFileSync(full, "utf8"), file: full });
      }
    }
  };
  walk(templates, "", false);
  if ([...out.keys()].some((k) => k.startsWith("hocon/")) && !out.has("diagnostics.ts")) {
    const file = path.join(repoRoot, "generator", "diagnostics.ts");
    out.set("diagnostics.ts", { text: readFileSync(file, "utf8"), file });
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

/** Compiles every source into `x.js` and `x.d.ts` (keyed by path under src/runtime/, sorted). */
export function compileRuntime(sources: ReadonlyMap<string, RuntimeSource>): Map<string, string> {
  const { ts, esbuild } = loadCompilers();
  const out = new Map<string, string>();
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
    out.set(`${stem}.d.ts`, declaration.outputText);
    try {
      const js = esbuild.transformSync(source.text, { ...ESBUILD_OPTIONS, sourcefile: shown });
      for (const w of js.warnings) diagnostics.push(esbuildDiagnostic(w, shown, "warning"));
      out.set(`${stem}.js`, js.code);
    } catch (err) {
      const errors = (err as { errors?: import("esbuild").Message[] }).errors;
      if (!errors) throw err;
      for (const e of errors) diagnostics.push(esbuildDiagnostic(e, shown, "error"));
    }
  }
  // Warnings fail the build too: nothing questionable is shipped silently.
  if (diagnostics.length > 0) throw new RuntimeBuildError(diagnostics, shownSources);
  return new Map([...out.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
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
