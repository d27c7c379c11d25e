// The `$ref` graph between definitions, and which definitions are recursive. Computed
// once with Tarjan's strongly connected components (iterative, so deep chains cannot
// overflow the stack): a definition is recursive when its component has more than one
// member or it refers to itself.
import type { Definition } from "./model.js";
import { forEachSchema } from "./walk.js";

/** The definitions each definition's schema refers to directly. */
export function refEdges(definitions: readonly Definition[]): Map<Definition, Definition[]> {
  const edges = new Map<Definition, Definition[]>();
  for (const def of definitions) {
    const targets = new Set<Definition>();
    forEachSchema(def.schema, (node) => {
      if (node.kind === "ref" && node.target) targets.add(node.target);
    });
    edges.set(def, [...targets]);
  }
  return edges;
}

/** Strongly connected components of the ref graph, in Tarjan's order (dependencies first). */
export function stronglyConnected(edges: ReadonlyMap<Definition, readonly Definition[]>): Definition[][] {
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

/** The definitions that reach themselves through `$ref`s. */
export function recursiveDefinitions(definitions: readonly Definition[]): Set<Definition> {
  const edges = refEdges(definitions);
  const recursive = new Set<Definition>();
  for (const component of stronglyConnected(edges)) {
    const only = component[0];
    if (component.length > 1 || edges.get(only)!.includes(only)) for (const d of component) recursive.add(d);
  }
  return recursive;
}
