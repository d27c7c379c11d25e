// What a watch run prints: the findings and the summary line, as `codegen` prints them.
import path from "node:path";
import { formatDiagnostics } from "../../hocon/diagnostics.js";
import { DIFFERENCE_TEXT, stopText } from "../emit/run-text.js";
import type { CodegenResult } from "../emit/pipeline.js";

export interface RunReport {
  /** Findings and problems (codegen prints them to stderr). */
  readonly stderr: string;
  /** The summary line (stdout); empty when the run stopped. */
  readonly stdout: string;
}

export function reportRun(out: string, result: CodegenResult, ms: number): RunReport {
  let stderr = formatDiagnostics(result.findings, result.sources);
  if (result.stopped) return { stderr: stderr + stopText(result.stopped), stdout: "" };
  const { write } = result;
  for (const rel of write.foreign) stderr += `${path.relative(process.cwd(), path.join(out, rel))}: warning: ${DIFFERENCE_TEXT.foreign}\n`;
  return {
    stderr,
    stdout: `codegen: ${write.written.length} written, ${write.unchanged.length} unchanged, ${write.removed.length} removed -> ${out} (${Math.round(ms)} ms)\n`,
  };
}
