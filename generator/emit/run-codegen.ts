// The `codegen` command's run: the jobs come from the config file (generator/config/),
// flags overriding it; without a config file, from the flags and their defaults. Every
// finding is printed; those the server itself would not survive stop it (exit 1), see
// generator/schema/blocking.ts. The pipeline and the watcher are loaded only when a job
// is not skipped by its stamp, or with --watch: a no-op run never loads them.
import { DEFAULT_JOB } from "../config/default-job.js";
import { printingConfigError } from "../config/error.js";
import { loadConfig, type ResolvedJob } from "../config/index.js";
import { existsSync } from "node:fs";
import path from "node:path";
import { formatDiagnostics } from "../../hocon/diagnostics.js";
import { findRepoRoot } from "../repo-root.js";
import { isPackageName, PACKAGE_NAME_RULE } from "./package-name.js";
import type { PackageOptions } from "./pipeline.js";
import { runtimeFiles } from "./runtime-files.js";
import { DIFFERENCE_TEXT, stopText, writtenText } from "./run-text.js";
import { defaultCacheDir, generatorIdentity, recordStamp, unchangedSinceStamp, type StampContext } from "./stamp.js";

interface CodegenFlags extends PackageOptions {
  check?: boolean;
  /** Regenerate even when the stamp says nothing changed. */
  force?: boolean;
}

/** The command line of `codegen`: the job options (overriding the config file's) and how to run. */
export interface CodegenCommandLine extends Partial<PackageOptions> {
  config?: string;
  check?: boolean;
  force?: boolean;
  /** Keep running, regenerating on every change. */
  watch?: boolean;
}

/** Every job of the config (or the flags' one job), in order; exit 1 when any failed. */
export async function runCodegenCommand(flags: CodegenCommandLine): Promise<number> {
  if (flags.watch && flags.check) {
    process.stderr.write("codegen: error: --watch writes its output; it cannot be combined with --check\n");
    return 1;
  }
  const { schemas, out, name, apiVersion, includeInternal, dialect } = flags;
  const loaded = await printingConfigError(loadConfig({ configFile: flags.config, overrides: { schemas, out, name, apiVersion, includeInternal, dialect }, fallback: DEFAULT_JOB }));
  if (loaded === undefined) return 1;
  const { jobs } = loaded;
  if (flags.watch) return watchJobs(jobs);
  let code = 0;
  for (const job of jobs) {
    if (jobs.length > 1) process.stdout.write(`codegen: ${job.label}\n`);
    code = Math.max(code, await runCodegen({ ...job, check: flags.check, force: flags.force }));
  }
  return code;
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

export async function runCodegen(flags: CodegenFlags, env: CodegenEnvironment = {}): Promise<number> {
  // process.hrtime, not performance.now(): the global `performance` loads perf_hooks.
  const started = process.hrtime.bigint();
  const invalid = invalidJob(flags);
  if (invalid) {
    process.stderr.write(invalid);
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
  const { codegen } = await import("./pipeline.js");
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
  const { warnings, summary } = writtenText(flags.out, result, ms);
  if (warnings !== "") process.stderr.write(warnings);
  process.stdout.write(summary);
  return 0;
}

/** Why a job cannot run, as printed; undefined when it can. */
function invalidJob(job: Pick<PackageOptions, "name" | "schemas">): string | undefined {
  // The name is written into package.json, the README and the zod-types opt-in's comments.
  if (!isPackageName(job.name)) return `codegen: error: --name ${JSON.stringify(job.name)} ${PACKAGE_NAME_RULE}\n`;
  if (!existsSync(job.schemas)) return `${job.schemas}: error: schema folder not found\n`;
  return undefined;
}

/** `codegen --watch`: runs every job until SIGINT or SIGTERM, then exits 0. */
async function watchJobs(jobs: readonly ResolvedJob[]): Promise<number> {
  for (const job of jobs) {
    const invalid = invalidJob(job);
    if (invalid) {
      process.stderr.write(invalid);
      return 1;
    }
  }
  const runtime = runtimeFiles(findRepoRoot());
  const { watchCodegen } = await import("../watch/index.js");
  const stop = new AbortController();
  const abort = (): void => stop.abort();
  process.once("SIGINT", abort);
  process.once("SIGTERM", abort);
  try {
    await watchCodegen(
      jobs.map(({ label: _label, diff: _diff, docs: _docs, ...options }) => ({ ...options, runtime })),
      { signal: stop.signal, output: { stdout: (text) => process.stdout.write(text), stderr: (text) => process.stderr.write(text) } },
    );
  } finally {
    process.off("SIGINT", abort);
    process.off("SIGTERM", abort);
  }
  return 0;
}
