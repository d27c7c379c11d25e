import { Command } from "commander";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { formatDiagnostic, formatDiagnostics, SourceLines, type Diagnostic } from "../hocon/diagnostics.js";
import { registerSchemaCommands } from "../generator/schema/command.js";

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

describe("formatDiagnostics", () => {
  it("prints each finding as formatDiagnostic does, one per line, against its own file", () => {
    const sources = new Map([
      ["a.conf", "a = 1\r\nb = 2\n"],
      ["b.conf", "x\ny\tz"],
    ]);
    const findings: Diagnostic[] = [
      { severity: "error", code: "c", message: "m1", location: { file: "b.conf", line: 2, column: 3 } },
      { severity: "warning", code: "c", message: "m2", location: { file: "a.conf", line: 1, column: 1 }, hint: "h" },
      { severity: "error", code: "c", message: "m3", location: { file: "a.conf", line: 3, column: 1 } },
      { severity: "error", code: "c", message: "m4", location: { file: "a.conf", line: 4, column: 1 } },
      { severity: "error", code: "c", message: "m5", location: { file: "none.conf", line: 1, column: 1 } },
    ];
    const expected = findings.map((d) => formatDiagnostic(d, sources.get(d.location.file)) + "\n").join("");
    expect(formatDiagnostics(findings, sources)).toBe(expected);
    expect(expected).toContain("b.conf:2:3: error: m1\n  y z\n    ^\n");
    expect(expected).toContain("a.conf:3:1: error: m3\n  \n  ^\n"); // the empty line after the last break
    expect(expected).toContain("a.conf:4:1: error: m4\n"); // past the end: no source line
  });

  it("lint indexes the lines of a file once, however many findings it prints from it", async () => {
    // 20k comment lines, then 500 endpoints with 3 findings each. Scanning the file from its
    // start for each finding made the output quadratic (64k findings took about a minute).
    const dir = mkdtempSync(path.join(tmpdir(), "diagnostics-"));
    const endpoints = Array.from({ length: 500 }, (_, i) => `ep${i} {\n  authorize: null\n  "2.1" { description: "x" }\n}\n`);
    writeFileSync(path.join(dir, "tasks.conf"), "# padding\n".repeat(20_000) + endpoints.join(""));
    let stdout = "";
    vi.spyOn(process.stdout, "write").mockImplementation((s) => ((stdout += String(s)), true));
    const index = vi.spyOn(SourceLines.prototype as unknown as { index: () => number[] }, "index");
    const program = new Command("test").exitOverride();
    registerSchemaCommands(program);
    try {
      await program.parseAsync(["node", "test", "lint", dir]);
      expect(index).toHaveBeenCalledTimes(1);
    } finally {
      vi.restoreAllMocks();
      process.exitCode = 0;
    }
    expect(stdout.match(/^\S+tasks\.conf:\d+:\d+: (error|warning): /gm)?.length).toBeGreaterThanOrEqual(1500);
    expect(stdout).toContain(`tasks.conf:20002:3: warning: \`authorize\` is null`);
  });
});
