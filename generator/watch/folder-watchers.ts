// One fs.watch per folder that holds an input. Any event in one of them only asks for a
// check (WatchedJob.run compares contents), so fs.watch's duplicate events, missing file
// names and editors' save-by-rename need no special care. A folder that does not exist
// yet is watched through its nearest existing parent, so its creation is seen; a folder
// replaced by another (deleted and made again) is watched anew.
import { statSync, watch, type FSWatcher } from "node:fs";
import path from "node:path";

interface Watched {
  readonly watcher: FSWatcher;
  /** Inode of the folder when the watch began. */
  readonly ino: number;
}

export class FolderWatchers {
  readonly #watched = new Map<string, Watched>();

  constructor(private readonly onChange: () => void) {}

  /** Watches exactly `folders` from now on. */
  update(folders: Iterable<string>): void {
    const wanted = new Map<string, number>();
    for (const folder of folders) {
      const existing = nearestFolder(path.resolve(folder));
      if (existing) wanted.set(existing.dir, existing.ino);
    }
    for (const [dir, w] of this.#watched) {
      if (wanted.get(dir) !== w.ino) this.#stop(dir);
    }
    for (const [dir, ino] of wanted) {
      if (!this.#watched.has(dir)) this.#start(dir, ino);
    }
  }

  /** How many folders are watched. */
  get size(): number {
    return this.#watched.size;
  }

  close(): void {
    for (const dir of [...this.#watched.keys()]) this.#stop(dir);
  }

  #start(dir: string, ino: number): void {
    let watcher: FSWatcher;
    try {
      watcher = watch(dir, () => this.onChange());
    } catch {
      // Gone since it was looked at: the change that removed it triggers a check.
      this.onChange();
      return;
    }
    watcher.on("error", () => {
      this.#stop(dir);
      this.onChange();
    });
    this.#watched.set(dir, { watcher, ino });
  }

  #stop(dir: string): void {
    this.#watched.get(dir)?.watcher.close();
    this.#watched.delete(dir);
  }
}

function nearestFolder(dir: string): { dir: string; ino: number } | undefined {
  for (let at = dir; ; at = path.dirname(at)) {
    let st;
    try {
      st = statSync(at, { throwIfNoEntry: false });
    } catch {
      st = undefined; // ENOTDIR: a file where a folder of the path should be
    }
    if (st?.isDirectory()) return { dir: at, ino: st.ino };
    if (path.dirname(at) === at) return undefined;
  }
}
