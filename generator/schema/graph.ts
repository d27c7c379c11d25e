// The `$ref` graph between the definitions of a model, built once per model: every question
// about which definitions a schema reaches goes through it. Recursion comes from Tarjan's
// strongly connected components (iterative, so deep chains cannot overflow the stack): a
// definition is recursive when its component has more than one member or it refers to itself.
import type { ApiModel, Definition, SchemaNode } from "./model.js";
import { forEachSchema, type ChildFilter } from "./walk.js";

/** The definitions `root` refers to directly (not through other definitions), in first-use order. */
function refTargets(root: SchemaNode, enter?: ChildFilter): Definition[] {
  const targets = new Set<Definition>();
  forEachSchema(
    root,
    (node) => {
      if (node.kind === "ref" && node.target) targets.add(node.target);
    },
    enter,
  );
  return [...targets];
}

export class RefGraph {
  /** Direct targets per definition, per child filter (`undefined`: every child). */
  readonly #edges = new Map<ChildFilter | undefined, Map<Definition, Definition[]>>();
  readonly #definitions: readonly Definition[];
  #recursive: ReadonlySet<Definition> | undefined;

  constructor(definitions: readonly Definition[]) {
    this.#definitions = definitions;
  }

  /** The definitions `def` refers to directly, in first-use order; with `enter`, only through the children it allows. */
  targets(def: Definition, enter?: ChildFilter): readonly Definition[] {
    return this.#edgesOf(enter).get(def) ?? refTargets(def.schema, enter);
  }

  /** The definitions reachable from `roots` through `$ref`s, directly or not. */
  reachableFrom(roots: Iterable<SchemaNode>, enter?: ChildFilter): Set<Definition> {
    const found = new Set<Definition>();
    const pending: Definition[] = [];
    const reach = (targets: readonly Definition[]): void => {
      for (const t of targets) {
        if (found.has(t)) continue;
        found.add(t);
        pending.push(t);
      }
    };
    for (const root of roots) reach(refTargets(root, enter));
    while (pending.length > 0) reach(this.targets(pending.pop()!, enter));
    return found;
  }

  /** The definitions that are in `goals` or reach one of them through `$ref`s. */
  reaching(goals: ReadonlySet<Definition>, enter?: ChildFilter): Set<Definition> {
    const referrers = new Map<Definition, Definition[]>();
    for (const [from, targets] of this.#edgesOf(enter)) {
      for (const t of targets) {
        const list = referrers.get(t);
        if (list) list.push(from);
        else referrers.set(t, [from]);
      }
    }
    const found = new Set(goals);
    const pending = [...goals];
    while (pending.length > 0) {
      for (const from of referrers.get(pending.pop()!) ?? []) {
        if (found.has(from)) continue;
        found.add(from);
        pending.push(from);
      }
    }
    return found;
  }

  /** The definitions that reach themselves through `$ref`s. */
  get recursive(): ReadonlySet<Definition> {
    if (this.#recursive) return this.#recursive;
    const edges = this.#edgesOf(undefined);
    const recursive = new Set<Definition>();
    for (const component of stronglyConnected(edges)) {
      const only = component[0];
      if (component.length > 1 || edges.get(only)!.includes(only)) for (const d of component) recursive.add(d);
    }
    return (this.#recursive = recursive);
  }

  #edgesOf(enter: ChildFilter | undefined): Map<Definition, Definition[]> {
    let edges = this.#edges.get(enter);
    if (!edges) {
      edges = new Map();
      for (const def of this.#definitions) edges.set(def, refTargets(def.schema, enter));
      this.#edges.set(enter, edges);
    }
    return edges;
  }
}

const graphs = new WeakMap<ApiModel, RefGraph>();

/** The model's ref graph over all its definitions (each `$ref` resolves within its own service). */
export function refGraph(model: ApiModel): RefGraph {
  let graph = graphs.get(model);
  if (!graph) {
    graph = new RefGraph(model.services.flatMap((s) => [...s.definitions.values()]));
    graphs.set(model, graph);
  }
  return graph;
}

/** Strongly connected components of the ref graph, in Tarjan's order (dependencies first). */
function stronglyConnected(edges: ReadonlyMap<Definition, readonly Definition[]>): Definition[][] {
  const index = new Map<Definition, number>();
  const low = new Map<Definition, number>();
  const onStack = new Set<Definition>();
  const stack: Definition[] = [];
  const components: Definition[][] = [];
  let next = 0;

  for (const start of edges.keys()) {
    if (index.has(start)) continue;
    // Each frame is a node and how many of its successors have been looked at.
    const frames: { node: Definition; child: number }[] = [{ node: start, child: 0 }];
    index.set(start, next);
    low.set(start, next++);
    stack.push(start);
    onStack.add(start);
    while (frames.length > 0) {
      const frame = frames[frames.length - 1];
      const successors = edges.get(frame.node) ?? [];
      if (frame.child < successors.length) {
        const w = successors[frame.child++];
        if (!index.has(w)) {
          index.set(w, next);
          low.set(w, next++);
          stack.push(w);
          onStack.add(w);
          frames.push({ node: w, child: 0 });
        } else if (onStack.has(w)) {
          low.set(frame.node, Math.min(low.get(frame.node)!, index.get(w)!));
        }
        continue;
      }
      frames.pop();
      const v = frame.node;
      if (frames.length > 0) {
        const parent = frames[frames.length - 1].node;
        low.set(parent, Math.min(low.get(parent)!, low.get(v)!));
      }
      if (low.get(v) === index.get(v)) {
        const component: Definition[] = [];
        let w: Definition;
        do {
          w = stack.pop()!;
          onStack.delete(w);
          component.push(w);
        } while (w !== v);
        components.push(component);
      }
    }
  }
  return components;
}
