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
    for (const child of childSchemas(node)) stack.push(child);
  }
}
