// Writes the generated package: only files whose bytes changed are rewritten, generated
// files that are no longer produced are removed, and check mode writes nothing but
// reports what is stale, missing or extra. Only the package's own files are managed:
// src/** and the listed files; node_modules/, dist/ and others are left alone.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

export const MANAGED_TOP_LEVEL = [
  "package.json",
  "tsconfig.json",
  "README.md",
  "openapi.json",
  "openapi.yaml",
  "scripts/copy-validators.mjs",
];
const MANAGED_DIRS = ["src"];

export type FileStatus = "stale" | "missing" | "extra";

export interface WriteResult {
  readonly written: string[];
  readonly unchanged: string[];
  readonly removed: string[];
  /** Check mode: every difference, by path relative to the output folder. */
  readonly differences: { readonly path: string; readonly status: FileStatus }[];
}

/** Writes `files` (paths relative to `outDir`, forward slashes) or, with `check`, only compares. */
export function writeOutput(outDir: string, files: ReadonlyMap<string, string>, options: { check?: boolean } = {}): WriteResult {
  const result: WriteResult = { written: [], unchanged: [], removed: [], differences: [] };
  for (const rel of [...files.keys()].sort()) {
    if (!isSafeRelative(rel)) throw new Error(`refusing to write outside the output folder: ${rel}`);
    const full = path.join(outDir, rel);
    const bytes = Buffer.from(files.get(rel)!, "utf8");
    const size = fileSize(full);
    // Only a file of the same size can be unchanged: the others are not read back.
    if (size === bytes.length && readFileSync(full).equals(bytes)) {
      result.unchanged.push(rel);
      continue;
    }
    if (options.check) {
      result.differences.push({ path: rel, status: size !== undefined ? "stale" : "missing" });
      continue;
    }
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, bytes);
    result.written.push(rel);
  }
  for (const rel of existingManagedFiles(outDir)) {
    if (files.has(rel)) continue;
    if (options.check) {
      result.differences.push({ path: rel, status: "extra" });
      continue;
    }
    rmSync(path.join(outDir, rel));
    result.removed.push(rel);
  }
  if (!options.check) removeEmptyDirs(path.join(outDir, "src"));
  result.differences.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return result;
}

/** Size in bytes of a regular file, undefined when there is none. */
function fileSize(full: string): number | undefined {
  const st = statSync(full, { throwIfNoEntry: false });
  return st?.isFile() ? st.size : undefined;
}

function isSafeRelative(rel: string): boolean {
  return rel.length > 0 && !path.isAbsolute(rel) && !rel.split("/").some((p) => p === ".." || p === "");
}

/** The managed files present in `outDir`, sorted. */
export function existingManagedFiles(outDir: string): string[] {
  const out: string[] = [];
  for (const name of MANAGED_TOP_LEVEL) if (existsSync(path.join(outDir, name))) out.push(name);
  const walk = (dir: string, rel: string): void => {
    if (!existsSync(dir)) return;
    for (const name of readdirSync(dir).sort()) {
      const full = path.join(dir, name);
      const relPath = `${rel}/${name}`;
      if (statSync(full).isDirectory()) walk(full, relPath);
      else out.push(relPath);
    }
  };
  for (const d of MANAGED_DIRS) walk(path.join(outDir, d), d);
  return out.sort();
}

function removeEmptyDirs(dir: string): boolean {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return false;
  let empty = true;
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory() && removeEmptyDirs(full)) continue;
    empty = false;
  }
  if (empty) rmSync(dir, { recursive: true });
  return empty;
}
