// Where something is in the source, and how a problem at that place is printed.
// Shared by every stage (HOCON parser, schema lint, emitters) so all messages look the
// same: `file:line:col: severity: message`, then the source line and a caret, like a
// compiler. It lives in the HOCON core because the parser reports through it, in the
// client runtime too.

/** A position in a source file. `line` and `column` are 1-based; column counts UTF-16 units. */
export interface Location {
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

export type Severity = "error" | "warning" | "info";

export interface Diagnostic {
  readonly severity: Severity;
  /** Stable machine-readable id, e.g. `hocon/unterminated-string` or `schema/unknown-ref`. */
  readonly code: string;
  readonly message: string;
  readonly location: Location;
  /** What to do about it, printed on its own line after the caret. */
  readonly hint?: string;
}

/** A finding of any kind to print like a diagnostic; its severity is any word (e.g. `breaking`). */
export type PrintableFinding = Omit<Diagnostic, "severity"> & { readonly severity: string };

/** Prints `file:line:col: severity: message` with the offending line and a caret under the column. */
export function formatDiagnostic(d: PrintableFinding, source?: string | SourceLines): string {
  const { file, line, column } = d.location;
  let out = `${file}:${line}:${column}: ${d.severity}: ${d.message}`;
  const lines = typeof source === "string" ? new SourceLines(source) : source;
  const src = lines?.line(line);
  if (src !== undefined) {
    const shown = src.replace(/\t/g, " ");
    out += `\n  ${shown}\n  ${" ".repeat(Math.max(0, column - 1))}^`;
  }
  if (d.hint) out += `\n  hint: ${d.hint}`;
  return out;
}

/**
 * Prints many findings, one per line, against the texts of their files. Each file's lines
 * are indexed once, so the time grows with the number of findings, not with findings
 * times lines.
 */
export function formatDiagnostics(findings: Iterable<PrintableFinding>, sources: ReadonlyMap<string, string>): string {
  const indexed = new Map<string, SourceLines>();
  let out = "";
  for (const d of findings) {
    const { file } = d.location;
    let lines = indexed.get(file);
    const text = lines === undefined ? sources.get(file) : undefined;
    if (text !== undefined) indexed.set(file, (lines = new SourceLines(text)));
    out += formatDiagnostic(d, lines) + "\n";
  }
  return out;
}

/** The lines of a source text by number; where each starts is found once, on first use. */
export class SourceLines {
  private starts: number[] | undefined;

  constructor(private readonly text: string) {}

  /** Line `n` (1-based) without its line break, cut when very long; undefined past the end. */
  line(n: number): string | undefined {
    const starts = (this.starts ??= this.index());
    if (!(n >= 1 && n <= starts.length)) return undefined;
    const end = n < starts.length ? starts[n] - 1 : this.text.length;
    const raw = this.text.slice(starts[n - 1], end).replace(/\r$/, "");
    // Very long lines (minified input) are cut, so the message stays readable.
    return raw.length > 200 ? raw.slice(0, 200) + "…" : raw;
  }

  /** Where each line starts: one pass over the text. */
  private index(): number[] {
    const text = this.text;
    const starts = [0];
    for (let nl = text.indexOf("\n"); nl >= 0; nl = text.indexOf("\n", nl + 1)) starts.push(nl + 1);
    return starts;
  }
}
