// The config file's types and `defineConfig`, the identity function that gives an editor
// (and tsc) the config's type in a `.ts` or `.mjs` config file.
import type { HoconDialect } from "../../hocon/types.js";
import type { DiffSeverity, RuleId } from "../diff/rules.js";

/** One package to generate: the options the `codegen` flags have. Paths are relative to the config file's folder. */
export interface JobConfig {
  /** Schema folder (.conf files). */
  readonly schemas: string;
  /** Output folder of the generated package; two jobs may not share one. */
  readonly out: string;
  /** npm package name of the generated package. */
  readonly name: string;
  /** API version of the OpenAPI documents (default: the maximum the schemas define). */
  readonly apiVersion?: string;
  /** Also generate internal endpoints (default false). */
  readonly includeInternal?: boolean;
  /** How the schemas are read: as pyhocon does (default, the ClearML server's parser) or as the HOCON spec says. */
  readonly dialect?: HoconDialect;
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
