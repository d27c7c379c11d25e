// Traversal of SchemaNode trees: the one place that knows where a node's sub-schemas are.
// References are leaves here: following them is the ref graph's business (graph.ts),
// which keeps every walk finite on recursive schemas.
import type { SchemaNode } from "./model.js";

/**
 * How a sub-schema sits in its parent. `beside-ref` is the object keywords written next to
 * a `$ref`: responses are typed and checked with them, requests by the `$ref` alone (see
 * RefSchema.base), so a request-side walk leaves them out.
 */
export type ChildRole = "property" | "additionalProperties" | "patternProperty" | "items" | "variant" | "beside-union" | "beside-ref";

/** Which children a walk enters; without one, every child. */
export type ChildFilter = (role: ChildRole) => boolean;

/** The children a request's validator checks: all but the keywords beside a `$ref`. */
export const requestSide: ChildFilter = (role) => role !== "beside-ref";

/**
 * Calls `visit` with each direct sub-schema of `node` (not following `$ref`), in source
 * order, its role, and its index in the parent's list of that role (`properties`,
 * `patternProperties`, `variants`; 0 for the others).
 */
export function forEachChild(node: SchemaNode, visit: (child: SchemaNode, role: ChildRole, at: number) => void): void {
  switch (node.kind) {
    case "object": {
      const properties = node.properties;
      for (let i = 0; i < properties.length; i++) visit(properties[i].schema, "property", i);
      if (typeof node.additionalProperties === "object") visit(node.additionalProperties, "additionalProperties", 0);
      const patterns = node.patternProperties;
      if (patterns) for (let i = 0; i < patterns.length; i++) visit(patterns[i].schema, "patternProperty", i);
      return;
    }
    case "array":
      if (node.items) visit(node.items, "items", 0);
      return;
    case "ref":
      if (node.base) visit(node.base, "beside-ref", 0);
      return;
    case "union": {
      const variants = node.variants;
      for (let i = 0; i < variants.length; i++) visit(variants[i], "variant", i);
      if (node.base) visit(node.base, "beside-union", 0);
      return;
    }
  }
}

/** The direct sub-schemas of a node (not following `$ref`), in source order. */
export function childSchemas(node: SchemaNode): SchemaNode[] {
  const out: SchemaNode[] = [];
  forEachChild(node, (child) => out.push(child));
  return out;
}

/**
 * Calls `visit` once for every node reachable from `root` without following `$ref` (a
 * node shared by two parents is visited once), depth first in source order, entering only
 * the children `enter` allows. Nodes already in `seen` (visited by an earlier walk that
 * shares it) are skipped.
 */
export function forEachSchema(root: SchemaNode, visit: (node: SchemaNode) => void, enter?: ChildFilter, seen = new Set<SchemaNode>()): void {
  const stack = [root];
  // One closure per walk, not per node.
  const push = (child: SchemaNode, role: ChildRole): void => {
    if (!enter || enter(role)) stack.push(child);
  };
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (seen.has(node)) continue;
    seen.add(node);
    visit(node);
    const mark = stack.length;
    forEachChild(node, push);
    reverseFrom(stack, mark);
  }
}

/**
 * Reverses `stack` from `mark` to its top: children pushed in source order then pop in
 * source order, without a list per node.
 */
export function reverseFrom<T>(stack: T[], mark: number): void {
  for (let i = mark, j = stack.length - 1; i < j; i++, j--) {
    const t = stack[i];
    stack[i] = stack[j];
    stack[j] = t;
  }
}
