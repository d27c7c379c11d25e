// `hocon FILE`: prints the resolved JSON of one HOCON file, or a located error. Its
// options only: the parser (run-hocon.ts) is loaded when the command runs.
import type { Command } from "commander";
import { dialectOption } from "./dialect-option.js";
import type { HoconDialect } from "../../hocon/types.js";

export function registerHoconCommand(program: Command): void {
  program
    .command("hocon")
    .description("parse and resolve one HOCON file and print it as JSON (2-space indent)")
    .argument("<file>", "the .conf file to read; includes resolve relative to it")
    .option("--no-env", "do not resolve substitutions missing from the file from environment variables (by default they are, as both pyhocon and the HOCON spec do)")
    .addOption(dialectOption())
    .addHelpText(
      "after",
      "\nOn success the JSON goes to stdout (exit 0). On bad input a compiler-style error\n" +
        "(file:line:column, the source line and a caret) goes to stderr (exit 1).",
    )
    .action(async (file: string, opts: { env: boolean; dialect: HoconDialect }) => {
      const { runHocon } = await import("./run-hocon.js");
      process.exitCode = runHocon(file, opts);
    });
}
