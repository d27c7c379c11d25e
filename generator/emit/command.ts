// `codegen`: schema folder -> generated package (client, zod validators, OpenAPI).
// The jobs come from the config file (generator/config/), flags overriding it; without a
// config file, from the flags and their defaults. Every finding is printed; those the
// server itself would not survive stop it (exit 1), see generator/schema/blocking.ts.
import type { Command } from "commander";
import { ConfigError, loadConfig, type ResolvedJob } from "../config/index.js";
import { existsSync } from "node:fs";
import path from "node:path";
import { formatDiagnostics } from "../../hocon/diagnostics.js";
import { dialectOption } from "../hocon/dialect-option.js";
import type { HoconDialect } from "../../hocon/types.js";
import { findRepoRoot } from "../repo-root.js";
import { isPackageName, PACKAGE_NAME_RULE } from "./package-name.js";
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

/** The job when there is no config file. */
const DEFAULT_JOB = { schemas: "schemas", out: "generated", name: "clearml-api-client" } as const;

/** The command line of `codegen`: the job options (overriding the config file's) and how to run. */
interface CodegenCommandLine extends Partial<Omit<CodegenFlags, "check" | "force">> {
  config?: string;
  check?: boolean;
  force?: boolean;
}

export function registerCodegenCommand(program: Command): void {
  program
    .command("codegen")
    .description("generate the typed client package (TypeScript, zod, OpenAPI) from a schema folder")
    .option("--config <file>", "config file (default: hocon-api-codegen.config.{ts,mts,mjs,js,json} here or in a folder above)")
    .option("--schemas <dir>", `schema folder (.conf files); without a config file: ${DEFAULT_JOB.schemas}`)
    .option("--out <dir>", `output folder of the generated package; without a config file: ${DEFAULT_JOB.out}`)
    .option("--api-version <version>", "API version of the OpenAPI documents (default: the maximum)")
    .option("--include-internal", "also generate internal endpoints")
    .option("--check", "write nothing; exit 1 listing every out-of-date file")
    .option("--name <package>", `npm package name of the output; without a config file: ${DEFAULT_JOB.name}`)
    .option("--force", "regenerate even when no input and no output changed since the last run")
    // No default here: a default would override the config file's dialect.
    .addOption(dialectOption().default(undefined))
    .action(async (flags: CodegenCommandLine) => {
      process.exitCode = await runCodegenCommand(flags);
    });
}

/** Every job of the config (or the flags' one job), in order; exit 1 when any failed. */
async function runCodegenCommand(flags: CodegenCommandLine): Promise<number> {
  let jobs: readonly ResolvedJob[];
  try {
    const { schemas, out, name, apiVersion, includeInternal, dialect } = flags;
    ({ jobs } = await loadConfig({ configFile: flags.config, overrides: { schemas, out, name, apiVersion, includeInternal, dialect }, fallback: DEFAULT_JOB }));
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    process.stderr.write(err.message + "\n");
    return 1;
  }
  let code = 0;
  for (const job of jobs) {
    if (jobs.length > 1) process.stdout.write(`codegen: ${job.label}\n`);
    code = Math.max(code, runCodegen({ ...job, check: flags.check, force: flags.force }));
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

export function runCodegen(flags: CodegenFlags, env: CodegenEnvironment = {}): number {
  // process.hrtime, not performance.now(): the global `performance` loads perf_hooks (~3 ms).
  const started = process.hrtime.bigint();
  if (!isPackageName(flags.name)) {
    // The name is written into package.json, the README and the zod-types opt-in's comments.
    process.stderr.write(`codegen: error: --name ${JSON.stringify(flags.name)} ${PACKAGE_NAME_RULE}\n`);
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
