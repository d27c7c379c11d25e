import { HoconError } from "./errors.js";
import { ValueBuilder, hasOwn, isObject, setMember } from "./json-values.js";
import { renderPath } from "./path-expr.js";
import { MObject } from "./tree.js";
import { CycleSignal, Views, WHOLE } from "./views.js";
function resolveTree(root, options) {
  return new Resolver(root, options).run();
}
const MAX_SUBST_NESTING = 400;
const PREWARM_LAYERS = 32;
class Resolver {
  constructor(root, options) {
    this.root = root;
    this.options = options;
    this.limits = options.limits;
    this.values = new ValueBuilder(options.sourceMap, options.limits, root.loc);
  }
  root;
  options;
  views = new Views();
  values;
  limits;
  substDepth = 0;
  run() {
    return this.resolveObject(this.root, this.views.root);
  }
  resolveObject(obj, ctx) {
    const memo = this.views.get(obj, WHOLE);
    if (memo != null) return memo.value;
    const out = {};
    const members = /* @__PURE__ */ new Map();
    let depth = 0;
    let size = 1;
    for (const f of obj.fields.values()) {
      const r = this.resolveField(f, ctx);
      if (r === null) continue;
      setMember(out, f.key, r.value);
      members.set(f.key, r.keyLoc);
      const v = r.value;
      const info = v !== null && typeof v === "object" ? this.values.info(v) : void 0;
      if (info !== void 0) {
        if (info.depth > depth) depth = info.depth;
        size += info.size;
      } else {
        size++;
      }
    }
    this.values.record(out, obj.loc, members, depth + 1, size);
    this.views.set(obj, WHOLE, { value: out });
    return out;
  }
  resolveArray(arr, ctx) {
    const out = [];
    const locs = [];
    let depth = 0;
    let size = 1;
    for (const item of arr.items) {
      const r = this.resolveValue(item, ctx);
      if (r === null) continue;
      const v = r.value;
      out.push(v);
      locs.push(item.loc);
      const info = v !== null && typeof v === "object" ? this.values.info(v) : void 0;
      if (info !== void 0) {
        if (info.depth > depth) depth = info.depth;
        size += info.size;
      } else {
        size++;
      }
    }
    this.values.record(out, arr.loc, locs, depth + 1, size);
    return out;
  }
  resolveField(f, ctx) {
    const key = ctx.key(f);
    const memo = this.views.get(f, key);
    if (memo !== void 0) return memo;
    this.views.enter(f, key, f);
    let result;
    try {
      result = this.mergeLayers(f, ctx);
    } finally {
      this.views.leave(f, key);
    }
    this.views.set(f, key, result);
    return result;
  }
  /** Top layer down: objects merge with the objects below them; a non-object ends the stack. */
  mergeLayers(f, ctx) {
    if (f.layers.length > PREWARM_LAYERS && ctx.count(f) === f.layers.length) this.prewarm(f, ctx);
    const objs = [];
    let keyLoc;
    let sealed = false;
    for (let i = ctx.count(f) - 1; i >= 0; i--) {
      const layer = f.layers[i];
      const r = this.resolveLayer(f, i, ctx);
      if (r === null) continue;
      if (isObject(r.value)) {
        objs.push(r.value);
        keyLoc = layer.keyLoc;
        continue;
      }
      if (objs.length === 0) return { value: r.value, text: r.text, sealed: true, keyLoc: layer.keyLoc };
      sealed = true;
      break;
    }
    if (objs.length === 0) return null;
    let merged = objs[objs.length - 1];
    for (let j = objs.length - 2; j >= 0; j--) merged = this.values.merge(merged, objs[j], void 0);
    return { value: merged, sealed, keyLoc };
  }
  /**
   * Resolving the top of a long self-referential stack (`a += 1` many times) would recurse
   * once per layer; resolving the layers bottom-up first makes every step a memo hit.
   */
  prewarm(f, ctx) {
    for (let k = 1; k < f.layers.length - 1; k++) {
      const kind = f.layers[k].value.kind;
      if (kind !== "subst" && kind !== "concat") continue;
      try {
        this.resolveLayer(f, k, ctx);
      } catch (e) {
        if (e instanceof HoconError) return;
        throw e;
      }
    }
  }
  resolveLayer(f, i, ctx) {
    const layer = f.layers[i];
    const v = layer.value;
    if (v.kind !== "subst" && v.kind !== "concat") return this.resolveValue(v, ctx);
    const c = f.layers.length >= 2 || layer.selfRef ? this.views.cut(ctx, f, i) : ctx;
    const memo = this.views.get(layer, WHOLE);
    if (memo !== void 0) return memo;
    this.views.enter(layer, WHOLE, f);
    let r;
    try {
      r = this.resolveValue(v, c);
    } finally {
      this.views.leave(layer, WHOLE);
    }
    this.views.set(layer, WHOLE, r);
    return r;
  }
  resolveValue(v, ctx) {
    switch (v.kind) {
      case "scalar":
        return v;
      case "object":
        return { value: this.resolveObject(v, ctx) };
      case "array":
        return { value: this.resolveArray(v, ctx) };
      case "subst":
        return this.resolveSubst(v, ctx);
      case "concat":
        return this.resolveConcat(v, ctx);
    }
  }
  /** `copied`: the caller copies the result (concatenation) and counts that work itself. */
  resolveSubst(s, ctx, copied = false) {
    this.values.spend(1, s.loc);
    if (this.substDepth >= MAX_SUBST_NESTING) {
      this.fail("hocon/too-deep", `substitutions nested deeper than ${MAX_SUBST_NESTING} levels`, s.loc);
    }
    let r;
    this.substDepth++;
    try {
      r = this.lookup(s.path, ctx);
      if (r === null && s.fallback !== void 0) r = this.lookup(s.fallback, ctx);
    } catch (e) {
      if (e instanceof RangeError && /call stack/i.test(e.message)) {
        return this.fail("hocon/too-deep", "substitutions and nesting too deep to resolve", s.loc);
      }
      if (!(e instanceof CycleSignal)) throw e;
      if (s.optional) return null;
      return this.fail(
        "hocon/substitution-cycle",
        `substitution cycle: ${e.chain.join(" -> ")}`,
        s.loc,
        "break the cycle: a value cannot contain itself"
      );
    } finally {
      this.substDepth--;
    }
    if (!copied && r !== null && r.value !== null && typeof r.value === "object") this.values.spend(this.values.sizeOf(r.value), s.loc);
    if (r === null && this.options.env !== void 0) {
      const value = this.options.env((s.fallback ?? s.path).join("."));
      if (value !== void 0) return { value };
    }
    if (r === null && !s.optional) {
      return this.fail(
        "hocon/unresolved-substitution",
        `could not resolve substitution ${s.text}`,
        s.loc,
        `define ${renderPath(s.fallback ?? s.path)}, or write \${?...} if it is optional`
      );
    }
    return r;
  }
  /** Finds the value at an absolute path, resolving only what the path goes through. */
  lookup(path, ctx) {
    let cands = [this.root];
    for (let s = 0; s < path.length - 1; s++) {
      const key = path[s];
      const next = [];
      scan: for (const c of cands) {
        if (c instanceof MObject) {
          const f = c.fields.get(key);
          if (f === void 0) continue;
          for (let i = ctx.count(f) - 1; i >= 0; i--) {
            const lv = f.layers[i].value;
            if (lv instanceof MObject) {
              next.push(lv);
              continue;
            }
            const r = this.resolveLayer(f, i, ctx);
            if (r === null) continue;
            if (!isObject(r.value)) break scan;
            next.push(r.value);
          }
        } else {
          if (!hasOwn(c, key)) continue;
          const v = c[key];
          if (!isObject(v)) break;
          next.push(v);
        }
      }
      if (next.length === 0) return null;
      cands = next;
    }
    return this.lookupLast(cands, path[path.length - 1], ctx);
  }
  lookupLast(cands, key, ctx) {
    const objs = [];
    for (const c of cands) {
      if (c instanceof MObject) {
        const f = c.fields.get(key);
        if (f === void 0) continue;
        const r = this.resolveField(f, ctx);
        if (r === null) continue;
        if (isObject(r.value)) {
          objs.push(r.value);
          if (r.sealed) break;
          continue;
        }
        if (objs.length === 0) return r;
        break;
      }
      if (!hasOwn(c, key)) continue;
      const v = c[key];
      if (isObject(v)) {
        objs.push(v);
        continue;
      }
      if (objs.length === 0) return { value: v };
      break;
    }
    if (objs.length === 0) return null;
    let merged = objs[objs.length - 1];
    for (let j = objs.length - 2; j >= 0; j--) merged = this.values.merge(merged, objs[j], void 0);
    return { value: merged };
  }
  resolveConcat(c, ctx) {
    const vals = [];
    const locs = [];
    const spaces = [];
    for (const p of c.parts) {
      const r = p.kind === "scalar" && p.space ? p : p.kind === "subst" ? this.resolveSubst(p, ctx, true) : this.resolveValue(p, ctx);
      if (r === null) continue;
      vals.push(r);
      locs.push(p.loc);
      spaces.push(p.kind === "scalar" && p.space);
    }
    let from = 0;
    let to = vals.length;
    while (from < to && spaces[from]) from++;
    while (to > from && spaces[to - 1]) to--;
    if (from === to) return null;
    if (to - from === 1) return vals[from];
    const first = kindOf(vals[from].value);
    const container = first === "object" || first === "array" ? first : void 0;
    for (let i = from + 1; i < to; i++) {
      if (spaces[i]) continue;
      const k = kindOf(vals[i].value);
      if (k !== first && (container !== void 0 || k === "object" || k === "array")) {
        return this.fail("hocon/concatenation-type", `cannot concatenate ${article(first)} with ${article(k)}`, locs[i]);
      }
    }
    if (container === "array") {
      const arrays = [];
      for (let i = from; i < to; i++) if (!spaces[i]) arrays.push(vals[i].value);
      return { value: this.values.concatArrays(arrays, c.loc) };
    }
    if (container === "object") {
      let merged;
      for (let i = from; i < to; i++) {
        if (spaces[i]) continue;
        const o = vals[i].value;
        merged = merged === void 0 ? o : this.values.merge(merged, o, c.loc);
      }
      return { value: merged };
    }
    let s = "";
    for (let i = from; i < to; i++) s += spaces[i] ? vals[i].value : textOf(vals[i]);
    if (s.length > this.limits.maxFileSize) {
      return this.fail("hocon/too-large", `concatenated string longer than ${this.limits.maxFileSize} characters`, c.loc);
    }
    return { value: s };
  }
  fail(code, message, loc, hint) {
    return this.values.fail(code, message, loc, hint);
  }
}
function kindOf(v) {
  if (v === null) return "null";
  if (Array.isArray(v)) return "array";
  return typeof v;
}
function article(k) {
  return k === "array" || k === "object" ? `an ${k}` : k === "null" ? "null" : `a ${k}`;
}
function textOf(r) {
  const v = r.value;
  if (typeof v === "string") return v;
  if (typeof v === "number") return r.text ?? String(v);
  return String(v);
}
export {
  resolveTree
};
