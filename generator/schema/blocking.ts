// Which findings stop code generation. `lint` is strict and reports every departure from
// the meta-schema; codegen generates whatever the server loads (its schema_reader.py),
// since a user with a folder the server serves must still get a client. So codegen stops
// only where the server refuses the folder, or where no faithful output exists; every
// other finding is a warning in codegen, and the output degrades (see README, "What
// codegen tolerates"): an unknown type or `$ref` target becomes `unknown`, a duplicate
// version keeps its first spelling, keys the server ignores are left out.
import type { Diagnostic } from "../../hocon/diagnostics.js";

const BLOCKING_RULES = new Set([
  // The file cannot be read or parsed: there is no schema at all.
  "schema/unreadable-folder",
  "schema/unreadable-file",
  // The server raises on these while loading (schema_reader.py): no endpoint to generate.
  "schema/endpoint-not-object",
  "schema/unrecognized-key",
  "schema/version-not-object",
  "schema/missing-request",
  "schema/missing-response",
  // A `$ref` outside `#/definitions/` (a URL, another file): no faithful output exists.
  "schema/bad-ref",
  // A number no literal can write (Infinity): no faithful validator, type or document.
  "schema/number-out-of-range",
]);

/** True when `d` must stop codegen: a parse error, or an error in the rules above. */
export function blocksGeneration(d: Diagnostic): boolean {
  return d.severity === "error" && (d.code.startsWith("hocon/") || BLOCKING_RULES.has(d.code));
}

/** The findings as codegen reports them: lint's errors that do not block it are warnings there. */
export function codegenFindings(findings: readonly Diagnostic[]): Diagnostic[] {
  return findings.map((d) => (d.severity === "error" && !blocksGeneration(d) ? { ...d, severity: "warning" } : d));
}
