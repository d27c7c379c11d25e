// `diff <base> [head]`: what changed between two schema revisions, for CI and release notes.
import { Option, type Command } from "commander";
import { formatDiagnostics } from "../../hocon/diagnostics.js";
import type { HoconDialect } from "../../hocon/types.js";
import { dialectOption } from "../hocon/dialect-option.js";
import { diff, diffToJson, diffToMarkdown, diffToText, type DiffSeverity, type RuleId } from "./index.js";

interface DiffFlags {
  schemas: string;
  format: "text" | "json" | "markdown";
  failOn?: "breaking" | "warning";
  hideDocs?: boolean;
  severity?: string[];
  dialect: HoconDialect;
}

export function registerDiffCommand(program: Command): void {
  program
    .command("diff")
    .description("compare two schema revisions (folders or git:<ref>) and report what changed and what it breaks for pinned clients")
    .argument("<base>", "the old revision: a schema folder or git:<ref>")
    .argument("[head]", "the new revision: a schema folder or git:<ref> (default: --schemas)")
    .option("--schemas <dir>", "the schema folder: the default head, and the folder git:<ref> reads", "schemas")
    .addOption(new Option("--format <format>", "output format").choices(["text", "json", "markdown"]).default("text"))
    .addOption(new Option("--fail-on <severity>", "exit 1 when a finding is this severe or more").choices(["breaking", "warning"]))
    .option("--hide-docs", "leave out documentation-only changes")
    .option("--severity <rule=severity>", "override a rule's severity (repeatable)", (v: string, all: string[] = []) => [...all, v])
    .addOption(dialectOption())
    .action((base: string, head: string | undefined, flags: DiffFlags) => {
      process.exitCode = runDiff(base, head, flags);
    });
}

function runDiff(base: string, head: string | undefined, flags: DiffFlags): number {
  const severities: Record<string, string> = {};
  for (const pair of flags.severity ?? []) {
    const eq = pair.indexOf("=");
    severities[eq < 0 ? pair : pair.slice(0, eq)] = eq < 0 ? "" : pair.slice(eq + 1);
  }
  const result = diff({ base, head, schemas: flags.schemas, dialect: flags.dialect, hideDocs: flags.hideDocs, severities: severities as Record<RuleId, DiffSeverity> });
  if (result.errors.length > 0) {
    process.stderr.write(formatDiagnostics(result.errors, result.sources) + `diff: stopped: ${result.errors.length} error(s)\n`);
    return 1;
  }
  const { findings } = result;
  const out = flags.format === "json" ? diffToJson(findings, base, head ?? flags.schemas) : flags.format === "markdown" ? diffToMarkdown(findings) : diffToText(findings, result.sources);
  process.stdout.write(out);
  const failing = flags.failOn === "breaking" ? ["breaking"] : flags.failOn === "warning" ? ["breaking", "warning"] : [];
  return findings.some((f) => failing.includes(f.severity)) ? 1 : 0;
}
