// The generator's own repository: where codegen finds its runtime templates and stamps,
// and `--version` its package.json.
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** The repository holding templates/runtime: found upward from this module (source or dist bundle). */
export function findRepoRoot(from = path.dirname(fileURLToPath(import.meta.url))): string {
  let dir = from;
  for (;;) {
    if (existsSync(path.join(dir, "templates", "runtime"))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error("cannot find templates/runtime above " + from);
    dir = parent;
  }
}
