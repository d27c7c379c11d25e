// Every rule of `diff`: its stable id, default severity and what it means. The README's
// rules table lists exactly these; ids never change once released (CI configs name them).

export type DiffSeverity = "breaking" | "warning" | "info";

export const DIFF_SEVERITIES: readonly DiffSeverity[] = ["breaking", "warning", "info"];

export interface RuleInfo {
  readonly severity: DiffSeverity;
  readonly summary: string;
}

export const RULES = {
  "endpoint-removed": { severity: "breaking", summary: "an endpoint no longer exists" },
  "endpoint-added": { severity: "info", summary: "a new endpoint" },
  "version-removed": { severity: "breaking", summary: "an endpoint version no longer exists" },
  "version-added": { severity: "info", summary: "a new endpoint version" },
  "dispatch-changed": { severity: "warning", summary: "a version inserted or removed between others: clients pinned in between now run another version" },
  "roles-narrowed": { severity: "breaking", summary: "`allow_roles` lost a role (or no longer allows every role)" },
  "roles-widened": { severity: "info", summary: "`allow_roles` gained a role" },
  "internal-on": { severity: "breaking", summary: "the endpoint became `internal`" },
  "internal-off": { severity: "info", summary: "the endpoint is no longer `internal`" },
  "authorize-on": { severity: "breaking", summary: "the endpoint now requires authorization" },
  "authorize-off": { severity: "info", summary: "the endpoint no longer requires authorization" },
  "request-property-added-required": { severity: "breaking", summary: "a new required request property" },
  "request-property-made-required": { severity: "breaking", summary: "an optional request property became required" },
  "request-property-removed": { severity: "warning", summary: "a request property was removed; the server ignores it when sent" },
  "request-property-removed-rejected": { severity: "breaking", summary: "a request property was removed and `additionalProperties: false` rejects it when sent" },
  "request-type-changed": { severity: "breaking", summary: "a request value's type changed" },
  "request-type-narrowed": { severity: "breaking", summary: "a request value accepts fewer types (e.g. number -> integer, a union lost a member)" },
  "request-enum-value-removed": { severity: "breaking", summary: "a request enum lost a value" },
  "request-constraint-tightened": { severity: "breaking", summary: "a request constraint is stricter (length, range, pattern, items, enum, `additionalProperties: false`, ...)" },
  "request-property-added": { severity: "info", summary: "a new optional request property" },
  "request-property-made-optional": { severity: "info", summary: "a required request property became optional" },
  "request-type-widened": { severity: "info", summary: "a request value accepts more types" },
  "request-enum-value-added": { severity: "info", summary: "a request enum gained a value" },
  "request-constraint-loosened": { severity: "info", summary: "a request constraint is looser" },
  "request-default-changed": { severity: "warning", summary: "the default of a request property changed: callers that omit it get another behaviour" },
  "response-property-removed": { severity: "breaking", summary: "a response property was removed" },
  "response-type-changed": { severity: "breaking", summary: "a response value's type changed (or may now be of another type, e.g. null)" },
  "response-enum-value-added": { severity: "breaking", summary: "a response enum gained a value clients do not expect" },
  "response-property-no-longer-guaranteed": { severity: "breaking", summary: "a required response property became optional" },
  "response-constraint-loosened": { severity: "warning", summary: "a response constraint is looser: values the clients' validators reject may arrive" },
  "response-property-added": { severity: "info", summary: "a new response property" },
  "response-property-now-guaranteed": { severity: "info", summary: "an optional response property became required" },
  "response-type-narrowed": { severity: "info", summary: "a response value has fewer possible types" },
  "response-enum-value-removed": { severity: "info", summary: "a response enum lost a value" },
  "response-constraint-tightened": { severity: "info", summary: "a response constraint is stricter" },
  "deprecated": { severity: "info", summary: "a value was marked deprecated" },
  "doc-changed": { severity: "info", summary: "a description, title or example changed (documentation only; `--hide-docs` hides these)" },
} as const satisfies Record<string, RuleInfo>;

export type RuleId = keyof typeof RULES;

export const RULE_IDS = Object.keys(RULES) as RuleId[];

export function isRuleId(id: string): id is RuleId {
  return Object.prototype.hasOwnProperty.call(RULES, id);
}
