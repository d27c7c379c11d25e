// Parses of schema files kept between watch runs: a file whose text, dialect and included
// files all read the same as when it was parsed is not parsed again. Parsing is
// deterministic in those inputs (no environment fallback), so a reused parse is the parse
// the file would get now. Also answers whether anything a run read has changed since.
import { readText } from "../hocon/read-text.js";
import type { ParseResult } from "../../hocon/types.js";
import { readConf, type ConfReadOptions } from "../schema/read.js";

type IncludeReader = (file: string) => string | undefined;

interface Entry {
  /** The file's text when it was parsed (undefined: it could not be read). */
  readonly text: string | undefined;
  readonly dialect: string;
  /** Every include target the parse probed, with the content it got (undefined: absent). */
  readonly includes: ReadonlyMap<string, string | undefined>;
  /** undefined: the parse failed; it is tried again on every run, as the pipeline reports it. */
  readonly result: ParseResult | undefined;
}

export class ParseCache {
  readonly #entries = new Map<string, Entry>();
  /** Files read since the last `endRun`; the others are forgotten then. */
  readonly #seen = new Set<string>();

  /** A `readConf` for the pipeline (CodegenHooks.readConf). */
  readonly readConf = (file: string, options: ConfReadOptions): ParseResult => {
    this.#seen.add(file);
    const dialect = options.dialect ?? "pyhocon";
    const readInclude: IncludeReader = options.readFile ?? readText;
    const text = tryRead(readText, file);
    const entry = this.#entries.get(file);
    // Reading the includes through the caller's reader records them as probes, as a parse would.
    if (entry?.result !== undefined && text !== undefined && entry.text === text && entry.dialect === dialect && sameContents(entry.includes, readInclude)) {
      return entry.result;
    }
    const includes = new Map<string, string | undefined>();
    const recording: IncludeReader = (include) => {
      const content = readInclude(include);
      if (!includes.has(include)) includes.set(include, content);
      return content;
    };
    try {
      const result = readConf(file, { dialect, readFile: recording });
      this.#entries.set(file, { text: result.source.sources.get(file), dialect, includes, result });
      return result;
    } catch (err) {
      this.#entries.set(file, { text, dialect, includes, result: undefined });
      throw err;
    }
  };

  /** Forgets files the last run did not read (deleted or renamed ones). */
  endRun(): void {
    for (const file of this.#entries.keys()) if (!this.#seen.has(file)) this.#entries.delete(file);
    this.#seen.clear();
  }

  /** True when every file the last run read, with everything it included, still reads the same. */
  unchanged(): boolean {
    for (const [file, entry] of this.#entries) {
      if (tryRead(readText, file) !== entry.text || !sameContents(entry.includes, readText)) return false;
    }
    return true;
  }

  /** Every file the cached parses read: the schema files and their includes (present or not). */
  files(): string[] {
    const all = new Set<string>();
    for (const [file, entry] of this.#entries) {
      all.add(file);
      for (const include of entry.includes.keys()) all.add(include);
    }
    return [...all];
  }
}

/** The content `read` gives, or undefined when it cannot read the file (the parse reports why). */
function tryRead(read: IncludeReader, file: string): string | undefined {
  try {
    return read(file);
  } catch {
    return undefined;
  }
}

function sameContents(contents: ReadonlyMap<string, string | undefined>, read: IncludeReader): boolean {
  for (const [file, content] of contents) {
    let now: string | undefined;
    try {
      now = read(file);
    } catch {
      return false;
    }
    if (now !== content) return false;
  }
  return true;
}
