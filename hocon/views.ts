// Views of the document for self-reference, memo tables and cycle detection.
//
// A view cuts some keys down to their first n layers: while `a = ${a} [2]` resolves, `a`
// is seen without that layer. Only the cut keys differ between views, so results are
// memoized once per node, and per (key, layer count) for cut keys, whatever the view
// they were computed in (as Typesafe config does: when two keys look back at each other,
// the one resolved first decides, which the spec allows).
import { renderPath } from "./path-expr.js";
import { fieldPath } from "./tree.js";
import type { MField, Memoized } from "./tree.js";

/** Memo key of a node seen whole; a cut key uses its layer count instead. */
export const WHOLE = -1;

/** Thrown when a node is needed while it is being resolved; carries the chain of keys. */
export class CycleSignal {
  constructor(readonly chain: string[]) {}
}

export class View {
  readonly derived: Map<string, View> = new Map();
  constructor(readonly cuts: ReadonlyMap<number, number>) {}

  /** How many of the field's layers this view sees. */
  count(f: MField): number {
    const n = this.cuts.get(f.id);
    return n === undefined ? f.layers.length : n;
  }

  /** The memo key of the field in this view. */
  key(f: MField): number {
    const n = this.cuts.get(f.id);
    return n === undefined || n === f.layers.length ? WHOLE : n;
  }
}

interface Frame {
  readonly target: Memoized;
  readonly key: number;
  readonly field: MField;
}

export class Views {
  readonly root: View = new View(new Map());
  private readonly interned = new Map<string, View>();
  private readonly frames: Frame[] = [];

  /** `view` with field f cut down to its first n layers. */
  cut(view: View, f: MField, n: number): View {
    const step = `${f.id}:${n}`;
    let v = view.derived.get(step);
    if (v !== undefined) return v;
    const cuts = new Map(view.cuts);
    cuts.set(f.id, n);
    const name = [...cuts].sort((a, b) => a[0] - b[0]).map(([id, k]) => `${id}:${k}`).join(",");
    v = this.interned.get(name);
    if (v === undefined) {
      v = new View(cuts);
      this.interned.set(name, v);
    }
    view.derived.set(step, v);
    return v;
  }

  get<T>(node: Memoized, key: number): T | undefined {
    return (key === WHOLE ? node.memo : node.cutMemo?.get(key)) as T | undefined;
  }

  set(node: Memoized, key: number, value: unknown): void {
    if (key === WHOLE) node.memo = value;
    else (node.cutMemo ??= new Map()).set(key, value);
  }

  /** Marks a node in progress; throws CycleSignal when it already is. */
  enter(target: Memoized, key: number, field: MField): void {
    const busy = key === WHOLE ? target.busy : target.cutBusy?.has(key) === true;
    if (busy) throw new CycleSignal(this.chain(target, key, field));
    if (key === WHOLE) target.busy = true;
    else (target.cutBusy ??= new Set()).add(key);
    this.frames.push({ target, key, field });
  }

  leave(target: Memoized, key: number): void {
    if (key === WHOLE) target.busy = false;
    else target.cutBusy?.delete(key);
    this.frames.pop();
  }

  private chain(target: Memoized, key: number, field: MField): string[] {
    let start = this.frames.length - 1;
    while (start > 0 && !(this.frames[start].target === target && this.frames[start].key === key)) start--;
    const names: string[] = [];
    for (let i = start; i < this.frames.length; i++) push(names, renderPath(fieldPath(this.frames[i].field)));
    push(names, renderPath(fieldPath(field)));
    if (names.length === 1) names.push(names[0]);
    return names;
  }
}

function push(names: string[], name: string): void {
  if (names[names.length - 1] !== name) names.push(name);
}
