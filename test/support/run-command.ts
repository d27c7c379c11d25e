// Runs CLI commands in-process through commander: what they print and the exit code they set.
import { Command } from "commander";
import { vi } from "vitest";

export interface CommandRun {
  readonly stdout: string;
  readonly stderr: string;
  readonly exitCode: number;
}

/** `register` adds the commands to a fresh program; `args` are what follows the program name. */
export async function runCommand(register: (program: Command) => void, args: readonly string[]): Promise<CommandRun> {
  let stdout = "";
  let stderr = "";
  vi.spyOn(process.stdout, "write").mockImplementation((s) => ((stdout += String(s)), true));
  vi.spyOn(process.stderr, "write").mockImplementation((s) => ((stderr += String(s)), true));
  process.exitCode = 0;
  const program = new Command("test").exitOverride();
  register(program);
  try {
    await program.parseAsync(["node", "test", ...args]);
  } finally {
    vi.restoreAllMocks();
  }
  const exitCode = Number(process.exitCode ?? 0);
  process.exitCode = 0;
  return { stdout, stderr, exitCode };
}
