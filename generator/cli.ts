#!/usr/bin/env node
// The command-line entry point: one commander program, one module per command group
// holding its options; what a command runs is imported when it runs (its own bundle in
// dist/, see scripts/build.mjs), so a command loads only its own code.
// Every failure the user can cause is printed as a located diagnostic and exits 1;
// only a bug in the generator itself prints "internal error" (stack with DEBUG=1).
import { Command } from "commander";
import v8 from "node:v8";
import { registerHoconCommand } from "./hocon/command.js";
import { registerSchemaCommands } from "./schema/command.js";
import { registerCodegenCommand } from "./emit/command.js";
import { registerInitCommand } from "./config/init.js";
import { registerDiffCommand } from "./diff/command.js";
import { registerMockCommand } from "./mock/command.js";
import { registerDocsCommand } from "./docs/command.js";
import { reportInternalError } from "./internal-error.js";
import { generatorVersion } from "./version.js";

// No optimizing compiler (TurboFan): its code arrives too late to pay in a run this short,
// and the second core is left to the garbage collector (BENCHMARKS.md). A much larger
// schema folder may want it back: `node --max-opt=4 dist/cli.cjs ...` keeps the caller's choice.
// `--watch` keeps it: a process that runs codegen again on every save is not short-lived.
if (!process.execArgv.some((arg) => arg.startsWith("--max-opt")) && !process.argv.includes("--watch")) v8.setFlagsFromString("--max-opt=1");

const program = new Command("hocon-api-codegen")
  .description("Generate a typed TypeScript client, zod validators and OpenAPI from HOCON service definitions.")
  // Not commander's .version(text): that would read package.json on every command.
  .option("-V, --version", "print the generator's version")
  .on("option:version", () => {
    process.stdout.write(generatorVersion() + "\n");
    process.exit(0);
  })
  .showHelpAfterError()
  .configureOutput({ writeErr: (s) => process.stderr.write(s) });

// `cli inspect | head` closes stdout early: that is the reader's choice, not an error.
process.stdout.on("error", (err: NodeJS.ErrnoException) => {
  if (err.code === "EPIPE") process.exit(0);
  throw err;
});

registerHoconCommand(program);
registerSchemaCommands(program);
registerCodegenCommand(program);
registerInitCommand(program);
registerDiffCommand(program);
registerMockCommand(program);
registerDocsCommand(program);

// No top-level await: the bundle is CommonJS.
program.parseAsync(process.argv).catch(reportInternalError);
