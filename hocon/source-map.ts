// Where resolved values came from, keyed by the identity of resolved objects and arrays.
// One Map entry per container keeps the cost at one lookup per node. A Map, not a
// WeakMap: the map lives exactly as long as the values it describes, and Map lookups
// are cheaper.
import type { Location } from "./diagnostics.js";
import type { JsonObject, JsonValue, SourceMap } from "./types.js";

export interface NodeInfo {
  readonly loc: Location;
  /** Object members by key, or array elements by index. */
  readonly members: Map<string, Location> | Location[];
  /** Nesting depth of the value: 1 for a container of scalars. */
  readonly depth: number;
  /** Number of values in the tree as JSON would print it (shared subtrees counted per occurrence). */
  readonly size: number;
}

export class SourceMapBuilder implements SourceMap {
  private readonly infos = new Map<object, NodeInfo>();
  root: JsonObject | undefined;

  constructor(readonly sources: Map<string, string>) {}

  record(value: object, info: NodeInfo): void {
    this.infos.set(value, info);
  }

  info(value: object): NodeInfo | undefined {
    return this.infos.get(value);
  }

  node(value: object): Location | undefined {
    return this.infos.get(value)?.loc;
  }

  member(container: object, key: string | number): Location | undefined {
    const members = this.infos.get(container)?.members;
    if (members === undefined) return undefined;
    if (Array.isArray(members)) return typeof key === "number" ? members[key] : undefined;
    return members.get(typeof key === "string" ? key : String(key));
  }

  /** Every member location of a container in one lookup: by key for an object, by index for an array. */
  members(container: object): ReadonlyMap<string, Location> | readonly Location[] | undefined {
    return this.infos.get(container)?.members;
  }

  at(path: readonly (string | number)[]): Location | undefined {
    if (this.root === undefined) return undefined;
    if (path.length === 0) return this.node(this.root);
    let container: JsonValue = this.root;
    for (let i = 0; i < path.length - 1; i++) {
      const next = child(container, path[i]);
      if (next === undefined) return undefined;
      container = next;
    }
    if (container === null || typeof container !== "object") return undefined;
    if (child(container, path[path.length - 1]) === undefined) return undefined;
    return this.member(container, path[path.length - 1]);
  }
}

function child(container: JsonValue, key: string | number): JsonValue | undefined {
  if (container === null || typeof container !== "object") return undefined;
  if (Array.isArray(container)) return typeof key === "number" ? container[key] : undefined;
  return Object.prototype.hasOwnProperty.call(container, key) ? container[key as string] : undefined;
}
