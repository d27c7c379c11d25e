// Shared by the emitter tests: the corpus model, generation into a temp folder, tsc.
import { cpSync, existsSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { findRepoRoot } from "../../generator/repo-root.js";
import { runCodegen, type CodegenEnvironment } from "../../generator/emit/run-codegen.js";
import { generatePackage, type GenerateResult } from "../../generator/emit/generate.js";
import { ensureRuntimeBuild, runtimeFiles, RUNTIME_BUILD_DIR } from "../../generator/emit/runtime-files.js";
import { writeOutput } from "../../generator/emit/writer.js";
import { loadApi } from "../../generator/schema/index.js";
import type { ApiModel } from "../../generator/schema/model.js";
import { capturedOutput } from "../support/captured-output.js";
import { typecheckFolder, type LibCheck } from "../support/typecheck.js";

export const CORPUS = path.resolve(process.cwd(), "../shared/corpus/clearml-server/services");
export const REPO = findRepoRoot();

let corpusModel: ApiModel | undefined;
export function corpus(): ApiModel {
  corpusModel ??= loadApi(CORPUS).model;
  return corpusModel;
}

export function generate(model: ApiModel, openApi = false): GenerateResult {
  return generatePackage(model, {
    packageName: "test-client",
    includeInternal: true,
    runtime: runtimeFiles(REPO),
    openApi,
  });
}

/**
 * A repository root holding a private copy of the runtime's sources (the runtime and the
 * HOCON core it imports), for a test that edits them. With `built`, also a copy of this
 * repository's current build, a valid cache: codegen then compiles the runtime only after an
 * edit, as it would here.
 */
export function privateRuntimeRoot(options: { built?: boolean } = {}): string {
  const root = mkdtempSync(path.join(tmpdir(), "runtime-root-"));
  cpSync(path.join(REPO, "templates", "runtime"), path.join(root, "templates", "runtime"), { recursive: true });
  cpSync(path.join(REPO, "hocon"), path.join(root, "hocon"), { recursive: true });
  if (options.built) {
    ensureRuntimeBuild(REPO);
    cpSync(path.join(REPO, RUNTIME_BUILD_DIR), path.join(root, RUNTIME_BUILD_DIR), { recursive: true });
  }
  return root;
}

/** Writes a schema folder (file name -> HOCON text, names as given) to a new temp folder and returns it. */
export function writeSchemas(files: Readonly<Record<string, string>>): string {
  const dir = mkdtempSync(path.join(tmpdir(), "schemas-"));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}

/** Writes the files to a new temp folder and returns it. */
export function writeTemp(files: ReadonlyMap<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), "codegen-"));
  writeOutput(dir, files);
  return dir;
}

/** Makes zod resolvable in the package at `dir`: this repository's copy, as if installed there. */
export function linkZod(dir: string): void {
  const zodLink = path.join(dir, "node_modules", "zod");
  if (existsSync(zodLink)) return;
  mkdirSync(path.dirname(zodLink), { recursive: true });
  symlinkSync(path.join(REPO, "node_modules", "zod"), zodLink, "dir");
}

/**
 * Runs this repo's tsc over `dir`'s src (plus `extraFiles`), zod resolved from this repo's
 * node_modules. `libCheck` checks declaration files too (skipLibCheck off): the generated
 * package is declarations, so without it tsc only checks that they resolve as used.
 */
export function typecheck(dir: string, extraFiles: string[] = [], options: { libCheck?: LibCheck } = {}): { ok: boolean; output: string } {
  linkZod(dir);
  return typecheckFolder(dir, { include: ["src", ...extraFiles] }, undefined, options);
}

/** Writes `lines` as `check.ts` beside the package at `dir` and type-checks it with the package's src. */
export function typecheckCheckFile(dir: string, lines: readonly string[]): { ok: boolean; output: string } {
  writeFileSync(path.join(dir, "check.ts"), lines.join("\n") + "\n");
  return typecheck(dir, ["check.ts"]);
}

/** Runs `codegen` in-process, stdout silenced: its exit code and what it printed to stderr. */
export async function codegenCaptured(flags: Parameters<typeof runCodegen>[0], env?: CodegenEnvironment): Promise<{ code: number; stderr: string }> {
  const { value: code, stderr } = await capturedOutput(() => runCodegen(flags, env));
  return { code, stderr };
}
