// How the CLI reports a bug of the generator itself (as opposed to bad input, which gets a
// located diagnostic and exit 1): one line, the stack only with DEBUG=1, exit code 2.
export function reportInternalError(err: unknown): void {
  process.stderr.write(`internal error: ${err instanceof Error ? err.message : String(err)}\n`);
  if (process.env.DEBUG === "1" && err instanceof Error && err.stack) process.stderr.write(err.stack + "\n");
  process.exitCode = 2;
}
