// The JSON types a schema allows, as comparable keys: `integer` is within `number`, and
// `any` (no `type`) allows every type.
import type { SchemaNode } from "../schema/model.js";

/** How deep a chain of `$ref`s to `$ref`s is followed to find a type. */
const MAX_REF_HOPS = 16;

/** The type of each variant, in order; a `$ref` counts as its target's type. */
export function typeKeys(variants: readonly SchemaNode[]): string[] {
  return variants.map((v) => typeKey(v));
}

function typeKey(node: SchemaNode): string {
  let n = node;
  for (let hops = 0; n.kind === "ref"; hops++) {
    if (!n.target || hops === MAX_REF_HOPS) return "any";
    n = n.target.schema;
  }
  return n.kind;
}

/** True when every type in `types` is allowed by one in `accepting`. */
export function acceptsAll(accepting: readonly string[], types: readonly string[]): boolean {
  if (accepting.includes("any")) return true;
  return types.every((t) => accepting.includes(t) || (t === "integer" && accepting.includes("number")));
}
