// `codegen`: schema folder -> generated package (client, zod validators, OpenAPI).
// Its options only: the run (run-codegen.ts) is loaded when the command runs, so other
// commands do not load it.
import type { Command } from "commander";
import { DEFAULT_JOB } from "../config/default-job.js";
import { dialectOption } from "../hocon/dialect-option.js";
import type { CodegenCommandLine } from "./run-codegen.js";

export function registerCodegenCommand(program: Command): void {
  program
    .command("codegen")
    .description("generate the typed client package (TypeScript, zod, OpenAPI) from a schema folder")
    .option("--config <file>", "config file (default: hocon-api-codegen.config.{ts,mts,mjs,js,json} here or in a folder above)")
    .option("--schemas <dir>", `schema folder (.conf files); without a config file: ${DEFAULT_JOB.schemas}`)
    .option("--out <dir>", `output folder of the generated package; without a config file: ${DEFAULT_JOB.out}`)
    .option("--api-version <version>", "API version of the OpenAPI documents (default: the maximum)")
    .option("--include-internal", "also generate internal endpoints")
    .option("--check", "write nothing; exit 1 listing every out-of-date file")
    .option("--name <package>", `npm package name of the output; without a config file: ${DEFAULT_JOB.name}`)
    .option("--force", "regenerate even when no input and no output changed since the last run")
    .option("--watch", "keep running: regenerate whenever a schema file or an included file changes (Ctrl-C stops)")
    // No default here: a default would override the config file's dialect.
    .addOption(dialectOption().default(undefined))
    .action(async (flags: CodegenCommandLine) => {
      const { runCodegenCommand } = await import("./run-codegen.js");
      process.exitCode = await runCodegenCommand(flags);
    });
}
