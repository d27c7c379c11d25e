// The one error type of the HOCON parser. Every problem the input can cause becomes a
// HoconError with a stable code and a 1-based location, printable like a compiler message.
import { formatDiagnostic } from "./diagnostics.js";
import type { Diagnostic, Location } from "./diagnostics.js";

export type HoconErrorCode =
  | "hocon/unterminated-string"
  | "hocon/unterminated-substitution"
  | "hocon/invalid-escape"
  | "hocon/reserved-character"
  | "hocon/unexpected-token"
  | "hocon/invalid-key"
  | "hocon/invalid-substitution"
  | "hocon/invalid-include"
  | "hocon/include-not-found"
  | "hocon/include-cycle"
  | "hocon/include-unsupported"
  | "hocon/root-not-object"
  | "hocon/unresolved-substitution"
  | "hocon/substitution-cycle"
  | "hocon/concatenation-type"
  | "hocon/too-deep"
  | "hocon/too-many-substitutions"
  | "hocon/too-large"
  | "hocon/file-not-found";

export class HoconError extends Error {
  override readonly name = "HoconError";
  readonly code: HoconErrorCode;
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly diagnostic: Diagnostic;
  /** Text of the file the error points into, so `format()` can show the line. */
  readonly sourceText: string | undefined;

  constructor(code: HoconErrorCode, message: string, location: Location, sourceText?: string, hint?: string) {
    super(message);
    this.code = code;
    this.file = location.file;
    this.line = location.line;
    this.column = location.column;
    this.sourceText = sourceText;
    this.diagnostic = hint === undefined
      ? { severity: "error", code, message, location }
      : { severity: "error", code, message, location, hint };
  }

  /** `file:line:col: error: message`, then the source line and a caret. */
  format(): string {
    return formatDiagnostic(this.diagnostic, this.sourceText);
  }
}
