// Which findings stop code generation. `lint` is strict and reports every departure from
// the meta-schema; codegen must still produce a client for a folder the server itself
// serves (the real ClearML schemas carry a few such mistakes). So codegen stops only where
// the server would refuse to load the folder, or where no faithful output exists:
import type { Diagnostic } from "../diagnostics.js";

const BLOCKING_RULES = new Set([
  // The file cannot be read or parsed: there is no schema at all.
  "schema/unreadable-folder",
  "schema/unreadable-file",
  // The server raises on these while loading (schema_reader.py).
  "schema/endpoint-not-object",
  "schema/unrecognized-key",
  "schema/version-not-object",
  "schema/missing-request",
  "schema/missing-response",
  "schema/duplicate-version",
  // Nothing to point a type at.
  "schema/bad-ref",
  "schema/unknown-ref",
  "schema/unknown-type",
  // A number no literal can write (Infinity): no faithful validator, type or document.
  "schema/number-out-of-range",
]);

/** True when `d` must stop codegen: a parse error, or an error in the rules above. */
export function blocksGeneration(d: Diagnostic): boolean {
  return d.severity === "error" && (d.code.startsWith("hocon/") || BLOCKING_RULES.has(d.code));
}
