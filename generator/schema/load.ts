// Reads a schema folder the way the ClearML server does (schema_reader.py): every
// `*.conf` not starting with `_` is a service named after its file stem, and
// `_api_defaults.conf` holds the API-wide endpoint defaults. Other `_*.conf` files are
// only included by services. Read failures become findings, never exceptions.
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import type { Diagnostic } from "../../hocon/diagnostics.js";
import type { JsonObject, ParseResult, SourceMap } from "../../hocon/types.js";
import { readConf } from "./read.js";

export interface RawFile {
  /** As used in locations: `path.join(dir, name)`. */
  readonly file: string;
  readonly value: JsonObject;
  readonly source: SourceMap;
}

export interface RawService extends RawFile {
  readonly name: string;
}

export interface RawApi {
  readonly root: string;
  readonly defaults?: RawFile;
  /** Sorted by name. */
  readonly services: readonly RawService[];
  /** Files that could not be read or parsed. */
  readonly errors: readonly Diagnostic[];
  /** Text of every file read (including included ones), for printing diagnostics. */
  readonly sources: ReadonlyMap<string, string>;
}

export const DEFAULTS_FILE = "_api_defaults.conf";

export type ConfReader = (file: string) => ParseResult;

export function loadFolder(dir: string, read: ConfReader = readConf): RawApi {
  const errors: Diagnostic[] = [];
  const sources = new Map<string, string>();
  const names = listConfFiles(dir, errors);
  const readOne = (name: string): RawFile | undefined => {
    const file = path.join(dir, name);
    const parsed = parseOrReport(file, read, errors, sources);
    if (!parsed) return undefined;
    for (const [f, text] of parsed.source.sources) sources.set(f, text);
    return { file, value: parsed.value, source: parsed.source };
  };

  const defaults = names.includes(DEFAULTS_FILE) ? readOne(DEFAULTS_FILE) : undefined;
  const services: RawService[] = [];
  for (const name of names) {
    if (name.startsWith("_")) continue;
    const raw = readOne(name);
    if (raw) services.push({ ...raw, name: name.slice(0, -".conf".length) });
  }
  services.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return { root: dir, defaults, services, errors, sources };
}

function listConfFiles(dir: string, errors: Diagnostic[]): string[] {
  try {
    if (!statSync(dir).isDirectory()) {
      errors.push(folderError(dir, "not a directory"));
      return [];
    }
    return readdirSync(dir)
      .filter((n) => n.endsWith(".conf"))
      .sort();
  } catch (err) {
    errors.push(folderError(dir, systemMessage(err)));
    return [];
  }
}

function folderError(dir: string, why: string): Diagnostic {
  return {
    severity: "error",
    code: "schema/unreadable-folder",
    message: `cannot read schema folder: ${why}`,
    location: { file: dir, line: 1, column: 1 },
    hint: "pass the folder that holds the service .conf files",
  };
}

function parseOrReport(file: string, read: ConfReader, errors: Diagnostic[], sources: Map<string, string>): ParseResult | undefined {
  try {
    return read(file);
  } catch (err) {
    // A HoconError carries its diagnostic and the text it points into.
    const { diagnostic, sourceText } = (err ?? {}) as { diagnostic?: Diagnostic; sourceText?: string };
    if (diagnostic) {
      errors.push(diagnostic);
      if (typeof sourceText === "string") sources.set(diagnostic.location.file, sourceText);
    }
    else if ((err as NodeJS.ErrnoException | null)?.code) {
      errors.push({ severity: "error", code: "schema/unreadable-file", message: `cannot read file: ${systemMessage(err)}`, location: { file, line: 1, column: 1 } });
    } else throw err;
    return undefined;
  }
}

function systemMessage(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  return e?.code === "ENOENT" ? "no such file or directory" : e?.code === "EACCES" ? "permission denied" : String(e?.message ?? err);
}
