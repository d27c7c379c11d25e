// Visits every raw schema object reachable from the given roots exactly once (HOCON
// substitution shares objects between places), calling each schema rule on it.
import type { Location } from "../../diagnostics.js";
import type { JsonValue } from "../../hocon/types.js";
import { isObject } from "../json.js";
import type { SchemaRule, SchemaSite, ServiceLintContext } from "./context.js";

export function walkSchemas(roots: readonly SchemaSite[], ctx: ServiceLintContext, rules: readonly SchemaRule[]): void {
  const seen = new Set<object>();
  const stack: SchemaSite[] = [...roots].reverse();
  while (stack.length > 0) {
    const site = stack.pop()!;
    if (seen.has(site.raw)) continue;
    seen.add(site.raw);
    for (const rule of rules) rule(site, ctx);
    // Pushed in reverse so sub-schemas are visited in source order.
    const children: SchemaSite[] = [];
    subSchemas(site, ctx, (s) => children.push(s));
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
}

function subSchemas(site: SchemaSite, ctx: ServiceLintContext, push: (s: SchemaSite) => void): void {
  const { raw } = site;
  const at = (container: object, key: string | number, value: JsonValue): void => {
    if (isObject(value)) push({ raw: value, location: ctx.locate.node(value, ctx.locate.member(container, key, site.location)) });
  };
  if (typeof raw.$ref === "string") return;
  const props = raw.properties;
  if (isObject(props)) for (const key of Object.keys(props)) at(props, key, props[key]);
  if (raw.items !== undefined) at(raw, "items", raw.items);
  if (raw.additionalProperties !== undefined) at(raw, "additionalProperties", raw.additionalProperties);
  const patterns = raw.patternProperties;
  if (isObject(patterns)) for (const key of Object.keys(patterns)) at(patterns, key, patterns[key]);
  for (const mode of ["anyOf", "oneOf"] as const) {
    const list = raw[mode];
    if (Array.isArray(list)) list.forEach((v, i) => at(list, i, v));
  }
}
