// `mock`: serves the schema folder of the config (or --schemas) as a mock server on
// 127.0.0.1 until Ctrl-C. Its options only: the run (run-mock.ts) is loaded when the
// command runs, so other commands never load the mock, faker or the validators.
import type { Command } from "commander";
import { dialectOption } from "../hocon/dialect-option.js";
import type { MockFlags } from "./run-mock.js";

/** The port ClearML's API server listens on. */
const DEFAULT_PORT = "8008";

export function registerMockCommand(program: Command): void {
  program
    .command("mock")
    .description("serve a mock API server for the schemas on 127.0.0.1 (made-up data, seeded; Ctrl-C stops)")
    .option("--config <file>", "config file (default: hocon-api-codegen.config.{ts,mts,mjs,js,json} here or in a folder above)")
    .option("--schemas <dir>", "schema folder (default: the config's; without a config file: schemas)")
    .option("--port <n>", "port (0: any free port)", DEFAULT_PORT)
    .option("--seed <s>", "seed of the made-up data: the same seed gives the same answers", "0")
    .option("--fixtures <file>", "answers by endpoint: a JSON file, or an ES module whose default export is the object")
    .addOption(dialectOption().default(undefined))
    .action(async (flags: MockFlags) => {
      const { runMockCommand } = await import("./run-mock.js");
      process.exitCode = await runMockCommand(flags);
    });
}
