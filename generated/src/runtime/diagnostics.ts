// Where something is in the source, and how a problem at that place is printed.
// Shared by every stage (HOCON parser, schema lint, emitters) so all messages look the
// same: `file:line:col: severity: message`, then the source line and a caret, like a
// compiler.

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

/** Prints `file:line:col: severity: message` with the offending line and a caret under the column. */
export function formatDiagnostic(d: Diagnostic, sourceText?: string): string {
  const { file, line, column } = d.location;
  let out = `${file}:${line}:${column}: ${d.severity}: ${d.message}`;
  const src = sourceText === undefined ? undefined : sourceLine(sourceText, line);
  if (src !== undefined) {
    const shown = src.replace(/\t/g, " ");
    out += `\n  ${shown}\n  ${" ".repeat(Math.max(0, column - 1))}^`;
  }
  if (d.hint) out += `\n  hint: ${d.hint}`;
  return out;
}

function sourceLine(text: string, line: number): string | undefined {
  let start = 0;
  for (let n = 1; n < line; n++) {
    const nl = text.indexOf("\n", start);
    if (nl < 0) return undefined;
    start = nl + 1;
  }
  let end = text.indexOf("\n", start);
  if (end < 0) end = text.length;
  const raw = text.slice(start, end).replace(/\r$/, "");
  // Very long lines (minified input) are cut around the column so the caret stays readable.
  return raw.length > 200 ? raw.slice(0, 200) + "…" : raw;
}
