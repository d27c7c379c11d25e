// The generator's own root: where codegen finds its runtime (the sources in this
// repository, or the compiled copy an installed package ships under dist/runtime) and
// keeps its stamps, and `--version` its package.json.
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The folder holding the generator's package.json and its runtime (templates/runtime in
 * this repository, dist/runtime in an installed package): found upward from this module
 * (source or dist bundle).
 */
export function findRepoRoot(from = path.dirname(fileURLToPath(import.meta.url))): string {
  let dir = from;
  for (;;) {
    if (existsSync(path.join(dir, "templates", "runtime"))) return dir;
    if (existsSync(path.join(dir, "package.json")) && existsSync(path.join(dir, "dist", "runtime"))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error("cannot find the generator's runtime (templates/runtime or dist/runtime) above " + from);
    dir = parent;
  }
}
