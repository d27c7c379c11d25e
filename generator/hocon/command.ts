// `hocon FILE`: prints the resolved JSON of one HOCON file, or a located error.
import type { Command } from "commander";
import { HoconError } from "./errors.js";
import { parseFile } from "./file.js";

export function registerHoconCommand(program: Command): void {
  program
    .command("hocon")
    .description("parse and resolve one HOCON file and print it as JSON (2-space indent)")
    .argument("<file>", "the .conf file to read; includes resolve relative to it")
    .option("--env", "resolve substitutions missing from the file from environment variables, as the HOCON spec allows")
    .addHelpText(
      "after",
      "\nOn success the JSON goes to stdout (exit 0). On bad input a compiler-style error\n" +
        "(file:line:column, the source line and a caret) goes to stderr (exit 1).",
    )
    .action((file: string, opts: { env?: boolean }) => {
      try {
        const env = opts.env ? (name: string) => process.env[name] : undefined;
        const { value } = parseFile(file, { env });
        process.stdout.write(JSON.stringify(value, null, 2) + "\n");
      } catch (e) {
        if (!(e instanceof HoconError)) throw e;
        process.stderr.write(e.format() + "\n");
        process.exitCode = 1;
      }
    });
}
