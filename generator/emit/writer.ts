// Writes the generated package: only files whose bytes changed are rewritten, generated
// files that are no longer produced are removed, and check mode writes nothing but
// reports what is stale, missing or extra. Only the package's own files are managed:
// src/** and the listed files; node_modules/, dist/ and others are left alone.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, type Dirent } from "node:fs";
import path from "node:path";
import { ZOD_TYPES_FILE } from "./package.js";

export const MANAGED_TOP_LEVEL = [
  "package.json",
  "tsconfig.json",
  "README.md",
  "openapi.json",
  "openapi.yaml",
  ZOD_TYPES_FILE,
  // Written by earlier versions of the generator (the build helpers of a package that had
  // .ts sources): removed when found.
  "scripts/copy-prebuilt.mjs",
  "scripts/copy-validators.mjs",
];
const MANAGED_DIRS = ["src"];
/** Top-level folders holding managed files (the old scripts/): removed once emptied. */
const MANAGED_TOP_DIRS = [...new Set(MANAGED_TOP_LEVEL.filter((f) => f.includes("/")).map((f) => f.split("/")[0]))];

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
  // A folder this run creates holds nothing yet: its files are written without looking first.
  const freshOut = !options.check && !existsSync(outDir);
  const createdDirs = new Set<string>();
  for (const rel of [...files.keys()].sort()) {
    if (!isSafeRelative(rel)) throw new Error(`refusing to write outside the output folder: ${rel}`);
    const full = path.join(outDir, rel);
    const text = files.get(rel)!;
    if (!freshOut) {
      const size = fileSize(full);
      // Only a file of the same size can be unchanged: the others are not read back.
      if (size === Buffer.byteLength(text, "utf8") && readFileSync(full).equals(Buffer.from(text, "utf8"))) {
        result.unchanged.push(rel);
        continue;
      }
      if (options.check) {
        result.differences.push({ path: rel, status: size !== undefined ? "stale" : "missing" });
        continue;
      }
    }
    const dir = path.dirname(full);
    if (!createdDirs.has(dir)) {
      mkdirSync(dir, { recursive: true });
      createdDirs.add(dir);
    }
    writeFileSync(full, text);
    result.written.push(rel);
  }
  if (freshOut) return result; // nothing was there to remove
  for (const rel of existingManagedFiles(outDir)) {
    if (files.has(rel)) continue;
    if (options.check) {
      result.differences.push({ path: rel, status: "extra" });
      continue;
    }
    rmSync(path.join(outDir, rel));
    result.removed.push(rel);
  }
  if (!options.check) {
    for (const dir of [...MANAGED_DIRS, ...MANAGED_TOP_DIRS]) removeEmptyDirs(path.join(outDir, dir));
  }
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
    // Entry types come with the listing: no stat per file.
    for (const entry of listDir(dir)) {
      const relPath = `${rel}/${entry.name}`;
      if (entry.isDirectory()) walk(path.join(dir, entry.name), relPath);
      else out.push(relPath);
    }
  };
  for (const d of MANAGED_DIRS) walk(path.join(outDir, d), d);
  return out.sort();
}

function listDir(dir: string): Dirent[] {
  try {
    return readdirSync(dir, { withFileTypes: true });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT" || (err as NodeJS.ErrnoException).code === "ENOTDIR") return [];
    throw err;
  }
}

function removeEmptyDirs(dir: string): boolean {
  let empty = true;
  for (const entry of listDir(dir)) {
    if (entry.isDirectory() && removeEmptyDirs(path.join(dir, entry.name))) continue;
    empty = false;
  }
  if (empty && existsSync(dir)) rmSync(dir, { recursive: true });
  return empty;
}
