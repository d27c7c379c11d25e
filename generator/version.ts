// The generator's own version: its package.json, found the way codegen finds its runtime
// templates (the generator's root), so a bundle and the sources agree. Read only for
// `--version`; "unknown" where there is no package.json (a bare snapshot of the CLI).
import { readFileSync } from "node:fs";
import path from "node:path";
import { findRepoRoot } from "./repo-root.js";

export function generatorVersion(): string {
  try {
    const manifest = JSON.parse(readFileSync(path.join(findRepoRoot(), "package.json"), "utf8")) as { version?: unknown };
    return typeof manifest.version === "string" ? manifest.version : "unknown";
  } catch {
    return "unknown";
  }
}
