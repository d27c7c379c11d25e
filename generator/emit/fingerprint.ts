// A canonical structural fingerprint of a schema: equal fingerprints mean the emitted
// type and validator are identical, so versions that did not change share one
// declaration. Locations are ignored; descriptions and defaults count (they are emitted).
// Hash-consed: a node's key is its own fields with each child replaced by the child's
// fingerprint (a small number), and equal keys get the same number. Memoized per node,
// so the cost is linear in the size of the schema graph. Fingerprints are only compared
// within one table; they are not stable across runs.
import type { SchemaNode } from "../schema/model.js";

/** One fingerprint table; make one per plan, so nothing outlives it (hence a Map, cheaper than a WeakMap). */
export class Fingerprints {
  readonly #byNode = new Map<SchemaNode, string>();
  readonly #byKey = new Map<string, string>();

  of(node: SchemaNode): string {
    const hit = this.#byNode.get(node);
    if (hit !== undefined) return hit;
    const canonical: Record<string, unknown> = {};
    for (const key of Object.keys(node).sort()) {
      if (key === "location") continue;
      const value = (node as unknown as Record<string, unknown>)[key];
      if (value === undefined) continue;
      canonical[key] = this.#canonicalValue(key, value);
    }
    const text = JSON.stringify(canonical);
    let id = this.#byKey.get(text);
    if (id === undefined) {
      id = "#" + this.#byKey.size.toString(36);
      this.#byKey.set(text, id);
    }
    this.#byNode.set(node, id);
    return id;
  }

  #canonicalValue(key: string, value: unknown): unknown {
    switch (key) {
      case "target":
        // A ref is identified by service and name (kept beside it); the resolved target is not walked.
        return undefined;
      case "properties":
        return (value as { name: string; schema: SchemaNode; required: boolean }[]).map((p) => [p.name, p.required, this.of(p.schema)]);
      case "items":
      case "base":
        return this.of(value as SchemaNode);
      case "additionalProperties":
        return typeof value === "object" && value !== null ? this.of(value as SchemaNode) : value;
      case "patternProperties":
        return (value as { pattern: string; schema: SchemaNode }[]).map((p) => [p.pattern, this.of(p.schema)]);
      case "variants":
        return (value as SchemaNode[]).map((v) => this.of(v));
      default:
        return value;
    }
  }
}
