// The verification tests' tsc run: the shared settings of test/support/typecheck.ts over an
// explicit file list, returning the diagnostics as text, one per line.
import { typecheckFolder } from "../../support/typecheck.js";

export function typecheck(dir: string, files: readonly string[]): string {
  return typecheckFolder(dir, { files }, "tsconfig.verify.json").output;
}
