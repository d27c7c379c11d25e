// Endpoint flags (`internal`, `authorize`, `allow_roles`) must have the meta-schema's
// types, wherever they are written: `_api_defaults.conf`, a service's `_default`, or an
// endpoint.
import type { Location } from "../../../hocon/diagnostics.js";
import type { JsonObject } from "../../../hocon/types.js";
import type { Locator } from "../locate.js";
import type { Reporter } from "./report.js";
import { describe } from "./values.js";

export function checkFlags(obj: JsonObject, locate: Locator, report: Reporter, fallback: Location): void {
  for (const flag of ["internal", "authorize"] as const) {
    if (!(flag in obj)) continue;
    const value = obj[flag];
    const at = locate.member(obj, flag, fallback);
    if (value === null) {
      report.warning("null-flag", at, `\`${flag}\` is null, not a boolean (the server treats it as false)`, `write \`${flag}: false\``);
    } else if (typeof value !== "boolean") {
      report.error("bad-flag", at, `\`${flag}\` must be true or false, not ${describe(value)}`, `write \`${flag}: true\` or \`${flag}: false\``);
    }
  }
  if (!("allow_roles" in obj)) return;
  const roles = obj.allow_roles;
  const at = locate.member(obj, "allow_roles", fallback);
  if (!Array.isArray(roles)) {
    report.error("bad-allow-roles", at, `\`allow_roles\` must be a list of role names, not ${describe(roles)}`, 'write e.g. `allow_roles: ["*"]` (every role) or `allow_roles: [admin, user]`');
    return;
  }
  roles.forEach((role, i) => {
    if (typeof role === "string" && role.length > 0) return;
    report.error("bad-allow-roles", locate.member(roles, i, at), `\`allow_roles\` entry ${i + 1} must be a role name, not ${describe(role)}`, "list role names as strings");
  });
}
