// A canonical structural fingerprint of a schema: equal fingerprints mean the emitted
// type and validator are identical, so versions that did not change share one
// declaration. Locations are ignored; descriptions and defaults count (they are emitted).
// Memoized per node and hashed, so the cost is linear in the size of the schema graph.
import { createHash } from "node:crypto";
import type { SchemaNode } from "../schema/model.js";

const cache = new WeakMap<SchemaNode, string>();

export function fingerprint(node: SchemaNode): string {
  const hit = cache.get(node);
  if (hit !== undefined) return hit;
  const { location: _location, ...rest } = node as SchemaNode & { location: unknown };
  const canonical: Record<string, unknown> = {};
  for (const key of Object.keys(rest).sort()) {
    const value = (rest as Record<string, unknown>)[key];
    if (value === undefined) continue;
    canonical[key] = canonicalValue(key, value);
  }
  const hash = createHash("sha1").update(JSON.stringify(canonical)).digest("base64");
  cache.set(node, hash);
  return hash;
}

function canonicalValue(key: string, value: unknown): unknown {
  switch (key) {
    case "target":
      // A ref is identified by service and name (kept beside it); the resolved target is not walked.
      return undefined;
    case "properties":
      return (value as { name: string; schema: SchemaNode; required: boolean }[]).map((p) => [
        p.name,
        p.required,
        fingerprint(p.schema),
      ]);
    case "items":
      return fingerprint(value as SchemaNode);
    case "additionalProperties":
      return typeof value === "object" && value !== null ? fingerprint(value as SchemaNode) : value;
    case "patternProperties":
      return (value as { pattern: string; schema: SchemaNode }[]).map((p) => [p.pattern, fingerprint(p.schema)]);
    case "variants":
      return (value as SchemaNode[]).map(fingerprint);
    case "base":
      return fingerprint(value as SchemaNode);
    default:
      return value;
  }
}
