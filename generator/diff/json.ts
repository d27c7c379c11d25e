// `--format json`: the findings as they are, in a versioned envelope. Documented in the
// README ("diff", JSON format); fields are only ever added.
import { jsonText } from "../../hocon/json-text.js";
import type { JsonValue } from "../../hocon/types.js";
import type { DiffFinding } from "./finding.js";
import { countBySeverity } from "./where.js";

export const DIFF_JSON_FORMAT = "hocon-api-codegen/diff@1";

export function diffToJson(findings: readonly DiffFinding[], base: string, head: string): string {
  const doc = {
    format: DIFF_JSON_FORMAT,
    base,
    head,
    summary: countBySeverity(findings),
    findings: findings.map((f) => ({
      rule: f.rule,
      severity: f.severity,
      service: f.service,
      endpoint: f.endpoint,
      version: f.version,
      definition: f.definition,
      path: f.path,
      message: f.message,
      head: f.head && { file: f.head.file, line: f.head.line, column: f.head.column },
      base: f.base && { file: f.base.file, line: f.base.line, column: f.base.column },
      reaches: f.reaches.map((r) => ({ endpoint: r.endpoint, version: r.version })),
    })),
  };
  return jsonText(doc as unknown as JsonValue, 2) + "\n";
}
