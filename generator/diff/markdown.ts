// `--format markdown`: a changelog for release notes, grouped by API version (newest
// first), then endpoint-wide changes, then shared definitions with the versions they reach.
import { compareVersions, parseVersion } from "../schema/versions.js";
import type { DiffFinding } from "./finding.js";
import type { DiffSeverity } from "./rules.js";
import { whereText } from "./where.js";

const HEADINGS: Record<DiffSeverity, string> = { breaking: "Breaking", warning: "Warnings", info: "Other changes" };

export function diffToMarkdown(findings: readonly DiffFinding[]): string {
  if (findings.length === 0) return "# API changes\n\nNo changes.\n";
  const byVersion = new Map<string, DiffFinding[]>();
  const endpointWide: DiffFinding[] = [];
  const definitions: DiffFinding[] = [];
  for (const f of findings) {
    if (f.definition !== null) definitions.push(f);
    else if (f.version === null) endpointWide.push(f);
    else {
      const list = byVersion.get(f.version);
      if (list) list.push(f);
      else byVersion.set(f.version, [f]);
    }
  }
  let out = "# API changes\n";
  const versions = [...byVersion.keys()].sort((x, y) => compareVersions(parseVersion(y)!, parseVersion(x)!));
  for (const v of versions) out += section(`API version ${v}`, byVersion.get(v)!);
  if (endpointWide.length > 0) out += section("Endpoints (all versions)", endpointWide);
  if (definitions.length > 0) out += section("Shared definitions", definitions);
  return out;
}

function section(title: string, findings: readonly DiffFinding[]): string {
  let out = `\n## ${escape(title)}\n`;
  for (const severity of ["breaking", "warning", "info"] as const) {
    const items = findings.filter((f) => f.severity === severity);
    if (items.length === 0) continue;
    out += `\n### ${HEADINGS[severity]}\n\n`;
    for (const f of items) out += `- \`${escape(whereText(f))}\`: ${escape(f.message)} (${f.rule})\n`;
  }
  return out;
}

/** Names and messages come from schemas: no HTML, no line breaks, no closing a code span. */
function escape(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/[\r\n]+/g, " ");
}
