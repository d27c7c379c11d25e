// `lint [DIR]` and `inspect [DIR]`: check a schema folder like a compiler, or print its model.
// Their options only: the runs (run-schema.ts) are loaded when a command runs.
import type { Command } from "commander";
import { dialectOption } from "../hocon/dialect-option.js";
import type { HoconDialect } from "../../hocon/types.js";

export function registerSchemaCommands(program: Command): void {
  program
    .command("lint")
    .description("check a folder of HOCON service definitions and print every problem found (exit 1 on errors)")
    .argument("[dir]", "schema folder", "schemas")
    .addOption(dialectOption())
    .action(async (dir: string, opts: { dialect: HoconDialect }) => {
      const { runLint } = await import("./run-schema.js");
      process.exitCode = runLint(dir, opts.dialect);
    });

  program
    .command("inspect")
    .description("print the API model of a schema folder as JSON (services, endpoints, versions, roles, flags, locations)")
    .argument("[dir]", "schema folder", "schemas")
    .addOption(dialectOption())
    .action(async (dir: string, opts: { dialect: HoconDialect }) => {
      const { runInspect } = await import("./run-schema.js");
      process.exitCode = runInspect(dir, opts.dialect);
    });
}
