// Service-level keys: `_description` (required by the meta-schema), `_default` and
// `_definitions` of the right shapes.
import type { ServiceLintContext } from "./context.js";
import { checkFlags } from "./flags.js";
import { isObject } from "../json.js";
import { describe } from "./values.js";

export function checkServiceKeys(ctx: ServiceLintContext): void {
  const { service, locate, report } = ctx;
  const value = service.value;
  const start = locate.node(value);
  if (!("_description" in value)) {
    report.error("missing-description", start, `service \`${service.name}\` has no \`_description\``, "add `_description: ...` at the top of the file");
  } else if (typeof value._description !== "string") {
    report.error("bad-service-key", locate.member(value, "_description"), `\`_description\` must be a string, not ${describe(value._description)}`, "write the description as text");
  }
  for (const key of ["_default", "_definitions"] as const) {
    if (key in value && !isObject(value[key])) {
      report.error("bad-service-key", locate.member(value, key), `\`${key}\` must be an object, not ${describe(value[key])}`, `write \`${key} { ... }\``);
    }
  }
  if (isObject(value._default)) checkFlags(value._default, locate, report, locate.member(value, "_default"));
}
