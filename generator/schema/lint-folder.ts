// `lint(dir)` of the programmatic API, which the `lint` command prints: every finding of
// a schema folder, counted.
import type { Diagnostic } from "../../hocon/diagnostics.js";
import type { HoconDialect } from "../../hocon/types.js";
import { loadApi } from "./index.js";
import { readConf } from "./read.js";

export interface LintResult {
  /** Every finding (read and parse errors, then lint), sorted by file, line and column. */
  readonly findings: readonly Diagnostic[];
  /** Text of every schema file read, by the path the findings name (for `formatDiagnostics`). */
  readonly sources: ReadonlyMap<string, string>;
  readonly errors: number;
  readonly warnings: number;
}

/** Checks a schema folder as `hocon-api-codegen lint DIR` does. */
export function lint(dir: string, options: { readonly dialect?: HoconDialect } = {}): LintResult {
  const { findings, sources } = loadApi(dir, (file) => readConf(file, { dialect: options.dialect ?? "pyhocon" }));
  const count = (severity: Diagnostic["severity"]): number => findings.filter((d) => d.severity === severity).length;
  return { findings, sources, errors: count("error"), warnings: count("warning") };
}
