// The output folder as codegen sees it: every path inside it is looked at with lstat,
// never followed through a symbolic link, so a link planted in the folder (a linked src/,
// a generated file that is a link) cannot make codegen write or delete anywhere else.
// The folder itself (the --out the user named) may be reached through links.
import { lstatSync, readdirSync, statSync, type Stats } from "node:fs";
import path from "node:path";

/** The output folder cannot be written safely; the message is printed as it is (exit 1). */
export class OutputFolderError extends Error {
  override readonly name = "OutputFolderError";
}

/** `rel` is a plain path inside the folder: relative, forward slashes, no `..` or empty parts. */
export function isSafeRelative(rel: string): boolean {
  return rel.length > 0 && !path.isAbsolute(rel) && !rel.includes("\\") && !rel.split("/").some((p) => p === ".." || p === "." || p === "");
}

/** The folder as given, and where it is when the given path does not say (`.`, `x/..`). */
export function folderName(dir: string): string {
  const normal = path.normalize(dir);
  return normal === "." || normal.split(path.sep).includes("..") ? `${dir} (${path.resolve(dir)})` : dir;
}

export class OutputFolder {
  /** Relative folders already seen to be real folders (not links). */
  readonly #folders = new Set<string>();

  /**
   * Where files go: `given` with `.` and `..` folded first, as the user reads it. The
   * kernel would refuse `absent/..` until a recursive mkdir created `absent`, so the
   * checks would see no folder and the writes land in a full one.
   */
  readonly dir: string;

  constructor(readonly given: string) {
    this.dir = path.normalize(given);
  }

  /** The folder's own entry: undefined when absent, an error when it is not a folder. */
  statRoot(): Stats | undefined {
    const st = statSync(this.dir, { throwIfNoEntry: false });
    if (st !== undefined && !st.isDirectory()) throw new OutputFolderError(`${folderName(this.given)}: error: --out is not a folder`);
    return st;
  }

  /** Where `rel` is, for messages. */
  where(rel: string): string {
    return path.join(this.dir, rel);
  }

  /**
   * lstat of `rel`, undefined when it (or a folder on its way) does not exist. An
   * OutputFolderError when it or any folder on its way inside the output folder is a
   * symbolic link, or a folder on its way is not a folder.
   */
  lstat(rel: string): Stats | undefined {
    const parts = rel.split("/");
    let sub = "";
    for (const part of parts.slice(0, -1)) {
      sub = sub === "" ? part : `${sub}/${part}`;
      if (this.#folders.has(sub)) continue;
      const st = this.#lstatNoLink(sub);
      if (st === undefined) return undefined;
      if (!st.isDirectory()) throw new OutputFolderError(`${this.where(sub)}: error: is in the way of ${rel}: not a folder`);
      this.#folders.add(sub);
    }
    return this.#lstatNoLink(rel);
  }

  #lstatNoLink(rel: string): Stats | undefined {
    const st = lstatSync(this.where(rel), { throwIfNoEntry: false });
    if (st?.isSymbolicLink()) {
      throw new OutputFolderError(`${this.where(rel)}: error: is a symbolic link; hocon-api-codegen never writes or deletes through a link: replace it with a folder or file of its own`);
    }
    return st;
  }

  /** Entry names at the top of the folder, folders with a trailing slash, sorted. */
  topEntries(): string[] {
    return readdirSync(this.dir, { withFileTypes: true })
      .map((e) => (e.isDirectory() ? `${e.name}/` : e.name))
      .sort();
  }

  /**
   * Files (and links) that are not in `known`, in the top folders of the `generated` files
   * (src/ and below), links not followed, sorted.
   */
  filesNotIn(known: ReadonlySet<string>, generated: Iterable<string> = known): string[] {
    const tops = new Set([...generated].filter((f) => f.includes("/")).map((f) => f.split("/")[0]));
    const out: string[] = [];
    const walk = (sub: string): void => {
      for (const entry of readdirSync(this.where(sub), { withFileTypes: true })) {
        const relPath = `${sub}/${entry.name}`;
        if (entry.isDirectory()) walk(relPath);
        else if (!known.has(relPath)) out.push(relPath);
      }
    };
    for (const top of tops) {
      let st: Stats | undefined;
      try {
        st = this.lstat(top);
      } catch {
        continue; // a link: refused where it matters, never walked
      }
      if (st?.isDirectory()) walk(top);
    }
    return out.sort();
  }
}
