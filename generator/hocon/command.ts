// `hocon FILE`: prints the resolved JSON of one HOCON file, or a located error.
import type { Command } from "commander";
import { dialectOption } from "./dialect-option.js";
import { HoconError } from "../../hocon/errors.js";
import { parseFile } from "./file.js";
import { jsonText } from "../../hocon/json-text.js";
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
    .action((file: string, opts: { env: boolean; dialect: HoconDialect }) => {
      try {
        const env = opts.env ? (name: string) => process.env[name] : undefined;
        const { value } = parseFile(file, { env, dialect: opts.dialect });
        process.stdout.write(jsonText(value, 2) + "\n");
      } catch (e) {
        if (!(e instanceof HoconError)) throw e;
        process.stderr.write(e.format() + "\n");
        process.exitCode = 1;
      }
    });
}
