// A canonical structural fingerprint of a schema: equal fingerprints mean the emitted
// type and validator are identical, so versions that did not change share one
// declaration. Locations are ignored; descriptions and defaults count (they are emitted).
// Hash-consed: a node's key is its own fields with each child replaced by the child's
// fingerprint (a small number), and equal keys get the same number. Memoized per node,
// so the cost is linear in the size of the schema graph. Fingerprints are only compared
// within one table; they are not stable across runs.
import { jsonText } from "../../hocon/json-text.js";
import type { JsonValue } from "../../hocon/types.js";
import type { SchemaNode } from "../schema/model.js";

/** One fingerprint table; make one per plan, so nothing outlives it (hence a Map, cheaper than a WeakMap). */
export class Fingerprints {
  readonly #byNode = new Map<SchemaNode, string>();
  readonly #byKey = new Map<string, string>();
  /**
   * A node's keys in sorted order, by its keys in construction order: nodes of one kind are
   * built with few key orders, so the sort runs once per order instead of once per node.
   */
  readonly #sortedKeys = new Map<string, string[]>();

  of(node: SchemaNode): string {
    const hit = this.#byNode.get(node);
    if (hit !== undefined) return hit;
    const fields = node as unknown as Record<string, unknown>;
    const own = Object.keys(fields);
    const order = own.join(",");
    let sorted = this.#sortedKeys.get(order);
    if (sorted === undefined) {
      sorted = own.filter((key) => key !== "location" && key !== "target").sort();
      this.#sortedKeys.set(order, sorted);
    }
    // `key=value;` per defined field, sorted by key: the same text for the same fields in any order.
    let text = "";
    for (let i = 0; i < sorted.length; i++) {
      const key = sorted[i];
      const value = fields[key];
      if (value === undefined) continue;
      text += key + "=" + this.#valueText(key, value) + ";";
    }
    let id = this.#byKey.get(text);
    if (id === undefined) {
      id = "#" + this.#byKey.size.toString(36);
      this.#byKey.set(text, id);
    }
    this.#byNode.set(node, id);
    return id;
  }

  /** A field's text: children by their fingerprint, other values as JSON. */
  #valueText(key: string, value: unknown): string {
    switch (key) {
      case "properties": {
        // Names and patterns as JSON strings: no separator inside them can be confused with ours.
        let text = "[";
        for (const p of value as readonly { name: string; schema: SchemaNode; required: boolean }[]) {
          text += JSON.stringify(p.name) + (p.required ? "!" : "?") + this.of(p.schema) + ",";
        }
        return text + "]";
      }
      case "items":
      case "base":
        return this.of(value as SchemaNode);
      case "additionalProperties":
        return typeof value === "object" && value !== null ? this.of(value as SchemaNode) : String(value);
      case "patternProperties": {
        let text = "[";
        for (const p of value as readonly { pattern: string; schema: SchemaNode }[]) text += JSON.stringify(p.pattern) + this.of(p.schema) + ",";
        return text + "]";
      }
      case "variants": {
        let text = "[";
        for (const v of value as readonly SchemaNode[]) text += this.of(v) + ",";
        return text + "]";
      }
      default:
        return typeof value === "string" ? JSON.stringify(value) : typeof value === "object" ? jsonText(value as JsonValue) : String(value);
    }
  }
}
