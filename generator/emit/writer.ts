// Writes the generated package. codegen owns exactly the files its manifest records
// (manifest.ts): only those are ever overwritten or removed, a folder without a manifest
// is written only when it is empty, and nothing is written or deleted through a symbolic
// link (output-folder.ts). Only files whose bytes changed are rewritten; check mode writes
// nothing but reports what is stale, missing or extra. Every refusal is decided before
// anything is written.
import { closeSync, constants, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmdirSync, rmSync, unlinkSync, writeSync, type Stats } from "node:fs";
import path from "node:path";
import { MANIFEST_FILE, parseManifest, renderManifest } from "./manifest.js";
import { folderName, isSafeRelative, OutputFolder, OutputFolderError } from "./output-folder.js";

/** stale, missing: a generated file differs or is absent; extra: recorded but no longer generated; foreign: in a generated folder, never written by codegen. */
export type FileStatus = "stale" | "missing" | "extra" | "foreign";

export interface WriteResult {
  readonly written: string[];
  readonly unchanged: string[];
  readonly removed: string[];
  /** Files in the package's folders (src/) that codegen did not write: left alone. */
  readonly foreign: string[];
  /** Check mode: every difference, by path relative to the output folder. */
  readonly differences: { readonly path: string; readonly status: FileStatus }[];
}

/** The package's files plus the manifest recording them: what a run leaves in the folder. */
export function withManifest(files: ReadonlyMap<string, string>): Map<string, string> {
  for (const rel of files.keys()) {
    if (!isSafeRelative(rel) || rel === MANIFEST_FILE) throw new Error(`refusing to write outside the output folder or over its manifest: ${rel}`);
  }
  return new Map([...files, [MANIFEST_FILE, renderManifest(files.keys())]]);
}

/** A file of the output folder as the caller last saw it: its text, and the size and modification time it had then. */
export interface KnownFile {
  readonly text: string;
  readonly size: number;
  readonly mtimeMs: number;
}

export interface WriteOptions {
  readonly check?: boolean;
  /** Files by path the caller saw lately (a watcher, after its last write); one still the same size and age is not read back. */
  readonly known?: ReadonlyMap<string, KnownFile>;
}

/** Writes `files` (paths relative to `outDir`, forward slashes) or, with `check`, only compares. */
export function writeOutput(outDir: string, files: ReadonlyMap<string, string>, options: WriteOptions = {}): WriteResult {
  const all = withManifest(files);
  const folder = new OutputFolder(outDir);
  const recorded = recordedFiles(folder);
  const result: WriteResult = { written: [], unchanged: [], removed: [], foreign: [], differences: [] };
  const toWrite: string[] = [];
  const toRemove: string[] = [];
  // A link on the way of several files is reported once.
  const problems = new Set<string>();
  const look = (rel: string): ReturnType<OutputFolder["lstat"]> | "problem" => {
    try {
      return folder.lstat(rel);
    } catch (err) {
      if (!(err instanceof OutputFolderError)) throw err;
      problems.add(err.message);
      return "problem";
    }
  };
  for (const rel of [...all.keys()].sort()) {
    const text = all.get(rel)!;
    const st = recorded === undefined ? undefined : look(rel);
    if (st === "problem") continue;
    if (st === undefined) {
      toWrite.push(rel);
      if (options.check) result.differences.push({ path: rel, status: "missing" });
    } else if (!st.isFile()) {
      problems.add(`${folder.where(rel)}: error: is in the way of a generated file: not a file`);
    } else if (rel !== MANIFEST_FILE && !recorded!.has(rel)) {
      problems.add(`${folder.where(rel)}: error: is in the way of a generated file: hocon-api-codegen did not write it (not in ${MANIFEST_FILE}); move it away`);
    } else if (holds(folder, rel, st, text, options.known?.get(rel))) {
      result.unchanged.push(rel);
    } else {
      toWrite.push(rel);
      if (options.check) result.differences.push({ path: rel, status: "stale" });
    }
  }
  for (const rel of [...(recorded ?? [])].sort()) {
    if (all.has(rel)) continue;
    const st = look(rel);
    if (st === "problem" || st === undefined) continue;
    if (!st.isFile()) problems.add(`${folder.where(rel)}: error: hocon-api-codegen wrote a file here, now it is not one; remove it by hand`);
    else toRemove.push(rel);
  }
  if (problems.size > 0) throw new OutputFolderError([...problems].join("\n"));
  if (recorded !== undefined) result.foreign.push(...folder.filesNotIn(new Set([...all.keys(), ...recorded]), all.keys()));
  if (options.check) {
    for (const rel of toRemove) result.differences.push({ path: rel, status: "extra" });
    for (const rel of result.foreign) result.differences.push({ path: rel, status: "foreign" });
    result.differences.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    return result;
  }
  // Recorded before they exist: a run stopped halfway still owns every file it wrote.
  const owned = new Set([...(recorded ?? []), ...files.keys()]);
  let manifestOnDisk: string | undefined;
  if (owned.size > (recorded?.size ?? 0)) {
    mkdirSync(folder.dir, { recursive: true });
    manifestOnDisk = renderManifest(owned);
    writeFile(folder, MANIFEST_FILE, manifestOnDisk);
  }
  const createdDirs = new Set<string>();
  for (const rel of toWrite) {
    if (rel === MANIFEST_FILE) continue;
    const dir = path.dirname(folder.where(rel));
    if (!createdDirs.has(dir)) {
      mkdirSync(dir, { recursive: true });
      createdDirs.add(dir);
    }
    writeFile(folder, rel, all.get(rel)!);
    result.written.push(rel);
  }
  for (const rel of toRemove) {
    unlinkSync(folder.where(rel));
    result.removed.push(rel);
    removeEmptyParents(folder, rel);
  }
  // The manifest last: once the rest is done, it records exactly what the folder holds.
  if (toWrite.includes(MANIFEST_FILE)) {
    const manifest = all.get(MANIFEST_FILE)!;
    if (manifest !== manifestOnDisk) writeFile(folder, MANIFEST_FILE, manifest);
    result.written.push(MANIFEST_FILE);
  }
  return result;
}

