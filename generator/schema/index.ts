// The schema model's public surface: load a folder into the IR, with lint findings.
import type { Diagnostic } from "../../hocon/diagnostics.js";
import { buildModel, type ServiceBuilder } from "./build.js";
import { lintApi, type ServiceLinter } from "./lint/index.js";
import { loadFolder, type ConfReader } from "./load.js";
import type { ApiModel } from "./model.js";

export type * from "./model.js";
export { compareVersions, endpointAt, findEndpoint, parseVersion, versionAt } from "./versions.js";
export { normalizeDescription } from "./describe.js";
export { childSchemas, forEachSchema } from "./walk.js";

export interface LoadResult {
  readonly model: ApiModel;
  /** Read/parse errors and lint findings, sorted by file, line, column. */
  readonly findings: Diagnostic[];
  /** Text of every file read, for printing findings with their source line. */
  readonly sources: ReadonlyMap<string, string>;
}

/** Wraps each step of loadApi, so a benchmark can time reading, modelling and linting (default: no timing). */
export type LoadStepTimer = <T>(step: "parse" | "model" | "lint", fn: () => T) => T;

/** What a watcher kept of each service from earlier runs (emit/service-cache.ts). */
export interface ServiceReuse {
  readonly build: ServiceBuilder;
  readonly lint: ServiceLinter;
}

export function loadApi(dir: string, read?: ConfReader, time: LoadStepTimer = (_step, fn) => fn(), reuse?: ServiceReuse): LoadResult {
  const raw = time("parse", () => loadFolder(dir, read));
  const model = time("model", () => buildModel(raw, reuse?.build));
  const findings = time("lint", () => sortFindings(dedupe([...raw.errors, ...lintApi(raw, model, reuse?.lint)])));
  return { model, findings, sources: raw.sources };
}

/** Included files appear in several services; each problem is reported once. */
function dedupe(findings: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return findings.filter((d) => {
    const key = `${d.location.file}\0${d.location.line}\0${d.location.column}\0${d.code}\0${d.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function sortFindings(findings: Diagnostic[]): Diagnostic[] {
  const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
  return findings.sort(
    (a, b) =>
      cmp(a.location.file, b.location.file) ||
      a.location.line - b.location.line ||
      a.location.column - b.location.column ||
      cmp(a.code, b.code) ||
      cmp(a.message, b.message),
  );
}
