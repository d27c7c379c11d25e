// `codegen`: schema folder -> generated package (client, zod validators, OpenAPI).
// Every finding is printed; those the server itself would not survive stop it (exit 1),
// see generator/schema/blocking.ts.
import type { Command } from "commander";
import { existsSync } from "node:fs";
import path from "node:path";
import { formatDiagnostics } from "../../hocon/diagnostics.js";
import { dialectOption } from "../hocon/dialect-option.js";
import type { HoconDialect } from "../../hocon/types.js";
import { findRepoRoot } from "../repo-root.js";
import { codegen, type CodegenStop } from "./pipeline.js";
import { runtimeFiles } from "./runtime-files.js";
import { defaultCacheDir, generatorIdentity, recordStamp, unchangedSinceStamp, type StampContext } from "./stamp.js";
import type { FileStatus } from "./writer.js";

interface CodegenFlags {
  schemas: string;
  out: string;
  apiVersion?: string;
  includeInternal?: boolean;
  check?: boolean;
  /** Regenerate even when the stamp says nothing changed. */
  force?: boolean;
  name: string;
  /** Default `pyhocon`. */
  dialect?: HoconDialect;
}

/** npm's rule for a new package's name. */
function isPackageName(name: string): boolean {
  return name.length <= 214 && /^(?:@[a-z0-9-*~][a-z0-9-*._~]*\/)?[a-z0-9-~][a-z0-9-._~]*$/.test(name);
}

export function registerCodegenCommand(program: Command): void {
  program
    .command("codegen")
    .description("generate the typed client package (TypeScript, zod, OpenAPI) from a schema folder")
    .option("--schemas <dir>", "schema folder (.conf files)", "schemas")
    .option("--out <dir>", "output folder of the generated package", "generated")
    .option("--api-version <version>", "API version of the OpenAPI documents (default: the maximum)")
    .option("--include-internal", "also generate internal endpoints")
    .option("--check", "write nothing; exit 1 listing every out-of-date file")
    .option("--name <package>", "npm package name of the output", "clearml-api-client")
    .option("--force", "regenerate even when no input and no output changed since the last run")
    .addOption(dialectOption())
    .action((flags: CodegenFlags) => {
      process.exitCode = runCodegen(flags);
    });
}

/** Where codegen finds its runtime templates and keeps its stamps (overridable in tests). */
export interface CodegenEnvironment {
  readonly repoRoot?: string;
  /** Identity of the generator code (default: a hash of the running code). */
  readonly generator?: string;
  readonly cacheDir?: string;
}

function elapsedMs(started: bigint): number {
  return Math.round(Number(process.hrtime.bigint() - started) / 1e6);
}

export function runCodegen(flags: CodegenFlags, env: CodegenEnvironment = {}): number {
  // process.hrtime, not performance.now(): the global `performance` loads perf_hooks.
  const started = process.hrtime.bigint();
  if (!isPackageName(flags.name)) {
    // The name is written into package.json, the README and the zod-types opt-in's comments.
    process.stderr.write(`codegen: error: --name ${JSON.stringify(flags.name)} is not an npm package name (lowercase letters, digits, -._~, optionally @scope/)\n`);
    return 1;
  }
  if (!existsSync(flags.schemas)) {
    process.stderr.write(`${flags.schemas}: error: schema folder not found\n`);
    return 1;
  }
  const repoRoot = env.repoRoot ?? findRepoRoot();
  const options = { schemas: flags.schemas, out: flags.out, name: flags.name, apiVersion: flags.apiVersion, includeInternal: flags.includeInternal ?? false, dialect: flags.dialect ?? "pyhocon" } as const;
  const stamp: StampContext = {
    options,
    cacheDir: env.cacheDir ?? defaultCacheDir(repoRoot),
    generator: env.generator ?? generatorIdentity(repoRoot),
    // Read once: the stamp check and the generation see the same runtime.
    runtime: runtimeFiles(repoRoot),
  };
  if (!flags.check && !flags.force) {
    // Replays the last run when its stamp still matches every input and output (see stamp.ts).
    const last = unchangedSinceStamp(stamp);
    if (last) {
      if (last.report) process.stderr.write(last.report);
      process.stdout.write(`codegen: 0 written, ${last.outputs.length} unchanged, 0 removed -> ${flags.out} (${elapsedMs(started)} ms, nothing changed since the last run)\n`);
      return 0;
    }
  }
  const run = codegen({ ...options, check: flags.check, runtime: stamp.runtime });
  // Everything printed is kept: a later run that is skipped prints it again.
  const report = formatDiagnostics(run.findings, run.sources);
  if (report !== "") process.stderr.write(report);
  if (run.stopped) {
    const text = stopText(run.stopped);
    if (text !== "") process.stderr.write(text);
    return 1;
  }
  const result = run.write;
  const ms = elapsedMs(started);
  const shown = (rel: string): string => path.relative(process.cwd(), path.join(flags.out, rel));
  if (flags.check) {
    for (const d of result.differences) process.stderr.write(`${shown(d.path)} ${DIFFERENCE_TEXT[d.status]}\n`);
    if (result.differences.length > 0) {
      process.stderr.write(`codegen --check: ${result.differences.length} file(s) differ; run codegen\n`);
      return 1;
    }
    process.stdout.write(`codegen --check: ${result.unchanged.length} files up to date (${ms} ms)\n`);
    return 0;
  }
  recordStamp(stamp, { ...run, report });
  for (const rel of result.foreign) process.stderr.write(`${shown(rel)}: warning: ${DIFFERENCE_TEXT.foreign}\n`);
  process.stdout.write(
    `codegen: ${result.written.length} written, ${result.unchanged.length} unchanged, ${result.removed.length} removed -> ${flags.out} (${ms} ms)\n`,
  );
  return 0;
}

const DIFFERENCE_TEXT: Record<FileStatus, string> = {
  stale: "is out of date",
  missing: "is missing",
  extra: "should not exist",
  foreign: "should not exist: codegen did not write it and leaves it alone (remove it by hand)",
};

/** How a stopped run ends its report (the findings are printed already). */
function stopText(stop: CodegenStop): string {
  switch (stop.reason) {
    case "schemas":
      return `codegen: stopped: ${stop.errors} error(s) in the schemas\n`;
    case "generation":
      return "";
    case "option":
      return `codegen: error: ${stop.message}\n`;
    case "output-folder":
      return `${stop.message}\ncodegen: stopped: nothing was written\n`;
  }
}
