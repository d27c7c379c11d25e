// Resolves the merged tree to plain JSON. Substitutions are resolved lazily against the
// whole document and memoized; a path lookup walks the layers of each key, so
// `${a.b}` never needs all of `a` (the spec's `bar : { foo : 42, baz : ${bar.foo} }`).
//
// Self-reference: while a substitution or concatenation layer of a key with several
// layers is resolved, that key is seen with only the layers below it (the spec's "look
// backward": a view, see views.ts), so `a = ${a} [2]` and
// `a = { b = 1 }, a = ${a} { c = 2 }` work, and true cycles are reported with their chain.
import type { Location } from "./diagnostics.js";
import { HoconError } from "./errors.js";
import type { HoconErrorCode } from "./errors.js";
import { ValueBuilder, hasOwn, isObject, setMember } from "./json-values.js";
import { renderPath } from "./path-expr.js";
import type { SourceMapBuilder } from "./source-map.js";
import { isIndexKey, keepKeyOrder } from "./ordered.js";
import { MObject } from "./tree.js";
import type { MArray, MConcat, MField, MSubst, MValue } from "./tree.js";
import type { JsonObject, JsonValue, ParseLimits } from "./types.js";
import { CycleSignal, Views, WHOLE } from "./views.js";
import type { View } from "./views.js";

/** A resolved value; `text` is how a number literal was written, for string concatenation. */
interface Res {
  readonly value: JsonValue;
  readonly text?: string | undefined;
}

interface FieldRes extends Res {
  /** A non-object hides the layers below: a merge across objects must stop here. */
  readonly sealed: boolean;
  readonly keyLoc: Location;
}

export interface ResolveOptions {
  readonly limits: ParseLimits;
  readonly env: ((name: string) => string | undefined) | undefined;
  readonly sourceMap: SourceMapBuilder;
}

export function resolveTree(root: MObject, options: ResolveOptions): JsonObject {
  return new Resolver(root, options).run();
}

/** Substitutions resolving through substitutions: far beyond real documents, well inside the JS stack. */
const MAX_SUBST_NESTING = 400;
/** Stacks taller than this are resolved bottom-up first (see prewarm). */
const PREWARM_LAYERS = 32;

class Resolver {
  private readonly views = new Views();
  private readonly values: ValueBuilder;
  private readonly limits: ParseLimits;
  private substDepth = 0;

  constructor(
    private readonly root: MObject,
    private readonly options: ResolveOptions,
  ) {
    this.limits = options.limits;
    this.values = new ValueBuilder(options.sourceMap, options.limits, root.loc);
  }

  run(): JsonObject {
    return this.resolveObject(this.root, this.views.root);
  }

  private resolveObject(obj: MObject, ctx: View): JsonObject {
    const memo = obj.memo;
    if (memo !== undefined) return memo;
    let out: JsonObject = {};
    let indexKeys = false;
    const members = new Map<string, Location>();
    let depth = 0;
    let size = 1;
    const uncut = ctx.cuts.size === 0;
    const fields = obj.fieldList();
    for (let i = 0; i < fields.length; i++) {
      const f = fields[i];
      if (!indexKeys && isIndexKey(f.key)) indexKeys = true;
      let v: JsonValue;
      let keyLoc: Location;
      // Views cut only keys whose layers are substitutions or concatenations.
      const only = f.layers.length === 1 && (uncut || ctx.count(f) === 1) ? f.layers[0] : undefined;
      if (only !== undefined && obj.literal && only.value instanceof MObject) {
        // A literal object inside a literal object: nothing in it can look anything up.
        v = this.resolveObject(only.value, ctx);
        keyLoc = only.keyLoc;
      } else {
        const r = this.resolveField(f, ctx);
        if (r === null) continue;
        v = r.value;
        keyLoc = r.keyLoc;
      }
      setMember(out, f.key, v);
      members.set(f.key, keyLoc);
      const info = v !== null && typeof v === "object" ? this.values.info(v) : undefined;
      if (info !== undefined) {
        if (info.depth > depth) depth = info.depth;
        size += info.size;
      } else {
        size++;
      }
    }
    // Fields are in insertion order, as are the members recorded from them.
    if (indexKeys) out = keepKeyOrder(out, [...members.keys()]);
    this.values.record(out, obj.loc, members, depth + 1, size);
    obj.memo = out;
    return out;
  }

