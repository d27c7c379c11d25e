// `diff <base> [head]`: what changed between two schema revisions, for CI and release notes.
import { Option, type Command } from "commander";
import { schemaFolderJob } from "../config/cli-job.js";
import { ConfigError } from "../config/error.js";
import { formatDiagnostics } from "../../hocon/diagnostics.js";
import type { HoconDialect } from "../../hocon/types.js";
import { dialectOption } from "../hocon/dialect-option.js";
import { diff, diffToJson, diffToMarkdown, diffToText, type DiffSeverity, type RuleId } from "./index.js";

interface DiffFlags {
  config?: string;
  schemas?: string;
  format: "text" | "json" | "markdown";
  failOn?: "breaking" | "warning";
  hideDocs?: boolean;
  severity?: string[];
  dialect?: HoconDialect;
}

export function registerDiffCommand(program: Command): void {
  program
    .command("diff")
    .description("compare two schema revisions (folders or git:<ref>) and report what changed and what it breaks for pinned clients")
    .argument("<base>", "the old revision: a schema folder or git:<ref>")
    .argument("[head]", "the new revision: a schema folder or git:<ref> (default: --schemas)")
    .option("--config <file>", "config file (default: hocon-api-codegen.config.* here or above): its job's schema folder and diff severities")
    .option("--schemas <dir>", "the schema folder: the default head, and the folder git:<ref> reads (default: the config's, else schemas)")
    .addOption(new Option("--format <format>", "output format").choices(["text", "json", "markdown"]).default("text"))
    .addOption(new Option("--fail-on <severity>", "exit 1 when a finding is this severe or more").choices(["breaking", "warning"]))
    .option("--hide-docs", "leave out documentation-only changes")
    .option("--severity <rule=severity>", "override a rule's severity (repeatable)", (v: string, all: string[] = []) => [...all, v])
    // No default here: a default would override the config file's dialect.
    .addOption(dialectOption().default(undefined))
    .action(async (base: string, head: string | undefined, flags: DiffFlags) => {
      process.exitCode = await runDiff(base, head, flags);
    });
}

async function runDiff(base: string, head: string | undefined, flags: DiffFlags): Promise<number> {
  let job;
  try {
    job = await schemaFolderJob(flags);
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    process.stderr.write(err.message + "\n");
    return 1;
  }
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
