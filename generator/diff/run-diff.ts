// The `diff` command's run: both revisions loaded and compared, printed in the asked format.
import { schemaFolderJob } from "../config/cli-job.js";
import { printingConfigError } from "../config/error.js";
import { formatDiagnostics } from "../../hocon/diagnostics.js";
import type { HoconDialect } from "../../hocon/types.js";
import { diff, diffToJson, diffToMarkdown, diffToText, type DiffSeverity, type RuleId } from "./index.js";

export interface DiffFlags {
  config?: string;
  schemas?: string;
  format: "text" | "json" | "markdown";
  failOn?: "breaking" | "warning";
  hideDocs?: boolean;
  severity?: string[];
  dialect?: HoconDialect;
}

export async function runDiff(base: string, head: string | undefined, flags: DiffFlags): Promise<number> {
  const job = await printingConfigError(schemaFolderJob(flags));
  if (job === undefined) return 1;
  const severities: Record<string, string> = { ...job.diff?.severities };
  for (const pair of flags.severity ?? []) {
    const eq = pair.indexOf("=");
    severities[eq < 0 ? pair : pair.slice(0, eq)] = eq < 0 ? "" : pair.slice(eq + 1);
  }
  const hideDocs = flags.hideDocs ?? job.diff?.hideDocs;
  const result = diff({ base, head, schemas: job.schemas, dialect: job.dialect, hideDocs, severities: severities as Record<RuleId, DiffSeverity> });
  if (result.errors.length > 0) {
    process.stderr.write(formatDiagnostics(result.errors, result.sources) + `diff: stopped: ${result.errors.length} error(s)\n`);
    return 1;
  }
  const { findings } = result;
  const out = flags.format === "json" ? diffToJson(findings, base, head ?? job.schemas) : flags.format === "markdown" ? diffToMarkdown(findings) : diffToText(findings, result.sources);
  process.stdout.write(out);
  const failing = flags.failOn === "breaking" ? ["breaking"] : flags.failOn === "warning" ? ["breaking", "warning"] : [];
  return findings.some((f) => failing.includes(f.severity)) ? 1 : 0;
}