  private resolveArray(arr: MArray, ctx: View): JsonValue[] {
    const out: JsonValue[] = [];
    const locs: Location[] = [];
    let depth = 0;
    let size = 1;
    const items = arr.items;
    for (let i = 0; i < items.length; i++) {
      const item = items[i];
      const r = this.resolveValue(item, ctx);
      if (r === null) continue;
      const v = r.value;
      out.push(v);
      locs.push(item.loc);
      const info = v !== null && typeof v === "object" ? this.values.info(v) : undefined;
      if (info !== undefined) {
        if (info.depth > depth) depth = info.depth;
        size += info.size;
      } else {
        size++;
      }
    }
    this.values.record(out, arr.loc, locs, depth + 1, size);
    return out;
  }

  private resolveField(f: MField, ctx: View): FieldRes | null {
    const key = ctx.key(f);
    const memo = this.views.get<FieldRes | null>(f, key);
    if (memo !== undefined) return memo;
    this.views.enter(f, key, f);
    let result: FieldRes | null;
    try {
      result = this.mergeLayers(f, ctx);
    } finally {
      this.views.leave(f, key);
    }
    this.views.set(f, key, result);
    return result;
  }

  /** Top layer down: objects merge with the objects below them; a non-object ends the stack. */
  private mergeLayers(f: MField, ctx: View): FieldRes | null {
    if (f.layers.length > PREWARM_LAYERS && ctx.count(f) === f.layers.length) this.prewarm(f, ctx);
    const objs: JsonObject[] = [];
    let keyLoc: Location | undefined;
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
    for (let j = objs.length - 2; j >= 0; j--) merged = this.values.merge(merged, objs[j], undefined);
    return { value: merged, sealed, keyLoc: keyLoc! };
  }

  /**
   * Resolving the top of a long self-referential stack (`a += 1` many times) would recurse
   * once per layer; resolving the layers bottom-up first makes every step a memo hit.
   */
  private prewarm(f: MField, ctx: View): void {
    for (let k = 1; k < f.layers.length - 1; k++) {
      const kind = f.layers[k].value.kind;
      if (kind !== "subst" && kind !== "concat") continue;
      try {
        this.resolveLayer(f, k, ctx);
      } catch (e) {
        // The top-down pass reports it, if the layer turns out to matter.
        if (e instanceof HoconError) return;
        throw e;
      }
    }
  }

  private resolveLayer(f: MField, i: number, ctx: View): Res | null {
    const layer = f.layers[i];
    const v = layer.value;
    if (v.kind !== "subst" && v.kind !== "concat") return this.resolveValue(v, ctx);
    // Self-reference looks backward: this key is seen without this layer and those above.
    const c = f.layers.length >= 2 || layer.selfRef ? this.views.cut(ctx, f, i) : ctx;
    const memo = this.views.get<Res | null>(layer, WHOLE);
    if (memo !== undefined) return memo;
    this.views.enter(layer, WHOLE, f);
    let r: Res | null;
    try {
      r = this.resolveValue(v, c);
    } finally {
      this.views.leave(layer, WHOLE);
    }
    this.views.set(layer, WHOLE, r);
    return r;
  }

