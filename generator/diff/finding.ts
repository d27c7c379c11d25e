// What `diff` reports. The JSON output is these objects as they are (README, "diff"):
// keep the fields stable.
import type { Location } from "../../hocon/diagnostics.js";
import type { DiffSeverity, RuleId } from "./rules.js";

/** An endpoint version a shared definition's change reaches. */
export interface Reach {
  readonly endpoint: string;
  readonly version: string;
}

export interface DiffFinding {
  readonly rule: RuleId;
  readonly severity: DiffSeverity;
  readonly service: string;
  /** `service.action`; null for a change in a shared definition (see `reaches`). */
  readonly endpoint: string | null;
  /** The version block's key, e.g. "2.13"; null for endpoint-wide changes (flags, roles, endpoint added or removed) and definitions. */
  readonly version: string | null;
  /** The definition's name when the change is inside a `_definitions` entry. */
  readonly definition: string | null;
  /** Where in the schema: `request.tasks[].id`, `response.total`, or `<definition>.field` for a definition; "" for the endpoint itself. */
  readonly path: string;
  readonly message: string;
  readonly head: Location | null;
  readonly base: Location | null;
  /** For a definition's change: every endpoint version it reaches, sorted; otherwise empty. */
  readonly reaches: readonly Reach[];
}

/** A change found by a comparer, before it is placed in a service, endpoint or definition. */
export interface Change {
  readonly rule: RuleId;
  readonly path: string;
  readonly message: string;
  readonly head: Location | null;
  readonly base: Location | null;
}

export type ChangeSink = (change: Change) => void;
