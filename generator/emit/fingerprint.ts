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
import { forEachChild, type ChildRole } from "../schema/walk.js";

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
      text += key + "=" + valueText(key, value) + ";";
    }
    // Then the children, each by its fingerprint (walk.ts knows where they are).
    forEachChild(node, (child, role, at) => {
      text += role + childLabel(node, role, at) + this.of(child) + ",";
    });
    let id = this.#byKey.get(text);
    if (id === undefined) {
      id = "#" + this.#byKey.size.toString(36);
      this.#byKey.set(text, id);
    }
    this.#byNode.set(node, id);
    return id;
  }
}

/** A field's own text: a list of children by its length and a child by nothing (forEachChild adds them), other values as JSON. */
function valueText(key: string, value: unknown): string {
  switch (key) {
    case "properties":
    case "patternProperties":
    case "variants":
      return "#" + (value as readonly unknown[]).length;
    case "items":
    case "base":
      return "";
    case "additionalProperties":
      if (typeof value === "object") return "";
  }
  return typeof value === "string" ? JSON.stringify(value) : typeof value === "object" ? jsonText(value as JsonValue) : String(value);
}

/** What a child is besides its schema: a property's name and whether it is required, a pattern. JSON strings, so no separator inside can be confused with ours. */
function childLabel(node: SchemaNode, role: ChildRole, at: number): string {
  if (role === "property" && node.kind === "object") {
    const p = node.properties[at];
    return JSON.stringify(p.name) + (p.required ? "!" : "?");
  }
  if (role === "patternProperty" && node.kind === "object") return JSON.stringify(node.patternProperties![at].pattern);
  return "";
}