  private resolveValue(v: MValue, ctx: View): Res | null {
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
  private resolveSubst(s: MSubst, ctx: View, copied = false): Res | null {
    this.values.spend(1, s.loc);
    if (this.substDepth >= MAX_SUBST_NESTING) {
      this.fail("hocon/too-deep", `substitutions nested deeper than ${MAX_SUBST_NESTING} levels`, s.loc);
    }
    let r: Res | null;
    this.substDepth++;
    try {
      r = this.lookup(s.path, ctx);
      if (r === null && s.fallback !== undefined) r = this.lookup(s.fallback, ctx);
    } catch (e) {
      if (e instanceof RangeError && /call stack/i.test(e.message)) {
        // Deep documents combined with substitution chains: report the innermost substitution.
        return this.fail("hocon/too-deep", "substitutions and nesting too deep to resolve", s.loc);
      }
      if (!(e instanceof CycleSignal)) throw e;
      if (s.optional) return null;
      return this.fail("hocon/substitution-cycle", `substitution cycle: ${e.chain.join(" -> ")}`, s.loc,
        "break the cycle: a value cannot contain itself");
    } finally {
      this.substDepth--;
    }
    // A substituted container is a copy of its whole tree: count it, so doubling grows into an error, not a hang.
    if (!copied && r !== null && r.value !== null && typeof r.value === "object") this.values.spend(this.values.sizeOf(r.value), s.loc);
    if (r === null && this.options.env !== undefined) {
      const value = this.options.env((s.fallback ?? s.path).join("."));
      if (value !== undefined) return { value };
    }
    if (r === null && !s.optional) {
      return this.fail("hocon/unresolved-substitution", `could not resolve substitution ${s.text}`, s.loc,
        `define ${renderPath(s.fallback ?? s.path)}, or write \${?...} if it is optional`);
    }
    return r;
  }

  /** Finds the value at an absolute path, resolving only what the path goes through. */
  private lookup(path: readonly string[], ctx: View): Res | null {
    let cands: (MObject | JsonObject)[] = [this.root];
    for (let s = 0; s < path.length - 1; s++) {
      const key = path[s];
      const next: (MObject | JsonObject)[] = [];
      scan: for (const c of cands) {
        if (c instanceof MObject) {
          const f = c.field(key);
          if (f === undefined) continue;
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

  private lookupLast(cands: (MObject | JsonObject)[], key: string, ctx: View): Res | null {
    const objs: JsonObject[] = [];
    for (const c of cands) {
      if (c instanceof MObject) {
        const f = c.field(key);
        if (f === undefined) continue;
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
    for (let j = objs.length - 2; j >= 0; j--) merged = this.values.merge(merged, objs[j], undefined);
    return { value: merged };
  }

  private resolveConcat(c: MConcat, ctx: View): Res | null {
    const vals: Res[] = [];
    const locs: Location[] = [];
    const spaces: boolean[] = [];
    for (const p of c.parts) {
      const r = p.kind === "scalar" && p.space ? p : p.kind === "subst" ? this.resolveSubst(p, ctx, true) : this.resolveValue(p, ctx);
      if (r === null) continue;
      vals.push(r);
      locs.push(p.loc);
      spaces.push(p.kind === "scalar" && p.space);
    }
    // Whitespace next to an undefined `${?x}` at either end goes with it.
    let from = 0;
    let to = vals.length;
    while (from < to && spaces[from]) from++;
    while (to > from && spaces[to - 1]) to--;
    if (from === to) return null;
    if (to - from === 1) return vals[from];
    // Scalars join as text; arrays and objects only with their own kind.
    const first = kindOf(vals[from].value);
    const container = first === "object" || first === "array" ? first : undefined;
    for (let i = from + 1; i < to; i++) {
      if (spaces[i]) continue;
      const k = kindOf(vals[i].value);
      if (k !== first && (container !== undefined || k === "object" || k === "array")) {
        return this.fail("hocon/concatenation-type", `cannot concatenate ${article(first)} with ${article(k)}`, locs[i]);
      }
    }
    if (container === "array") {
      const arrays: JsonValue[][] = [];
      for (let i = from; i < to; i++) if (!spaces[i]) arrays.push(vals[i].value as JsonValue[]);
      return { value: this.values.concatArrays(arrays, c.loc) };
    }
    if (container === "object") {
      let merged: JsonObject | undefined;
      for (let i = from; i < to; i++) {
        if (spaces[i]) continue;
        const o = vals[i].value as JsonObject;
        merged = merged === undefined ? o : this.values.merge(merged, o, c.loc);
      }
      return { value: merged! };
    }
    let s = "";
    for (let i = from; i < to; i++) s += spaces[i] ? (vals[i].value as string) : textOf(vals[i]);
    if (s.length > this.limits.maxFileSize) {
      return this.fail("hocon/too-large", `concatenated string longer than ${this.limits.maxFileSize} characters`, c.loc);
    }
    return { value: s };
  }

  private fail(code: HoconErrorCode, message: string, loc: Location, hint?: string): never {
    return this.values.fail(code, message, loc, hint);
  }
}

type Kind = "object" | "array" | "string" | "number" | "boolean" | "null";

function kindOf(v: JsonValue): Kind {
  if (v === null) return "null";
  if (Array.isArray(v)) return "array";
  return typeof v === "bigint" ? "number" : (typeof v as Kind);
}

function article(k: Kind): string {
  return k === "array" || k === "object" ? `an ${k}` : k === "null" ? "null" : `a ${k}`;
}

function textOf(r: Res): string {
  const v = r.value;
  if (typeof v === "string") return v;
  if (typeof v === "number" || typeof v === "bigint") return r.text ?? String(v);
  return String(v);
}
