// Runs CLI commands in-process through commander: what they print and the exit code they set,
// or commander's own when it ends the run (--help, a bad option or choice).
import { Command, CommanderError } from "commander";
import { capturedOutput } from "./captured-output.js";

export interface CommandRun {
  readonly stdout: string;
  readonly stderr: string;
  readonly exitCode: number;
}

/** `register` adds the commands to a fresh program; `args` are what follows the program name. */
export async function runCommand(register: (program: Command) => void, args: readonly string[]): Promise<CommandRun> {
  process.exitCode = 0;
  const program = new Command("test").exitOverride();
  register(program);
  const { value: thrown, stdout, stderr } = await capturedOutput(() => program.parseAsync(["node", "test", ...args]).then(() => undefined, (e: unknown) => e));
  let exitCode = Number(process.exitCode ?? 0);
  process.exitCode = 0;
  if (thrown !== undefined) {
    if (!(thrown instanceof CommanderError)) throw thrown;
    exitCode = thrown.exitCode;
  }
  return { stdout, stderr, exitCode };
}
