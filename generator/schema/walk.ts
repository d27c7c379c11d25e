// Traversal of SchemaNode trees. References are leaves here: following them is the
// caller's choice (see graph.ts), which keeps every walk finite on recursive schemas.
import type { SchemaNode } from "./model.js";

/** The direct sub-schemas of a node (not following `$ref`). */
export function childSchemas(node: SchemaNode): SchemaNode[] {
  const out: SchemaNode[] = [];
  pushChildren(node, out);
  return out;
}

/** Calls `visit` once for every node reachable from `root` without following `$ref`. */
export function forEachSchema(root: SchemaNode, visit: (node: SchemaNode) => void): void {
  const seen = new Set<SchemaNode>();
  const stack = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (seen.has(node)) continue;
    seen.add(node);
    visit(node);
    pushChildren(node, stack);
  }
}

/** Pushes the direct sub-schemas of `node` onto `out`: forEachSchema runs this for every node, without a list per node. */
function pushChildren(node: SchemaNode, out: SchemaNode[]): void {
  switch (node.kind) {
    case "object": {
      const properties = node.properties;
      for (let i = 0; i < properties.length; i++) out.push(properties[i].schema);
      if (typeof node.additionalProperties === "object") out.push(node.additionalProperties);
      const patterns = node.patternProperties;
      if (patterns) for (let i = 0; i < patterns.length; i++) out.push(patterns[i].schema);
      return;
    }
    case "array":
      if (node.items) out.push(node.items);
      return;
    case "ref":
      // The object keywords beside the `$ref`, not its target.
      if (node.base) out.push(node.base);
      return;
    case "union": {
      const variants = node.variants;
      for (let i = 0; i < variants.length; i++) out.push(variants[i]);
      if (node.base) out.push(node.base);
      return;
    }
  }
}
