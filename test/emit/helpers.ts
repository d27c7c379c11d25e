// Shared by the emitter tests: the corpus model, generation into a temp folder, tsc.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { findRepoRoot } from "../../generator/emit/command.js";
import { generatePackage, type GenerateResult } from "../../generator/emit/generate.js";
import { runtimeFiles } from "../../generator/emit/runtime-files.js";
import { writeOutput } from "../../generator/emit/writer.js";
import { loadApi } from "../../generator/schema/index.js";
import type { ApiModel } from "../../generator/schema/model.js";

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

/** Runs this repo's tsc over `dir` (strict, no emit; zod resolved from this repo's node_modules). Returns its output. */
export function typecheck(dir: string, extraFiles: string[] = []): { ok: boolean; output: string } {
  const config = {
    compilerOptions: {
      target: "ES2022",
      lib: ["ES2022", "DOM"],
      module: "NodeNext",
      moduleResolution: "NodeNext",
      strict: true,
      noEmit: true,
      skipLibCheck: true,
      isolatedModules: true,
      verbatimModuleSyntax: true,
      types: [],
    },
    include: ["src", ...extraFiles],
  };
  writeFileSync(path.join(dir, "tsconfig.check.json"), JSON.stringify(config));
  linkZod(dir);
  try {
    const output = execFileSync(path.join(REPO, "node_modules/.bin/tsc"), ["-p", "tsconfig.check.json"], {
      cwd: dir,
      encoding: "utf8",
    });
    return { ok: true, output };
  } catch (err) {
    const e = err as { stdout?: string; stderr?: string };
    return { ok: false, output: (e.stdout ?? "") + (e.stderr ?? "") };
  }
}
