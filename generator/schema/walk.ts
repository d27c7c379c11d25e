// Traversal of SchemaNode trees. References are leaves here: following them is the
// caller's choice (see graph.ts), which keeps every walk finite on recursive schemas.
import type { SchemaNode } from "./model.js";

/** The direct sub-schemas of a node (not following `$ref`). */
export function childSchemas(node: SchemaNode): SchemaNode[] {
  switch (node.kind) {
    case "object": {
      const out = node.properties.map((p) => p.schema);
      if (typeof node.additionalProperties === "object") out.push(node.additionalProperties);
      if (node.patternProperties) for (const p of node.patternProperties) out.push(p.schema);
      return out;
    }
    case "array":
      return node.items ? [node.items] : [];
    case "union":
      return node.base ? [...node.variants, node.base] : [...node.variants];
    default:
      return [];
  }
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

/** Pushes `childSchemas(node)` in the same order, without making the list first (this runs for every node). */
function pushChildren(node: SchemaNode, stack: SchemaNode[]): void {
  switch (node.kind) {
    case "object": {
      const properties = node.properties;
      for (let i = 0; i < properties.length; i++) stack.push(properties[i].schema);
      if (typeof node.additionalProperties === "object") stack.push(node.additionalProperties);
      const patterns = node.patternProperties;
      if (patterns) for (let i = 0; i < patterns.length; i++) stack.push(patterns[i].schema);
      return;
    }
    case "array":
      if (node.items) stack.push(node.items);
      return;
    case "union": {
      const variants = node.variants;
      for (let i = 0; i < variants.length; i++) stack.push(variants[i]);
      if (node.base) stack.push(node.base);
      return;
    }
  }
}
