// The default output: one compiler-style finding per change, located in the head (in
// the base when the head has no place for it), as lint prints its findings.
import { formatDiagnostics, type Location, type PrintableFinding } from "../../hocon/diagnostics.js";
import type { DiffFinding } from "./finding.js";
import { countBySeverity, whereText } from "./where.js";

export function diffToText(findings: readonly DiffFinding[], sources: ReadonlyMap<string, string>): string {
  const printable: PrintableFinding[] = findings.map((f) => ({
    severity: f.severity,
    code: f.rule,
    message: `${whereText(f)}: ${f.message} [${f.rule}]`,
    location: f.head ?? f.base ?? { file: f.service, line: 1, column: 1 },
    ...(f.head && f.base ? { hint: `in the base at ${at(f.base)}` } : {}),
  }));
  const { breaking, warning, info } = countBySeverity(findings);
  return formatDiagnostics(printable, sources) + `${breaking} breaking, ${warning} warning${warning === 1 ? "" : "s"}, ${info} info\n`;
}

function at(l: Location): string {
  return `${l.file}:${l.line}:${l.column}`;
}
