// Visits every raw schema object reachable from the given roots exactly once (HOCON
// substitution shares objects between places), calling each schema rule on it.
import type { Location } from "../../../hocon/diagnostics.js";
import type { JsonObject, JsonValue } from "../../../hocon/types.js";
import { isObject } from "../json.js";
import { UNION_MODES } from "../keywords.js";
import type { Locator } from "../locate.js";
import { reverseFrom } from "../walk.js";
import type { SchemaRule, SchemaSite, ServiceLintContext } from "./context.js";

export function walkSchemas(roots: readonly SchemaSite[], ctx: ServiceLintContext, rules: readonly SchemaRule[]): void {
  const seen = new Set<object>();
  const stack: SchemaSite[] = [];
  for (let i = roots.length - 1; i >= 0; i--) stack.push(roots[i]);
  while (stack.length > 0) {
    const site = stack.pop()!;
    if (seen.has(site.raw)) continue;
    seen.add(site.raw);
    for (let r = 0; r < rules.length; r++) rules[r](site, ctx);
    const mark = stack.length;
    pushSubSchemas(site, ctx, seen, stack);
    reverseFrom(stack, mark);
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

// Indexed loops and no closure per schema: this runs for every schema of the folder, mostly
// before V8 has optimized it, where iterators and closures cost allocations.
function pushSubSchemas(site: SchemaSite, ctx: ServiceLintContext, seen: ReadonlySet<object>, stack: SchemaSite[]): void {
  const { raw } = site;
  if (typeof raw.$ref === "string") return;
  const props = raw.properties;
  if (isObject(props)) {
    const keys = Object.keys(props);
    for (let i = 0; i < keys.length; i++) push(stack, seen, site, ctx, props, keys[i], props[keys[i]]);
  }
  push(stack, seen, site, ctx, raw, "items", raw.items);
  push(stack, seen, site, ctx, raw, "additionalProperties", raw.additionalProperties);
  const patterns = raw.patternProperties;
  if (isObject(patterns)) {
    const keys = Object.keys(patterns);
    for (let i = 0; i < keys.length; i++) push(stack, seen, site, ctx, patterns, keys[i], patterns[keys[i]]);
  }
  for (let m = 0; m < UNION_MODES.length; m++) {
    const list = raw[UNION_MODES[m]];
    if (Array.isArray(list)) for (let i = 0; i < list.length; i++) push(stack, seen, site, ctx, list, i, list[i]);
  }
}

function push(
  stack: SchemaSite[],
  seen: ReadonlySet<object>,
  parent: SchemaSite,
  ctx: ServiceLintContext,
  container: object,
  key: string | number,
  value: JsonValue | undefined,
): void {
  if (isObject(value) && !seen.has(value)) stack.push(new SubSchemaSite(value, container, key, parent, ctx.locate));
}
