import { formatDiagnostic } from "../diagnostics.js";
class HoconError extends Error {
  name = "HoconError";
  code;
  file;
  line;
  column;
  diagnostic;
  /** Text of the file the error points into, so `format()` can show the line. */
  sourceText;
  constructor(code, message, location, sourceText, hint) {
    super(message);
    this.code = code;
    this.file = location.file;
    this.line = location.line;
    this.column = location.column;
    this.sourceText = sourceText;
    this.diagnostic = hint === void 0 ? { severity: "error", code, message, location } : { severity: "error", code, message, location, hint };
  }
  /** `file:line:col: error: message`, then the source line and a caret. */
  format() {
    return formatDiagnostic(this.diagnostic, this.sourceText);
  }
}
export {
  HoconError
};
