import { renderPath } from "./path-expr.js";
import { fieldPath } from "./tree.js";
const WHOLE = -1;
class CycleSignal {
  constructor(chain) {
    this.chain = chain;
  }
  chain;
}
class View {
  constructor(cuts) {
    this.cuts = cuts;
  }
  cuts;
  derived = /* @__PURE__ */ new Map();
  /** How many of the field's layers this view sees. */
  count(f) {
    const n = this.cuts.get(f.id);
    return n === void 0 ? f.layers.length : n;
  }
  /** The memo key of the field in this view. */
  key(f) {
    const n = this.cuts.get(f.id);
    return n === void 0 || n === f.layers.length ? WHOLE : n;
  }
}
class Views {
  root = new View(/* @__PURE__ */ new Map());
  interned = /* @__PURE__ */ new Map();
  frames = [];
  /** `view` with field f cut down to its first n layers. */
  cut(view, f, n) {
    const step = `${f.id}:${n}`;
    let v = view.derived.get(step);
    if (v !== void 0) return v;
    const cuts = new Map(view.cuts);
    cuts.set(f.id, n);
    const name = [...cuts].sort((a, b) => a[0] - b[0]).map(([id, k]) => `${id}:${k}`).join(",");
    v = this.interned.get(name);
    if (v === void 0) {
      v = new View(cuts);
      this.interned.set(name, v);
    }
    view.derived.set(step, v);
    return v;
  }
  get(node, key) {
    return key === WHOLE ? node.memo : node.cutMemo?.get(key);
  }
  set(node, key, value) {
    if (key === WHOLE) node.memo = value;
    else (node.cutMemo ??= /* @__PURE__ */ new Map()).set(key, value);
  }
  /** Marks a node in progress; throws CycleSignal when it already is. */
  enter(target, key, field) {
    const busy = key === WHOLE ? target.busy : target.cutBusy?.has(key) === true;
    if (busy) throw new CycleSignal(this.chain(target, key, field));
    if (key === WHOLE) target.busy = true;
    else (target.cutBusy ??= /* @__PURE__ */ new Set()).add(key);
    this.frames.push({ target, key, field });
  }
  leave(target, key) {
    if (key === WHOLE) target.busy = false;
    else target.cutBusy?.delete(key);
    this.frames.pop();
  }
  chain(target, key, field) {
    let start = this.frames.length - 1;
    while (start > 0 && !(this.frames[start].target === target && this.frames[start].key === key)) start--;
    const names = [];
    for (let i = start; i < this.frames.length; i++) push(names, renderPath(fieldPath(this.frames[i].field)));
    push(names, renderPath(fieldPath(field)));
    if (names.length === 1) names.push(names[0]);
    return names;
  }
}
function push(names, name) {
  if (names[names.length - 1] !== name) names.push(name);
}
export {
  CycleSignal,
  View,
  Views,
  WHOLE
};