/** True when the file `st` describes holds exactly `text`. */
function holds(folder: OutputFolder, rel: string, st: Stats, text: string, known: KnownFile | undefined): boolean {
  // A file the caller saw and nobody touched since (writing changes the modification time) holds what the caller saw: it is not read back.
  if (known !== undefined && known.size === st.size && known.mtimeMs === st.mtimeMs) return known.text === text;
  // Only a file of the same size can be unchanged: the others are not read back either.
  if (st.size !== Buffer.byteLength(text, "utf8")) return false;
  return readFileSync(folder.where(rel)).equals(Buffer.from(text, "utf8"));
}

/** The files the folder's manifest records: undefined when the folder does not exist, none when it is empty. */
function recordedFiles(folder: OutputFolder): Set<string> | undefined {
  if (folder.statRoot() === undefined) return undefined;
  const st = folder.lstat(MANIFEST_FILE);
  if (st === undefined) {
    const entries = folder.topEntries();
    if (entries.length === 0) return new Set();
    const shown = entries.length > 8 ? `${entries.slice(0, 8).join(", ")} and ${entries.length - 8} more` : entries.join(", ");
    throw new OutputFolderError(
      `${folderName(folder.given)}: error: --out is not empty and hocon-api-codegen did not write it (no ${MANIFEST_FILE} in it); in the way: ${shown}\n` +
        "  hint: choose an empty or new folder; a package written by a hocon-api-codegen that kept no manifest: delete it, then run the command again",
    );
  }
  if (!st.isFile()) throw new OutputFolderError(`${folder.where(MANIFEST_FILE)}: error: not a file`);
  return new Set(parseManifest(readFileSync(folder.where(MANIFEST_FILE), "utf8"), folder.where(MANIFEST_FILE), isSafeRelative));
}

/** Removes the folders of a removed file that it left empty (rmdir never removes a non-empty one). */
function removeEmptyParents(folder: OutputFolder, rel: string): void {
  for (let dir = path.posix.dirname(rel); dir !== "."; dir = path.posix.dirname(dir)) {
    if (readdirSync(folder.where(dir)).length > 0) return;
    rmdirSync(folder.where(dir));
  }
}

// A new file (O_EXCL, O_NOFOLLOW: never one that is there, nor a link put there since the checks).
const TEMP_FLAGS = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0);

/**
 * Writes a temporary file beside the target, then renames it over the target: the old
 * entry is replaced, never written into, so a hard link to a file elsewhere leaves that
 * file alone, and no reader sees half a file.
 */
function writeFile(folder: OutputFolder, rel: string, text: string): void {
  const full = folder.where(rel);
  const temp = path.join(path.dirname(full), `.${path.basename(full)}.${process.pid}.tmp`);
  const fd = openSync(temp, TEMP_FLAGS, 0o666);
  try {
    try {
      const bytes = Buffer.from(text, "utf8");
      for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, full);
  } catch (err) {
    rmSync(temp, { force: true });
    throw err;
  }
}
