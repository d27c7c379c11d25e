// `lint [DIR]` and `inspect [DIR]`: check a schema folder like a compiler, or print its model.
import type { Command } from "commander";
import { formatDiagnostics, type Diagnostic } from "../../hocon/diagnostics.js";
import { buildModel } from "./build.js";
import { sortFindings } from "./index.js";
import { lint } from "./lint-folder.js";
import { modelToJson } from "./inspect.js";
import { dialectOption } from "../hocon/dialect-option.js";
import { jsonText } from "../../hocon/json-text.js";
import type { HoconDialect, JsonValue } from "../../hocon/types.js";
import { loadFolder } from "./load.js";
import { readConf } from "./read.js";

export function registerSchemaCommands(program: Command): void {
  program
    .command("lint")
    .description("check a folder of HOCON service definitions and print every problem found (exit 1 on errors)")
    .argument("[dir]", "schema folder", "schemas")
    .addOption(dialectOption())
    .action((dir: string, opts: { dialect: HoconDialect }) => {
      const { findings, sources, errors, warnings } = lint(dir, { dialect: opts.dialect });
      process.stdout.write(formatDiagnostics(findings, sources));
      process.stdout.write(`${count(errors, "error")}, ${count(warnings, "warning")}\n`);
      if (errors > 0) process.exitCode = 1;
    });

  program
    .command("inspect")
    .description("print the API model of a schema folder as JSON (services, endpoints, versions, roles, flags, locations)")
    .argument("[dir]", "schema folder", "schemas")
    .addOption(dialectOption())
    .action((dir: string, opts: { dialect: HoconDialect }) => {
      const raw = loadFolder(dir, (file) => readConf(file, { dialect: opts.dialect }));
      // Files that could not be read leave the model incomplete: say so, but still print it.
      printErrors(sortFindings([...raw.errors]), raw.sources);
      process.stdout.write(jsonText(modelToJson(buildModel(raw)) as JsonValue, 2) + "\n");
      if (raw.errors.length > 0) process.exitCode = 1;
    });
}

function printErrors(findings: readonly Diagnostic[], sources: ReadonlyMap<string, string>): void {
  process.stderr.write(formatDiagnostics(findings, sources));
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}
