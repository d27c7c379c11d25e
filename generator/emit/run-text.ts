// Texts a codegen run ends with, shared by `codegen` and `codegen --watch`.
import type { CodegenStop } from "./pipeline.js";
import type { FileStatus } from "./writer.js";

export const DIFFERENCE_TEXT: Record<FileStatus, string> = {
  stale: "is out of date",
  missing: "is missing",
  extra: "should not exist",
  foreign: "should not exist: hocon-api-codegen did not write it and leaves it alone (remove it by hand)",
};

/** How a stopped run ends its report (the findings are printed already). */
export function stopText(stop: CodegenStop): string {
  switch (stop.reason) {
    case "schemas":
      return `codegen: stopped: ${stop.errors} error(s) in the schemas\n`;
    case "generation":
      return "";
    case "option":
      return `codegen: error: ${stop.message}\n`;
    case "output-folder":
      return `${stop.message}\ncodegen: stopped: nothing was written\n`;
  }
}
