// The `docs` command's run: each job's site built by buildDocsSite, or checked.
import { DEFAULT_DOCS, DEFAULT_JOB } from "../config/default-job.js";
import { printingConfigError } from "../config/error.js";
import { loadConfig, type ResolvedJob } from "../config/index.js";
import { formatDiagnostics } from "../../hocon/diagnostics.js";
import type { HoconDialect } from "../../hocon/types.js";
import { DIFFERENCE_TEXT, stopText } from "../emit/run-text.js";
import { buildDocsSite } from "./build.js";

export interface DocsCommandLine {
  config?: string;
  schemas?: string;
  out?: string;
  includeInternal?: boolean;
  dialect?: HoconDialect;
  check?: boolean;
}

export async function runDocsCommand(flags: DocsCommandLine): Promise<number> {
  const { schemas, includeInternal, dialect } = flags;
  const loaded = await printingConfigError(loadConfig({ configFile: flags.config, overrides: { schemas, includeInternal, dialect, docs: flags.out }, fallback: DEFAULT_JOB }));
  if (loaded === undefined) return 1;
  const jobs = loaded.file === undefined ? loaded.jobs.map((job) => ({ ...job, docs: job.docs ?? DEFAULT_DOCS })) : loaded.jobs;
  const sites = jobs.filter((job) => job.docs !== undefined);
  if (sites.length === 0) {
    process.stderr.write('docs: error: no job of the config has a `docs` folder; add `docs: "docs"` to a job, or pass --out\n');
    return 1;
  }
  let code = 0;
  for (const job of sites) code = Math.max(code, runDocs(job, flags.check ?? false));
  return code;
}

function runDocs(job: ResolvedJob, check: boolean): number {
  const out = job.docs!;
  const run = buildDocsSite({ schemas: job.schemas, out, title: job.name, includeInternal: job.includeInternal, dialect: job.dialect, check });
  const report = formatDiagnostics(run.findings, run.sources);
  if (report !== "") process.stderr.write(report);
  if (run.stopped) {
    process.stderr.write(run.stopped.reason === "schemas" ? stopText(run.stopped, "docs") : run.stopped.message + "\n");
    return 1;
  }
  const result = run.write!;
  if (check) {
    for (const d of result.differences) process.stderr.write(`${out}/${d.path} ${DIFFERENCE_TEXT[d.status]}\n`);
    if (result.differences.length > 0) {
      process.stderr.write(`docs --check: ${result.differences.length} file(s) differ; run docs\n`);
      return 1;
    }
    process.stdout.write(`docs --check: ${result.unchanged.length} files up to date\n`);
    return 0;
  }
  process.stdout.write(`docs: ${run.versions.length} API versions (${run.versions[0]} to ${run.versions[run.versions.length - 1]}): ${result.written.length} written, ${result.unchanged.length} unchanged, ${result.removed.length} removed -> ${out}/index.html\n`);
  return 0;
}
