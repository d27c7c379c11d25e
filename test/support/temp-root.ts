// Every temporary file of a test run goes under one folder of the run's own, removed when
// the run ends, so runs leave nothing behind in the system's temp folder. Tests, and the
// npm, tsc, CLI and browser processes they start, make theirs under os.tmpdir(), which
// these variables set for the workers (started after this) and their children.
import { mkdtempSync, realpathSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const PREFIX = "test-run-";

export default function setup(): () => void {
  const root = mkdtempSync(path.join(tmpdir(), PREFIX));
  for (const name of ["TMPDIR", "TMP", "TEMP"]) process.env[name] = root;
  return () => rmSync(root, { recursive: true, force: true });
}

/** Matches the paths of files under any run's folder (not the repository, which may be in the temp folder too). */
export function runFolderPatterns(): RegExp[] {
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return [...new Set([tmpdir(), realpathSync(tmpdir())])].map((dir) => new RegExp(`^${escape(path.join(dir, PREFIX))}[^/\\\\]+[/\\\\]`));
}
