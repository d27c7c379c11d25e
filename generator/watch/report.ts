// What a watch run prints: the findings and the summary line, as `codegen` prints them.
import { formatDiagnostics } from "../../hocon/diagnostics.js";
import { stopText, writtenText } from "../emit/run-text.js";
import type { CodegenResult } from "../emit/pipeline.js";

export interface RunReport {
  /** Findings and problems (codegen prints them to stderr). */
  readonly stderr: string;
  /** The summary line (stdout); empty when the run stopped. */
  readonly stdout: string;
}

export function reportRun(out: string, result: CodegenResult, ms: number): RunReport {
  const stderr = formatDiagnostics(result.findings, result.sources);
  if (result.stopped) return { stderr: stderr + stopText(result.stopped), stdout: "" };
  const { warnings, summary } = writtenText(out, result.write, ms);
  return { stderr: stderr + warnings, stdout: summary };
}
