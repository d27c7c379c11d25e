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
export declare function formatDiagnostic(d: Diagnostic, sourceText?: string): string;
