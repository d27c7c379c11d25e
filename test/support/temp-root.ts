// Every temporary file of a test run goes under one folder of the run's own, removed when
// the run ends, so runs leave nothing behind in the system's temp folder. Tests, and the
// npm, tsc, CLI and browser processes they start, make theirs under os.tmpdir(), which
// these variables set for the workers (started after this) and their children.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

export default function setup(): () => void {
  const root = mkdtempSync(path.join(tmpdir(), "test-run-"));
  for (const name of ["TMPDIR", "TMP", "TEMP"]) process.env[name] = root;
  return () => rmSync(root, { recursive: true, force: true });
}
