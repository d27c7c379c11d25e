// The record of what codegen wrote into an output folder, kept in that folder. codegen
// overwrites or removes only the files listed there, and writes into a folder without one
// only when that folder is empty. Sorted paths and nothing else (no hashes, no times):
// the same package always has the same manifest, so `--check` compares it like any
// generated file, and it changes only when the set of files does.
import { OutputFolderError } from "./output-folder.js";

export const MANIFEST_FILE = ".hocon-api-codegen.json";

const GENERATOR = "hocon-api-codegen";

/** The manifest recording `files` (paths relative to the output folder, forward slashes). */
export function renderManifest(files: Iterable<string>): string {
  const listed = [...new Set(files)].filter((f) => f !== MANIFEST_FILE).sort();
  const manifest = {
    generator: GENERATOR,
    note: "The files codegen wrote here: it overwrites or removes only these. Do not edit.",
    files: listed,
  };
  return JSON.stringify(manifest, null, 2) + "\n";
}

/** The files a manifest records; an OutputFolderError when it is not one this generator wrote. */
export function parseManifest(text: string, where: string, isSafeRelative: (rel: string) => boolean): string[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  const files = (parsed as { files?: unknown } | undefined)?.files;
  if (
    (parsed as { generator?: unknown } | undefined)?.generator !== GENERATOR ||
    !Array.isArray(files) ||
    !files.every((f): f is string => typeof f === "string" && isSafeRelative(f) && f !== MANIFEST_FILE)
  ) {
    throw new OutputFolderError(`${where}: error: not a manifest hocon-api-codegen wrote; restore it, or use an empty or new folder`);
  }
  return files;
}
