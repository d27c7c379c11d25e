// Visits every raw schema object reachable from the given roots exactly once (HOCON
// substitution shares objects between places), calling each schema rule on it.
import type { Location } from "../../diagnostics.js";
import type { JsonObject, JsonValue } from "../../hocon/types.js";
import { isObject } from "../json.js";
import type { Locator } from "../locate.js";
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

/**
 * A schema inside another one. Its location is looked up only when a rule reports
 * something there: most schemas have no finding, and the look-ups are most of a clean
 * walk's cost.
 */
class SubSchemaSite implements SchemaSite {
  private found: Location | undefined;

  constructor(
    readonly raw: JsonObject,
    private readonly container: object,
    private readonly key: string | number,
    private readonly parent: SchemaSite,
    private readonly locate: Locator,
  ) {}

  /** Where the schema starts; where its key is written when the source map does not know the value. */
  get location(): Location {
    return (this.found ??= this.locate.source.node(this.raw) ?? this.locate.member(this.container, this.key, this.parent.location));
  }
}

function pushSubSchemas(site: SchemaSite, ctx: ServiceLintContext, seen: ReadonlySet<object>, stack: SchemaSite[]): void {
  const { raw } = site;
  if (typeof raw.$ref === "string") return;
  const push = (container: object, key: string | number, value: JsonValue | undefined): void => {
    if (isObject(value) && !seen.has(value)) stack.push(new SubSchemaSite(value, container, key, site, ctx.locate));
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
