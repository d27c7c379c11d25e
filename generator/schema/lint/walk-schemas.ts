// Visits every raw schema object reachable from the given roots exactly once (HOCON
// substitution shares objects between places), calling each schema rule on it.
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
    // Children are pushed in source order, then that stretch is reversed so they pop in source order.
    const mark = stack.length;
    pushSubSchemas(site, ctx, seen, stack);
    for (let i = mark, j = stack.length - 1; i < j; i++, j--) {
      const t = stack[i];
      stack[i] = stack[j];
      stack[j] = t;
    }
  }
}

function pushSubSchemas(site: SchemaSite, ctx: ServiceLintContext, seen: ReadonlySet<object>, stack: SchemaSite[]): void {
  const { raw } = site;
  if (typeof raw.$ref === "string") return;
  const push = (container: object, key: string | number, value: JsonValue | undefined): void => {
    if (!isObject(value) || seen.has(value)) return;
    // The key's location is only the fallback: looked up when the value has none of its own.
    const location = ctx.locate.source.node(value) ?? ctx.locate.member(container, key, site.location);
    stack.push({ raw: value, location });
  };
  const props = raw.properties;
  if (isObject(props)) for (const key of Object.keys(props)) push(props, key, props[key]);
  push(raw, "items", raw.items);
  push(raw, "additionalProperties", raw.additionalProperties);
  const patterns = raw.patternProperties;
  if (isObject(patterns)) for (const key of Object.keys(patterns)) push(patterns, key, patterns[key]);
  for (const mode of ["anyOf", "oneOf"] as const) {
    const list = raw[mode];
    if (Array.isArray(list)) for (let i = 0; i < list.length; i++) push(list, i, list[i]);
  }
}
