// Changes inside `_definitions`, found once per definition and side, and the endpoint
// versions each reaches: a definition shared by forty endpoint versions is one finding
// that lists them, not forty.
import { refGraph } from "../schema/graph.js";
import type { ApiModel, Definition, SchemaNode, Service } from "../schema/model.js";
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
   * Records that `reach` uses the definitions both `baseRoot` and `headRoot` reach on
   * `side`: their changes now count for it.
   */
  reachFrom(side: Side, baseRoot: SchemaNode, headRoot: SchemaNode, reach: Reach): void {
    const enter = side === "request" ? requestSide : undefined;
    const inBase = new Set([...refGraph(this.baseModel).reachableFrom([baseRoot], enter)].map((d) => d.name));
    for (const def of refGraph(this.headModel).reachableFrom([headRoot], enter)) {
      if (def.service !== this.head.name || !inBase.has(def.name)) continue;
      const found = this.#changes(side, def.name);
      if (found && found.changes.length > 0) found.reaches.push(reach);
    }
  }

  /** Every definition with changes that reach an endpoint version. */
  *reported(): Generator<{ side: Side } & DefinitionChanges> {
    for (const [side, byName] of this.#found) {
      for (const found of byName.values()) if (found.changes.length > 0 && found.reaches.length > 0) yield { side, ...found };
    }
  }

  #changes(side: Side, name: string): DefinitionChanges | undefined {
    let byName = this.#found.get(side);
    if (!byName) this.#found.set(side, (byName = new Map()));
    const known = byName.get(name);
    if (known) return known;
    const a = this.base.definitions.get(name);
    const b = this.head.definitions.get(name);
    if (!a || !b) return undefined;
    const changes: Change[] = [];
    new SchemaComparer(side, (c) => changes.push(c)).compare(a.schema, b.schema, name);
    const found = { definition: b, changes, reaches: [] };
    byName.set(name, found);
    return found;
  }
}
