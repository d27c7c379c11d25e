// Texts a codegen run ends with, shared by `codegen` and `codegen --watch`.
import path from "node:path";
import type { CodegenStop } from "./pipeline.js";
import type { FileStatus, WriteResult } from "./writer.js";

export const DIFFERENCE_TEXT: Record<FileStatus, string> = {
  stale: "is out of date",
  missing: "is missing",
  extra: "should not exist",
  foreign: "should not exist: hocon-api-codegen did not write it and leaves it alone (remove it by hand)",
};

/** How a stopped run of `command` ends its report (the findings are printed already). */
export function stopText(stop: CodegenStop, command: "codegen" | "docs" = "codegen"): string {
  switch (stop.reason) {
    case "schemas":
      return `${command}: stopped: ${stop.errors} error(s) in the schemas\n`;
    case "generation":
      return "";
    case "option":
      return `${command}: error: ${stop.message}\n`;
    case "output-folder":
      return `${stop.message}\n${command}: stopped: nothing was written\n`;
  }
}

/** After a write: a warning per file in the way that codegen leaves alone, and the summary line. */
export function writtenText(out: string, write: WriteResult, ms: number): { readonly warnings: string; readonly summary: string } {
  let warnings = "";
  for (const rel of write.foreign) warnings += `${path.relative(process.cwd(), path.join(out, rel))}: warning: ${DIFFERENCE_TEXT.foreign}\n`;
  const summary = `codegen: ${write.written.length} written, ${write.unchanged.length} unchanged, ${write.removed.length} removed -> ${out} (${Math.round(ms)} ms)\n`;
  return { warnings, summary };
}
