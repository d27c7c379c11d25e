// Resolved containers: creating, merging and concatenating them while recording where
// each came from (source map) and enforcing the depth and expansion limits.
import type { Location } from "./diagnostics.js";
import { HoconError } from "./errors.js";
import type { HoconErrorCode } from "./errors.js";
import { isIndexKey, keepKeyOrder } from "./ordered.js";
import type { NodeInfo, SourceMapBuilder } from "./source-map.js";
import type { JsonObject, JsonValue, ParseLimits } from "./types.js";

export class ValueBuilder {
  private work = 0;

  constructor(
    private readonly sm: SourceMapBuilder,
    private readonly limits: ParseLimits,
    /** Where messages point when a merged value has no recorded origin. */
    private readonly fallbackLoc: Location,
  ) {}

  record(value: object, loc: Location, members: Map<string, Location> | Location[], depth: number, size: number): void {
    // `depth` counts the root object too, which the parser's nesting count leaves out.
    if (depth > this.limits.maxDepth + 1) {
      this.fail("hocon/too-deep", `value nested deeper than ${this.limits.maxDepth} levels`, loc);
    }
    this.sm.record(value, { loc, members, depth, size });
  }

  /** Number of values in the tree, counting shared subtrees once per occurrence. */
  sizeOf(v: JsonValue): number {
    if (v === null || typeof v !== "object") return 1;
    return this.sm.info(v)?.size ?? 1;
  }

  info(v: object): NodeInfo | undefined {
    return this.sm.info(v);
  }

  /** Counts expansion work against maxSubstitutions, so runaway growth is an error, not a hang. */
  spend(units: number, loc: Location): void {
    this.work += units;
    if (this.work > this.limits.maxSubstitutions) {
      this.fail("hocon/too-many-substitutions", `more than ${this.limits.maxSubstitutions} substitution expansions`, loc,
        "substitutions that double a value at every step grow exponentially");
    }
  }

  concatArrays(arrays: readonly JsonValue[][], loc: Location): JsonValue[] {
    const out: JsonValue[] = [];
    const locs: Location[] = [];
    let depth = 1;
    let size = 1;
    for (const a of arrays) {
      this.spend(a.length, loc);
      const info = this.sm.info(a);
      size += (info?.size ?? a.length + 1) - 1;
      const members = info?.members as Location[] | undefined;
      for (let j = 0; j < a.length; j++) {
        out.push(a[j]);
        locs.push(members?.[j] ?? info?.loc ?? loc);
      }
      if (info !== undefined && info.depth > depth) depth = info.depth;
    }
    this.record(out, loc, locs, depth, size);
    return out;
  }

  /** `upper` merged over `lower`: keys keep their first position, objects merge deeply. */
  merge(lower: JsonObject, upper: JsonObject, loc: Location | undefined): JsonObject {
    const lowerInfo = this.sm.info(lower);
    const upperInfo = this.sm.info(upper);
    const lowerMembers = lowerInfo?.members as Map<string, Location> | undefined;
    const upperMembers = upperInfo?.members as Map<string, Location> | undefined;
    let out: JsonObject = {};
    const members = new Map<string, Location>(lowerMembers);
    let order: string[] | undefined;
    const lowerKeys = Object.keys(lower);
    const upperKeys = Object.keys(upper);
    const at = loc ?? lowerInfo?.loc ?? upperInfo?.loc ?? this.fallbackLoc;
    this.spend(lowerKeys.length + upperKeys.length, at);
    for (let i = 0; i < lowerKeys.length; i++) {
      if (order === undefined && isIndexKey(lowerKeys[i])) order = lowerKeys.slice();
      setMember(out, lowerKeys[i], lower[lowerKeys[i]]);
    }
    for (let i = 0; i < upperKeys.length; i++) {
      const k = upperKeys[i];
      // First insertion decides the position: lower's keys, then upper's new ones.
      if (!hasOwn(out, k)) {
        if (order === undefined && isIndexKey(k)) order = Object.keys(out);
        order?.push(k);
      }
      const uv = upper[k];
      const lv = hasOwn(out, k) ? out[k] : undefined;
      if (isObject(lv) && isObject(uv)) {
        setMember(out, k, this.merge(lv, uv, undefined));
        continue;
      }
      setMember(out, k, uv);
      const memberLoc = upperMembers?.get(k);
      if (memberLoc !== undefined) members.set(k, memberLoc);
    }
    // Bounds, not exact: the merge cannot be deeper or larger than both inputs together.
    if (order !== undefined) out = keepKeyOrder(out, order);
    const depth = Math.max(lowerInfo?.depth ?? 1, upperInfo?.depth ?? 1);
    const size = (lowerInfo?.size ?? 1) + (upperInfo?.size ?? 1);
    this.record(out, at, members, depth, size);
    return out;
  }

  fail(code: HoconErrorCode, message: string, loc: Location, hint?: string): never {
    throw new HoconError(code, message, loc, this.sm.sources.get(loc.file), hint);
  }
}

export function isObject(v: JsonValue | undefined): v is JsonObject {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}

export function hasOwn(o: object, k: string): boolean {
  return Object.prototype.hasOwnProperty.call(o, k);
}

/** Sets a member; `__proto__` becomes an ordinary own key instead of changing the prototype. */
export function setMember(o: JsonObject, k: string, v: JsonValue): void {
  if (k === "__proto__") Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });
  else o[k] = v;
}
