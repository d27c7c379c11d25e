// The config file's types and `defineConfig`, the identity function that gives an editor
// (and tsc) the config's type in a `.ts` or `.mjs` config file.
import type { DiffSeverity, RuleId } from "../diff/rules.js";
import type { PackageOptions } from "../emit/pipeline.js";

/** One package to generate: the options the `codegen` flags have. Paths are relative to the config file's folder; two jobs may not share an output folder. */
export interface JobConfig extends PackageOptions {
  /** Folder of the API reference site `hocon-api-codegen docs` builds (no site without it). */
  readonly docs?: string;
  /** How `diff` reports changes to this job's schema folder. */
  readonly diff?: DiffConfig;
}

export interface DiffConfig {
  /** A rule's severity instead of its default, e.g. `{ "enum-value-added": "info" }`. */
  readonly severities?: Readonly<Partial<Record<RuleId, DiffSeverity>>>;
  /** Leave out documentation-only changes (`doc-changed`). */
  readonly hideDocs?: boolean;
}

/** A config file's default export: one job, or several (one package per API version, per schema folder...). */
export type UserConfig = JobConfig | readonly JobConfig[];

/** Returns `config` as it is; typed, so mistakes show in the editor before codegen runs. */
export function defineConfig<const T extends UserConfig>(config: T): T {
  return config;
}
