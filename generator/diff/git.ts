// `git:<ref>`: the schema folder as committed at a ref, copied out of git's object store
// into a temporary folder (never the work tree, never the index), so the same loader as
// codegen reads it. Includes that leave the folder are read from the same commit;
// includes that leave the repository are not found, as they would be in a checkout.
// The default import: the CLI bundle makes node:child_process a lazy proxy (scripts/build.mjs),
// which has no named exports until first use.
import childProcess from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { readText } from "../hocon/read-text.js";

/** The largest file taken from git, as the loader's own limit for a file on disk. */
const MAX_FILE_BYTES = 8 * 1024 * 1024;

export class GitSourceError extends Error {}

export interface GitSnapshot {
  /** The schema folder inside the temporary copy. */
  readonly dir: string;
  /** Reads an included file from the copy or, outside the folder, from the commit. */
  readFile(file: string): string | undefined;
  /** `<ref>:<path in the repository>` for a file of the copy, as git itself writes it. */
  display(file: string): string;
  dispose(): void;
}

function git(cwd: string, args: readonly string[], input?: string): Buffer {
  return childProcess.execFileSync("git", args, { cwd, input, maxBuffer: 1 << 30, stdio: ["pipe", "pipe", "pipe"], env: { ...process.env, GIT_OPTIONAL_LOCKS: "0" } });
}

function gitText(cwd: string, args: readonly string[]): string | undefined {
  try {
    return git(cwd, args).toString("utf8").trim();
  } catch {
    return undefined;
  }
}

/** Copies `folder` (a path from `cwd`, resolved inside cwd's repository) as committed at `ref`. */
export function gitSnapshot(ref: string, folder: string, cwd: string): GitSnapshot {
  const top = gitText(cwd, ["rev-parse", "--show-toplevel"]);
  if (top === undefined) throw new GitSourceError(`git:${ref}: ${cwd} is not inside a git repository`);
  // `--end-of-options` keeps a ref such as `--output=x` from being read as an option.
  const commit = ref.startsWith("-") ? undefined : gitText(top, ["rev-parse", "--verify", "--quiet", "--end-of-options", `${ref}^{commit}`]);
  if (!commit) throw new GitSourceError(`git:${ref}: no such commit, branch or tag in ${top}`);
  const prefix = repoRelative(realpathSync(top), path.resolve(cwd, folder));
  if (prefix === undefined) throw new GitSourceError(`git:${ref}: the schema folder ${folder} is outside the repository ${top}`);

  let entries: BlobEntry[];
  try {
    entries = listBlobs(top, commit, prefix);
  } catch (err) {
    if (err instanceof GitSourceError) throw new GitSourceError(`git:${ref}: ${err.message}`);
    throw err;
  }
  if (entries.length === 0) throw new GitSourceError(`git:${ref}: ${prefix || "."} holds no files at ${ref}`);
  // Real path: files are compared with it after their own symlinks (a temp dir under /var -> /private/var) are resolved.
  const root = realpathSync(mkdtempSync(path.join(os.tmpdir(), "hocon-api-diff-")));
  try {
    writeBlobs(top, root, entries);
  } catch (err) {
    rmSync(root, { recursive: true, force: true });
    throw err;
  }
  const dir = path.join(root, prefix);
  mkdirSync(dir, { recursive: true });
  return {
    dir,
    readFile: (file) => {
      const rel = repoRelative(root, file);
      if (rel === undefined) return undefined;
      return existsSync(file) ? readText(file) : readCommitted(top, commit, rel);
    },
    display: (file) => {
      const rel = repoRelative(root, file);
      return rel === undefined ? file : `${ref}:${rel}`;
    },
    dispose: () => rmSync(root, { recursive: true, force: true }),
  };
}

/** `file` relative to `root` with `/` separators, or undefined when it is outside. */
function repoRelative(root: string, file: string): string | undefined {
  let abs = path.resolve(file);
  if (existsSync(abs)) abs = realpathSync(abs);
  const rel = path.relative(root, abs);
  if (rel.startsWith("..") || path.isAbsolute(rel)) return undefined;
  return rel.split(path.sep).join("/");
}

interface BlobEntry {
  readonly object: string;
  readonly path: string;
}

/** Regular files under `prefix` at `commit` (symlinks and submodules left out); larger ones than the limit left out, or refused when they are `.conf` files. */
function listBlobs(top: string, commit: string, prefix: string): BlobEntry[] {
  const out = git(top, ["ls-tree", "-r", "-z", "-l", "--full-tree", commit, "--", prefix === "" ? "." : prefix]).toString("utf8");
  const entries: BlobEntry[] = [];
  for (const line of out.split("\0")) {
    const m = /^(100644|100755) blob ([0-9a-f]+) +(\d+)\t(.*)$/s.exec(line);
    if (!m) continue;
    if (Number(m[3]) <= MAX_FILE_BYTES) entries.push({ object: m[2], path: m[4] });
    // Left out silently, a service would look removed; on disk the loader refuses it too.
    else if (m[4].endsWith(".conf")) throw new GitSourceError(`${m[4]} is larger than ${MAX_FILE_BYTES / 1024 / 1024} MiB, the limit for one file`);
  }
  return entries;
}

/** Writes every blob into `root` at its path, with one `git cat-file --batch` for all of them. */
function writeBlobs(top: string, root: string, entries: readonly BlobEntry[]): void {
  const out = git(top, ["cat-file", "--batch"], entries.map((e) => e.object).join("\n") + "\n");
  let at = 0;
  for (const entry of entries) {
    const eol = out.indexOf(10, at);
    const header = out.subarray(at, eol).toString("utf8").split(" ");
    const size = Number(header[2]);
    const body = out.subarray(eol + 1, eol + 1 + size);
    at = eol + 1 + size + 1;
    const file = path.join(root, ...entry.path.split("/"));
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, body);
  }
}

function readCommitted(top: string, commit: string, rel: string): string | undefined {
  const spec = `${commit}:${rel}`;
  if (gitText(top, ["cat-file", "-t", spec]) !== "blob") return undefined;
  const size = Number(gitText(top, ["cat-file", "-s", spec]));
  if (!(size <= MAX_FILE_BYTES)) throw new Error(`larger than ${MAX_FILE_BYTES / 1024 / 1024} MiB, the limit for one file`);
  return git(top, ["cat-file", "blob", spec]).toString("utf8");
}
