// `_definitions` entries must be schemas. Objects holding only non-schema keys (e.g.
// `batch_operation { request {...}, response {...} }`) are substitution templates: the
// meta-schema requires a `type` for every definition, and templates belong in
// `_references`, which the server drops.
import { isObject } from "../json.js";
import { isKnownKeyword } from "../keywords.js";
import type { SchemaSite, ServiceLintContext } from "./context.js";
import { describe } from "./values.js";

/** Reports malformed definitions; returns the ones that are schemas, to be checked further. */
export function definitionRoots(ctx: ServiceLintContext): SchemaSite[] {
  const { definitions, locate, report } = ctx;
  const roots: SchemaSite[] = [];
  for (const name of Object.keys(definitions)) {
    const value = definitions[name];
    const at = locate.member(definitions, name);
    if (!isObject(value)) {
      report.error("not-a-schema", at, `definition \`${name}\` is not a schema: it is ${describe(value)}`, `write \`${name} { type: ... }\``);
      continue;
    }
    const keys = Object.keys(value);
    if (keys.length > 0 && !keys.some(isKnownKeyword)) {
      report.warning(
        "definition-not-schema",
        at,
        `definition \`${name}\` is not a schema (no \`type\`; keys ${keys.map((k) => `\`${k}\``).join(", ")} are not schema keywords)`,
        "if it is only a template for substitutions, move it to `_references`; otherwise give it a `type`",
      );
      continue;
    }
    roots.push({ raw: value, location: locate.node(value, at) });
  }
  return roots;
}
