// Generates the client package in-process, exactly as `codegen` does (internal endpoints
// included), into a fresh temp folder whose node_modules links to this repository's, so
// the generated modules can import zod and be imported by the tests.
import { mkdtempSync, readdirSync, rmSync, statSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { formatDiagnostic } from "../../../hocon/diagnostics.js";
import { generatePackage } from "../../../generator/emit/generate.js";
import { runtimeFiles } from "../../../generator/emit/runtime-files.js";
import { writeOutput } from "../../../generator/emit/writer.js";
import { loadApi } from "../../../generator/schema/index.js";
import type { ApiModel } from "../../../generator/schema/model.js";
import { REPO } from "./paths.js";

export interface GeneratedPackage {
  readonly model: ApiModel;
  /** The package folder (package.json, src/, ...). */
  readonly dir: string;
  /** Paths relative to `dir` -> contents, as generated. */
  readonly files: ReadonlyMap<string, string>;
}

/**
 * Generation is the same for the same schemas and name, and several test files of a worker
 * (which share modules) generate the corpus: each generates once per worker, and every caller
 * gets its own folder written from it. The model and the files are shared: callers only read them.
 */
const generated = new Map<string, { readonly model: ApiModel; readonly files: ReadonlyMap<string, string> }>();

/** The name of the generated package unless a caller gives another. */
export const PACKAGE_NAME = "verify-client";

export function generateInTemp(schemaDir: string, packageName = PACKAGE_NAME): GeneratedPackage {
  const key = [schemaDir, packageName, schemaFingerprint(schemaDir)].join("\0");
  let result = generated.get(key);
  if (!result) {
    const { model } = loadApi(schemaDir);
    const { files, diagnostics } = generatePackage(model, { packageName, includeInternal: true, runtime: runtimeFiles(REPO) });
    const errors = diagnostics.filter((d) => d.severity === "error");
    if (errors.length > 0) throw new Error(`codegen failed:\n${errors.map((d) => formatDiagnostic(d)).join("\n")}`);
    generated.set(key, (result = { model, files }));
  }
  const dir = mkdtempSync(path.join(tmpdir(), "verify-codegen-"));
  writeOutput(dir, result.files, {});
  symlinkSync(path.join(REPO, "node_modules"), path.join(dir, "node_modules"), "dir");
  return { model: result.model, dir, files: result.files };
}

/** The schema folder's files with their sizes and modification times: a changed schema is generated anew. */
function schemaFingerprint(schemaDir: string): string {
  return filesUnder(schemaDir)
    .map((file) => {
      const { size, mtimeMs } = statSync(file);
      return `${file}:${size}:${mtimeMs}`;
    })
    .join("\n");
}

/** The files under `dir` (at any depth) whose names match `name`, sorted. */
export function filesUnder(dir: string, name: RegExp = /(?:)/): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && name.test(e.name))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

/**
 * The path of a generated module given its stem under src/ (e.g. `zod/tasks`): its `.js`,
 * else its `.d.ts` (a type-only module), else a `.ts` source.
 */
export function moduleFile(pkg: GeneratedPackage, stem: string): string {
  for (const ext of [".js", ".d.ts", ".ts"]) {
    const rel = `src/${stem}${ext}`;
    if (pkg.files.has(rel)) return path.join(pkg.dir, rel);
  }
  throw new Error(`the generated package has no module src/${stem}.js, .d.ts or .ts`);
}

/** Imports a generated module (vitest transpiles .ts on the fly). */
export async function importModule(pkg: GeneratedPackage, stem: string): Promise<Record<string, unknown>> {
  return (await import(moduleFile(pkg, stem))) as Record<string, unknown>;
}

/** Removes the temp folder (the node_modules link, not what it points to). */
export function removeGenerated(pkg: GeneratedPackage | undefined): void {
  if (pkg) rmSync(pkg.dir, { recursive: true, force: true });
}
