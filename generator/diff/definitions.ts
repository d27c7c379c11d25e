// Changes inside `_definitions`, found once per definition and side, and the endpoint
// versions each reaches: a definition shared by forty endpoint versions is one finding
// that lists them, not forty.
import { refGraph } from "../schema/graph.js";
import type { ApiModel, Definition, Service } from "../schema/model.js";
import { requestSide } from "../schema/walk.js";
import { SchemaComparer } from "./compare.js";
import type { Change, Reach } from "./finding.js";
import type { Side } from "./side.js";

interface DefinitionChanges {
  readonly definition: Definition;
  readonly changes: readonly Change[];
  readonly reaches: Reach[];
}

export class DefinitionDiff {
  /** Per side, per definition name: its changes (empty when none). */
  readonly #found = new Map<Side, Map<string, DefinitionChanges>>();

  constructor(
    readonly baseModel: ApiModel,
    readonly headModel: ApiModel,
    readonly base: Service,
    readonly head: Service,
  ) {}

  /**
   * Records that `reach` uses the definitions `names` (met at the same place on both sides)
   * and those they refer to on both sides: their changes now count for it.
   */
  reachFrom(side: Side, names: Iterable<string>, reach: Reach): void {
    const enter = side === "request" ? requestSide : undefined;
    const baseGraph = refGraph(this.baseModel);
    const headGraph = refGraph(this.headModel);
    const seen = new Set<string>();
    const pending = [...names];
    while (pending.length > 0) {
      const name = pending.pop()!;
      if (seen.has(name)) continue;
      seen.add(name);
      const a = this.base.definitions.get(name);
      const b = this.head.definitions.get(name);
      if (!a || !b) continue;
      const found = this.#changes(side, a, b);
      if (found.changes.length > 0) found.reaches.push(reach);
      const inBase = new Set(baseGraph.targets(a, enter).map((d) => d.name));
      for (const t of headGraph.targets(b, enter)) if (inBase.has(t.name)) pending.push(t.name);
    }
  }

  /** Every definition with changes that reach an endpoint version. */
  *reported(): Generator<{ side: Side } & DefinitionChanges> {
    for (const [side, byName] of this.#found) {
      for (const found of byName.values()) if (found.changes.length > 0 && found.reaches.length > 0) yield { side, ...found };
    }
  }

  #changes(side: Side, a: Definition, b: Definition): DefinitionChanges {
    let byName = this.#found.get(side);
    if (!byName) this.#found.set(side, (byName = new Map()));
    const known = byName.get(b.name);
    if (known) return known;
    const changes: Change[] = [];
    new SchemaComparer(side, (c) => changes.push(c)).compare(a.schema, b.schema, b.name);
    const found = { definition: b, changes, reaches: [] };
    byName.set(b.name, found);
    return found;
  }
}
