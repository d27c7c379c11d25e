// How a finding names its place in text and Markdown: `tasks.get_all 2.13 request.ids`,
// or `tasks._definitions.task.name` for a shared definition.
import type { DiffFinding } from "./finding.js";

export function whereText(f: DiffFinding): string {
  if (f.definition !== null) return `${f.service}._definitions.${f.path}`;
  const parts = [f.endpoint ?? f.service];
  if (f.version !== null) parts.push(f.version);
  if (f.path !== "") parts.push(f.path);
  return parts.join(" ");
}

export function countBySeverity(findings: readonly DiffFinding[]): { breaking: number; warning: number; info: number } {
  const counts = { breaking: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}
