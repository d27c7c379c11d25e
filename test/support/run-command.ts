// Runs CLI commands in-process through commander: what they print and the exit code they set.
import { Command } from "commander";
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
  const { stdout, stderr } = await capturedOutput(() => program.parseAsync(["node", "test", ...args]));
  const exitCode = Number(process.exitCode ?? 0);
  process.exitCode = 0;
  return { stdout, stderr, exitCode };
}
