// One side of a diff: a schema folder, or `git:<ref>` (that folder as committed at a ref),
// loaded through the same loader as codegen. Files are named as the user knows them: a
// path for a folder, `<ref>:<path>` for a commit.
import type { Diagnostic, Location } from "../../hocon/diagnostics.js";
import type { HoconDialect } from "../../hocon/types.js";
import type { ApiModel } from "../schema/model.js";
import { loadForCodegen } from "../schema/load-for-codegen.js";
import { gitSnapshot, GitSourceError } from "./git.js";

export const GIT_PREFIX = "git:";

export interface LoadedSide {
  readonly model: ApiModel;
  /** Findings that stop the diff: what would stop codegen (unreadable or unparsable files, ...). */
  readonly errors: readonly Diagnostic[];
  /** Text of every file read, keyed by displayed name. */
  readonly sources: ReadonlyMap<string, string>;
  /** The name a location's file is shown by. */
  display(file: string): string;
}

export interface SideOptions {
  /** The schema folder a `git:<ref>` names, from `cwd`. */
  readonly folder: string;
  readonly cwd: string;
  readonly dialect?: HoconDialect;
}

/** Loads `spec` (a folder or `git:<ref>`); a `git:` ref that cannot be read is an error finding. */
export function loadSide(spec: string, options: SideOptions): LoadedSide | { readonly errors: readonly Diagnostic[] } {
  if (!spec.startsWith(GIT_PREFIX)) return loadFolderSide(spec, options.dialect, undefined, (f) => f);
  const ref = spec.slice(GIT_PREFIX.length);
  let snapshot;
  try {
    snapshot = gitSnapshot(ref, options.folder, options.cwd);
  } catch (err) {
    if (!(err instanceof GitSourceError)) throw err;
    return { errors: [{ severity: "error", code: "diff/bad-git-ref", message: err.message, location: { file: spec, line: 1, column: 1 } }] };
  }
  try {
    return loadFolderSide(snapshot.dir, options.dialect, snapshot.readFile, snapshot.display);
  } finally {
    snapshot.dispose();
  }
}

function loadFolderSide(dir: string, dialect: HoconDialect | undefined, readFile: ((file: string) => string | undefined) | undefined, display: (file: string) => string): LoadedSide {
  const loaded = loadForCodegen(dir, { dialect, readFile });
  const errors = loaded.blocking.map((d) => ({ ...d, location: displayed(d.location, display) }));
  const sources = new Map<string, string>();
  for (const [file, text] of loaded.sources) sources.set(display(file), text);
  return { model: loaded.model, errors, sources, display };
}

export function displayed(location: Location, display: (file: string) => string): Location {
  const file = display(location.file);
  return file === location.file ? location : { ...location, file };
}
