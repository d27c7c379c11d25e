// Loading the config: find the file, read it, check it, resolve its jobs. What the CLI
// and `--watch` call; the programmatic API takes the same jobs without a file.
import path from "node:path";
import { ConfigError } from "./error.js";
import { findConfigFile } from "./files.js";
import { readConfigFile } from "./read.js";
import { validateConfig } from "./validate.js";
import { definedOnly, resolveJobs, shownPath, type JobOverrides, type ResolvedJob } from "./resolve.js";

export { ConfigError, type ConfigProblem } from "./error.js";
export { CONFIG_NAMES, findConfigFile } from "./files.js";
export { defineConfig, type JobConfig, type UserConfig } from "./define.js";
export type { JobOverrides, ResolvedJob } from "./resolve.js";

export interface LoadedConfig {
  /** The config file read, absolute; undefined when there was none (the jobs come from the flags and defaults). */
  readonly file: string | undefined;
  readonly jobs: readonly ResolvedJob[];
}

export interface LoadConfigOptions {
  /** Where the run started (default process.cwd()); the config is looked up from here. */
  readonly cwd?: string;
  /** `--config FILE`: this file instead of the lookup. */
  readonly configFile?: string;
  /** Flags: they override the file's options. */
  readonly overrides?: JobOverrides;
  /** The job when there is no config file (the CLI's defaults). */
  readonly fallback?: { readonly schemas: string; readonly out: string; readonly name: string };
}

/** The jobs of a run: from the config file when there is one, else one job from the overrides and `fallback`. */
export async function loadConfig(options: LoadConfigOptions = {}): Promise<LoadedConfig> {
  const cwd = options.cwd ?? process.cwd();
  const file = findConfigFile(cwd, options.configFile);
  if (file === undefined) {
    if (options.fallback === undefined) throw new ConfigError(cwd, "no hocon-api-codegen.config.{ts,mts,mjs,js,json} here or in any folder above", "run `hocon-api-codegen init`");
    // Checked by codegen itself, as flags always were (an invalid name or a missing folder is its error).
    const job = { ...options.fallback, ...definedOnly(options.overrides ?? {}) };
    return { file: undefined, jobs: [{ ...job, label: "job 1", includeInternal: job.includeInternal ?? false, dialect: job.dialect ?? "pyhocon" }] };
  }
  const shown = shownPath(file, cwd);
  const jobs = validateConfig(await readConfigFile(file, shown), shown);
  return { file, jobs: resolveJobs(jobs, { file: shown, baseDir: path.dirname(file), cwd, overrides: options.overrides }) };
}
