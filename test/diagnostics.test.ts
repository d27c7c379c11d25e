import { describe, expect, it } from "vitest";
import { formatDiagnostic } from "../generator/diagnostics.js";

describe("formatDiagnostic", () => {
  it("prints file:line:col, the source line and a caret under the column", () => {
    const text = "a = 1\nb = \"oops\nc = 3\n";
    const out = formatDiagnostic(
      { severity: "error", code: "hocon/unterminated-string", message: "unterminated string", location: { file: "x.conf", line: 2, column: 5 } },
      text,
    );
    expect(out).toBe('x.conf:2:5: error: unterminated string\n  b = "oops\n      ^');
  });

  it("adds the hint on its own line and survives a line number past the end", () => {
    const out = formatDiagnostic(
      { severity: "warning", code: "x", message: "m", hint: "do this", location: { file: "f", line: 9, column: 1 } },
      "one line",
    );
    expect(out).toBe("f:9:1: warning: m\n  hint: do this");
  });
});
