// The job of the commands that read one schema folder (diff, mock): the config's job for
// `--schemas`, or its only folder.
import path from "node:path";
import type { HoconDialect } from "../../hocon/types.js";
import { ConfigError } from "./error.js";
import { loadConfig } from "./index.js";
import type { ResolvedJob } from "./resolve.js";
import { DEFAULT_JOB } from "./default-job.js";

export type SchemaFolderJob = Pick<ResolvedJob, "schemas" | "dialect" | "diff">;

/** The schema folder a one-folder command reads, with the settings its config job gives; flags win. */
export async function schemaFolderJob(flags: { readonly config?: string; readonly schemas?: string; readonly dialect?: HoconDialect }): Promise<SchemaFolderJob> {
  const fallback = { schemas: flags.schemas ?? DEFAULT_JOB.schemas, dialect: flags.dialect ?? "pyhocon" } as const;
  const { file, jobs } = await loadConfig({ configFile: flags.config, fallback: { ...DEFAULT_JOB, ...fallback } });
  if (file === undefined) return fallback;
  const matching = flags.schemas === undefined ? jobs : jobs.filter((j) => path.resolve(j.schemas) === path.resolve(flags.schemas!));
  const folders = new Set(matching.map((j) => path.resolve(j.schemas)));
  if (folders.size > 1) throw new ConfigError(file, `the config's jobs read ${folders.size} schema folders`, "name one with --schemas");
  const job = matching[0];
  if (job === undefined) return fallback;
  return { schemas: flags.schemas ?? job.schemas, dialect: flags.dialect ?? job.dialect, diff: job.diff };
}
