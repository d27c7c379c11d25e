// Writes a generated package into a test's own new folder. Tests check what was generated,
// not how codegen writes it (test/emit/writer.test.ts does that), so a plain synchronous
// loop serves every test helper.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

/** Writes `files` (paths relative to `dir`, forward slashes) under `dir`. */
export function writeFilesSync(dir: string, files: ReadonlyMap<string, string>): void {
  for (const [rel, text] of files) {
    const full = path.join(dir, rel);
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, text);
  }
}
