// `diff`: what changed between two revisions of a schema folder, and what it breaks for
// clients pinned to an API version. Compares two loaded models; knows nothing of HOCON.
import path from "node:path";
import type { Diagnostic } from "../../hocon/diagnostics.js";
import type { HoconDialect } from "../../hocon/types.js";
import type { ApiModel } from "../schema/model.js";
import { compareVersions, parseVersion } from "../schema/versions.js";
import { compareModels } from "./endpoints.js";
import type { DiffFinding } from "./finding.js";
import { DIFF_SEVERITIES, isRuleId, type DiffSeverity, type RuleId } from "./rules.js";
import { displayed, GIT_PREFIX, loadSide } from "./source.js";

export type { DiffFinding, Reach } from "./finding.js";
export { RULES, RULE_IDS, type DiffSeverity, type RuleId } from "./rules.js";
export { diffToJson, DIFF_JSON_FORMAT } from "./json.js";
export { diffToMarkdown } from "./markdown.js";
export { diffToText } from "./text.js";

export interface CompareOptions {
  /** Severity per rule id, replacing the rule's default. */
  readonly severities?: Readonly<Partial<Record<RuleId, DiffSeverity>>>;
  /** Leave out documentation-only changes (`doc-changed`). */
  readonly hideDocs?: boolean;
}

export interface DiffOptions extends CompareOptions {
  /** A schema folder or `git:<ref>`. */
  readonly base: string;
  /** A schema folder or `git:<ref>`; default `schemas`. */
  readonly head?: string;
  /** The folder `git:<ref>` reads when `head` is not a folder (default `schemas`). */
  readonly schemas?: string;
  /** Where relative folders start (default: the current directory). */
  readonly cwd?: string;
  readonly dialect?: HoconDialect;
}

export interface DiffResult {
  /** Sorted by service, endpoint, version, path and rule; definitions after endpoints. */
  readonly findings: DiffFinding[];
  /** Why the comparison could not be made (a folder or ref that cannot be read or parsed); findings are then empty. */
  readonly errors: Diagnostic[];
  /** Text of every file read on both sides, for printing findings with their source line. */
  readonly sources: ReadonlyMap<string, string>;
}

export function diff(options: DiffOptions): DiffResult {
  const cwd = options.cwd ?? process.cwd();
  const schemas = options.schemas ?? "schemas";
  const head = options.head ?? schemas;
  const unknown = Object.keys(options.severities ?? {}).filter((id) => !isRuleId(id) || !DIFF_SEVERITIES.includes(options.severities![id as RuleId]!));
  if (unknown.length > 0) {
    const location = { file: "severities", line: 1, column: 1 };
    return { findings: [], sources: new Map(), errors: unknown.map((id) => ({ severity: "error", code: "diff/bad-severity", message: isRuleId(id) ? `severity of \`${id}\` must be breaking, warning or info` : `unknown diff rule \`${id}\``, location })) };
  }
  // `git:<ref>` reads the folder the head is, or the configured one.
  const folder = head.startsWith(GIT_PREFIX) ? schemas : head;
  const side = { folder, cwd, dialect: options.dialect };
  const at = (spec: string): string => (options.cwd === undefined || spec.startsWith(GIT_PREFIX) ? spec : path.resolve(cwd, spec));
  const a = loadSide(at(options.base), side);
  const b = loadSide(at(head), side);
  const errors = [...a.errors, ...b.errors];
  if (!("model" in a) || !("model" in b) || errors.length > 0) return { findings: [], errors, sources: new Map([...("sources" in a ? a.sources : []), ...("sources" in b ? b.sources : [])]) };
  const findings = diffModels(a.model, b.model, options).map((f) => ({ ...f, base: f.base && displayed(f.base, a.display), head: f.head && displayed(f.head, b.display) }));
  return { findings, errors: [], sources: new Map([...a.sources, ...b.sources]) };
}

/** Compares two loaded models: the findings, sorted. */
export function diffModels(base: ApiModel, head: ApiModel, options: CompareOptions = {}): DiffFinding[] {
  const severities = options.severities ?? {};
  return compareModels(base, head)
    .filter((f) => !(options.hideDocs && f.rule === "doc-changed"))
    .map((f) => (severities[f.rule] && severities[f.rule] !== f.severity ? { ...f, severity: severities[f.rule]! } : f))
    .sort(byPlace);
}

function byPlace(x: DiffFinding, y: DiffFinding): number {
  return (
    text(x.service, y.service) ||
    text(x.definition ?? "", y.definition ?? "") ||
    text(x.endpoint ?? "", y.endpoint ?? "") ||
    version(x.version, y.version) ||
    text(x.path, y.path) ||
    text(x.rule, y.rule) ||
    text(x.message, y.message)
  );
}

function text(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function version(a: string | null, b: string | null): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? -1 : 1;
  return compareVersions(parseVersion(a)!, parseVersion(b)!);
}
