// `diff <base> [head]`: what changed between two schema revisions, for CI and release notes.
// Its options only: the comparison (run-diff.ts) is loaded when the command runs.
import { Option, type Command } from "commander";
import { dialectOption } from "../hocon/dialect-option.js";
import type { DiffFlags } from "./run-diff.js";

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
      const { runDiff } = await import("./run-diff.js");
      process.exitCode = await runDiff(base, head, flags);
    });
}
