// BENCHMARKS.md: a fixed header, the machine, then one marked section per suite. A run of
// some suites replaces only their sections, so a partial run never loses the others.
import type { Machine } from "./measure.js";

export interface Budget {
  readonly what: string;
  readonly limit: string;
  readonly measured: string;
  readonly pass: boolean;
}

export interface Section {
  readonly suite: string;
  readonly markdown: string;
}

const HEADER = `# Benchmarks

Written by \`npm run bench\` (bench/index.ts, suites in bench/suites.ts) on the ClearML
server's service schemas (\`../shared/corpus/clearml-server/services\`: 21 files, 204
endpoints, 356 endpoint versions). \`npm run bench -- NAME...\` re-measures only the named
suites and replaces only their sections here. Comparisons with other generators are
measured pair by pair in the same run (interleaved rounds), so load on the machine affects
both sides alike; absolute times from different runs are not comparable.
`;

const begin = (suite: string): string => `<!-- bench:${suite} -->`;
const end = (suite: string): string => `<!-- /bench:${suite} -->`;

/** The sections of an existing BENCHMARKS.md, by suite name. */
export function readSections(text: string): Map<string, string> {
  const out = new Map<string, string>();
  const re = /<!-- bench:([\w-]+) -->\n([\s\S]*?)\n<!-- \/bench:\1 -->/g;
  for (const m of text.matchAll(re)) out.set(m[1], m[2]);
  return out;
}

/**
 * The new BENCHMARKS.md: `fresh` sections replace those of `existing`; sections of suites
 * not run are kept; order follows `order` (suites no longer registered are dropped).
 */
export function renderBenchmarks(existing: string | undefined, machine: Machine, fresh: readonly Section[], order: readonly string[]): string {
  const sections = existing === undefined ? new Map<string, string>() : readSections(existing);
  for (const s of fresh) sections.set(s.suite, s.markdown.trimEnd());
  const parts = [HEADER, machineSection(machine)];
  for (const suite of order) {
    const body = sections.get(suite);
    if (body !== undefined) parts.push(`${begin(suite)}\n${body}\n${end(suite)}\n`);
  }
  const tail = existing === undefined ? "" : handWrittenTail(existing);
  return parts.join("\n") + (tail === "" ? "" : `\n${tail}\n`);
}

/** What follows the last section: written by hand (e.g. what the performance machinery pays), kept as it is. */
function handWrittenTail(text: string): string {
  const last = text.lastIndexOf("<!-- /bench:");
  if (last < 0) return "";
  return text.slice(text.indexOf("-->", last) + 3).trim();
}

function machineSection(m: Machine): string {
  return [
    "## Machine (of the latest run)",
    "",
    table(
      ["CPU", "cores", "memory", "Node", "OS", "load average at start"],
      [[m.cpu, String(m.cores), m.memory, m.node, m.os, m.load]],
    ),
  ].join("\n");
}

/** A Markdown table; `align` marks right-aligned (numeric) columns. */
export function table(headers: readonly string[], rows: readonly (readonly string[])[], align?: readonly ("l" | "r")[]): string {
  const sep = headers.map((_, i) => ((align?.[i] ?? "l") === "r" ? "---:" : "---"));
  const line = (cells: readonly string[]): string => `| ${cells.map(escapeCell).join(" | ")} |`;
  return [line(headers), `|${sep.join("|")}|`, ...rows.map(line)].join("\n") + "\n";
}

function escapeCell(s: string): string {
  return s.replace(/\|/g, "\\|").replace(/\n/g, " ");
}

export function budgetTable(budgets: readonly Budget[]): string {
  return table(
    ["budget", "limit", "measured", "result"],
    budgets.map((b) => [b.what, b.limit, b.measured, b.pass ? "pass" : "**MISSED**"]),
  );
}
