// `docs`: the API reference site of every job that has a `docs` folder in the config
// file; without a config file, of --schemas into --out (defaults: schemas, docs). Its
// options only: the build (run-docs.ts) is loaded when the command runs.
import type { Command } from "commander";
import { dialectOption } from "../hocon/dialect-option.js";
import { DEFAULT_DOCS } from "../config/default-job.js";
import type { DocsCommandLine } from "./run-docs.js";

export function registerDocsCommand(program: Command): void {
  program
    .command("docs")
    .description("build the API reference site: one offline HTML page per API version, with a version switcher")
    .option("--config <file>", "config file (default: hocon-api-codegen.config.{ts,mts,mjs,js,json} here or in a folder above); its jobs with a `docs` folder are built")
    .option("--schemas <dir>", "schema folder (.conf files); without a config file: schemas")
    .option("--out <dir>", `the site's folder (overrides the job's \`docs\`); without a config file: ${DEFAULT_DOCS}`)
    .option("--include-internal", "also document internal endpoints")
    .option("--check", "write nothing; exit 1 listing every out-of-date file")
    .addOption(dialectOption().default(undefined))
    .action(async (flags: DocsCommandLine) => {
      const { runDocsCommand } = await import("./run-docs.js");
      process.exitCode = await runDocsCommand(flags);
    });
}
