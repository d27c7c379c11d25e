import { HoconError } from "./errors.js";
class ValueBuilder {
  constructor(sm, limits, fallbackLoc) {
    this.sm = sm;
    this.limits = limits;
    this.fallbackLoc = fallbackLoc;
  }
  sm;
  limits;
  fallbackLoc;
  work = 0;
  record(value, loc, members, depth, size) {
    if (depth > this.limits.maxDepth + 1) {
      this.fail("hocon/too-deep", `value nested deeper than ${this.limits.maxDepth} levels`, loc);
    }
    this.sm.record(value, { loc, members, depth, size });
  }
  /** Number of values in the tree, counting shared subtrees once per occurrence. */
  sizeOf(v) {
    if (v === null || typeof v !== "object") return 1;
    return this.sm.info(v)?.size ?? 1;
  }
  info(v) {
    return this.sm.info(v);
  }
  /** Counts expansion work against maxSubstitutions, so runaway growth is an error, not a hang. */
  spend(units, loc) {
    this.work += units;
    if (this.work > this.limits.maxSubstitutions) {
      this.fail(
        "hocon/too-many-substitutions",
        `more than ${this.limits.maxSubstitutions} substitution expansions`,
        loc,
        "substitutions that double a value at every step grow exponentially"
      );
    }
  }
  concatArrays(arrays, loc) {
    const out = [];
    const locs = [];
    let depth = 1;
    let size = 1;
    for (const a of arrays) {
      this.spend(a.length, loc);
      const info = this.sm.info(a);
      size += (info?.size ?? a.length + 1) - 1;
      const members = info?.members;
      for (let j = 0; j < a.length; j++) {
        out.push(a[j]);
        locs.push(members?.[j] ?? info?.loc ?? loc);
      }
      if (info !== void 0 && info.depth > depth) depth = info.depth;
    }
    this.record(out, loc, locs, depth, size);
    return out;
  }
  /** `upper` merged over `lower`: keys keep their first position, objects merge deeply. */
  merge(lower, upper, loc) {
    const lowerInfo = this.sm.info(lower);
    const upperInfo = this.sm.info(upper);
    const lowerMembers = lowerInfo?.members;
    const upperMembers = upperInfo?.members;
    const out = {};
    const members = new Map(lowerMembers);
    const lowerKeys = Object.keys(lower);
    const upperKeys = Object.keys(upper);
    const at = loc ?? lowerInfo?.loc ?? upperInfo?.loc ?? this.fallbackLoc;
    this.spend(lowerKeys.length + upperKeys.length, at);
    for (const k of lowerKeys) setMember(out, k, lower[k]);
    for (const k of upperKeys) {
      const uv = upper[k];
      const lv = hasOwn(out, k) ? out[k] : void 0;
      if (isObject(lv) && isObject(uv)) {
        setMember(out, k, this.merge(lv, uv, void 0));
        continue;
      }
      setMember(out, k, uv);
      const memberLoc = upperMembers?.get(k);
      if (memberLoc !== void 0) members.set(k, memberLoc);
    }
    const depth = Math.max(lowerInfo?.depth ?? 1, upperInfo?.depth ?? 1);
    const size = (lowerInfo?.size ?? 1) + (upperInfo?.size ?? 1);
    this.record(out, at, members, depth, size);
    return out;
  }
  fail(code, message, loc, hint) {
    throw new HoconError(code, message, loc, this.sm.sources.get(loc.file), hint);
  }
}
function isObject(v) {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}
function hasOwn(o, k) {
  return Object.prototype.hasOwnProperty.call(o, k);
}
function setMember(o, k, v) {
  if (k === "__proto__") Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });
  else o[k] = v;
}
export {
  ValueBuilder,
  hasOwn,
  isObject,
  setMember
};
