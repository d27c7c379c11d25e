// The views of the document the resolver works in, their memo tables, and cycle detection.
// The unrestricted view keeps its state on the tree nodes; a view where some keys are cut
// down to their first n layers (self-reference) has its own tables, interned by its cuts.
import { renderPath } from "./path-expr.js";
import { fieldPath } from "./tree.js";
import type { MField, Memoized } from "./tree.js";

/** Thrown when a node is needed while it is being resolved; carries the chain of keys. */
export class CycleSignal {
  constructor(readonly chain: string[]) {}
}

export class View {
  readonly memo = new Map<Memoized, unknown>();
  readonly active = new Set<Memoized>();
  readonly derived = new Map<string, View>();
  constructor(readonly cuts: ReadonlyMap<number, number>) {}

  /** How many of the field's layers this view sees. */
  count(f: MField): number {
    const n = this.cuts.get(f.id);
    return n === undefined ? f.layers.length : n;
  }
}

interface Frame {
  readonly target: Memoized;
  readonly view: View;
  readonly field: MField;
}

export class Views {
  readonly root = new View(new Map());
  private readonly interned = new Map<string, View>();
  private readonly frames: Frame[] = [];

  /** `view` with field f cut down to its first n layers. */
  cut(view: View, f: MField, n: number): View {
    const step = `${f.id}:${n}`;
    let v = view.derived.get(step);
    if (v !== undefined) return v;
    const cuts = new Map(view.cuts);
    cuts.set(f.id, n);
    const key = [...cuts].sort((a, b) => a[0] - b[0]).map(([id, k]) => `${id}:${k}`).join(",");
    v = this.interned.get(key);
    if (v === undefined) {
      v = new View(cuts);
      this.interned.set(key, v);
    }
    view.derived.set(step, v);
    return v;
  }

  get<T>(view: View, node: Memoized): T | undefined {
    return (view === this.root ? node.memo : view.memo.get(node)) as T | undefined;
  }

  set(view: View, node: Memoized, value: unknown): void {
    if (view === this.root) node.memo = value;
    else view.memo.set(node, value);
  }

  /** Marks a node in progress; throws CycleSignal when it already is. */
  enter(target: Memoized, view: View, field: MField): void {
    const busy = view === this.root ? target.busy : view.active.has(target);
    if (busy) throw new CycleSignal(this.chain(target, view, field));
    if (view === this.root) target.busy = true;
    else view.active.add(target);
    this.frames.push({ target, view, field });
  }

  leave(target: Memoized, view: View): void {
    if (view === this.root) target.busy = false;
    else view.active.delete(target);
    this.frames.pop();
  }

  private chain(target: Memoized, view: View, field: MField): string[] {
    let start = this.frames.length - 1;
    while (start > 0 && !(this.frames[start].target === target && this.frames[start].view === view)) start--;
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
