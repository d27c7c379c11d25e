// What a call prints: process.stdout and process.stderr are captured while it runs (nothing
// reaches the terminal), then restored, whether it returns or throws.
import { vi } from "vitest";

export interface Captured<T> {
  readonly value: T;
  readonly stdout: string;
  readonly stderr: string;
}

export async function capturedOutput<T>(call: () => T | Promise<T>): Promise<Captured<T>> {
  let stdout = "";
  let stderr = "";
  const out = vi.spyOn(process.stdout, "write").mockImplementation((s) => ((stdout += String(s)), true));
  const err = vi.spyOn(process.stderr, "write").mockImplementation((s) => ((stderr += String(s)), true));
  try {
    const value = await call();
    return { value, stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}
