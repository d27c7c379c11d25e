// From a validated config to the jobs codegen runs: paths made relative to the working
// folder (they are written relative to the config file), flags applied, and the checks
// that need the file system: every schema folder exists, no two jobs write one folder.
import { statSync } from "node:fs";
import path from "node:path";
import type { CodegenOptions } from "../emit/pipeline.js";
import type { JobConfig } from "./define.js";
import { ConfigError, type ConfigProblem } from "./error.js";
import { jobLabel } from "./job-label.js";

/** One job, ready for `codegen()`: the pipeline's options plus how messages name it. */
export interface ResolvedJob extends CodegenOptions, Pick<JobConfig, "diff" | "docs"> {
  /** `job 2 ("@acme/api-v2")`: its place in the config and its package name. */
  readonly label: string;
}

/** Options given on the command line: they override the file's. */
export type JobOverrides = Partial<Pick<JobConfig, "schemas" | "out" | "name" | "apiVersion" | "includeInternal" | "dialect" | "docs">>;

/** The keys that say which folder or package a job is: with several jobs, one flag for all would make them collide. */
const IDENTITY_KEYS = ["schemas", "out", "name", "docs"] as const;

/**
 * The jobs of `configs` (paths relative to `baseDir`) with `overrides` applied, paths
 * relative to `cwd`. With several jobs, the options that apply to every job may be
 * overridden; schemas, out and name may not.
 */
export function resolveJobs(configs: readonly JobConfig[], options: { file: string; baseDir: string; cwd: string; overrides?: JobOverrides }): ResolvedJob[] {
  const { file, baseDir, cwd } = options;
  const overrides = definedOnly(options.overrides ?? {});
  if (configs.length > 1) {
    const clashing = IDENTITY_KEYS.filter((key) => overrides[key] !== undefined);
    if (clashing.length > 0) {
      throw new ConfigError(file, `--${clashing[0]} cannot override a config of ${configs.length} jobs: every job would get the same ${clashing[0]}`, "edit the config file, or pass --config with a config of one job");
    }
  }
  const shown = (p: string): string => shownPath(p, cwd);
  const problems: ConfigProblem[] = [];
  const byOut = new Map<string, string>();
  const jobs = configs.map((config, index): ResolvedJob => {
    const merged = { ...config, ...overrides };
    const label = jobLabel(merged, index);
    // A flag's path is relative to where it was typed; the file's to the file.
    const schemas = path.resolve(overrides.schemas !== undefined ? cwd : baseDir, merged.schemas);
    const out = path.resolve(overrides.out !== undefined ? cwd : baseDir, merged.out);
    if (!isFolder(schemas)) {
      problems.push({ message: `${label}: key "schemas": schema folder not found: ${shown(schemas)}`, hint: "the path is relative to the config file's folder" });
    }
    const docs = merged.docs === undefined ? undefined : path.resolve(overrides.docs !== undefined ? cwd : baseDir, merged.docs);
    for (const [key, folder] of [["out", out], ["docs", docs]] as const) {
      if (folder === undefined) continue;
      const other = byOut.get(folder);
      if (other !== undefined) {
        problems.push({ message: `${label}: key "${key}": ${shown(folder)} is also the output folder of ${other}`, hint: "give each job and its docs their own output folder" });
      } else byOut.set(folder, label);
    }
    return {
      label,
      schemas: shown(schemas),
      out: shown(out),
      name: merged.name,
      apiVersion: merged.apiVersion,
      includeInternal: merged.includeInternal ?? false,
      dialect: merged.dialect ?? "pyhocon",
      diff: merged.diff,
      ...(docs === undefined ? {} : { docs: shown(docs) }),
    };
  });
  if (problems.length > 0) throw new ConfigError(file, problems);
  return jobs;
}

/** The overrides actually given: an undefined flag overrides nothing. */
export function definedOnly(overrides: JobOverrides): JobOverrides {
  return Object.fromEntries(Object.entries(overrides).filter(([, v]) => v !== undefined));
}

/** `p` relative to `cwd` when it is inside it, else absolute. */
export function shownPath(p: string, cwd: string): string {
  const relative = path.relative(cwd, p);
  return relative.startsWith("..") || path.isAbsolute(relative) ? p : relative || ".";
}

function isFolder(p: string): boolean {
  return statSync(p, { throwIfNoEntry: false })?.isDirectory() ?? false;
}
