// Compares one schema of the base with its counterpart in the head, on the request or the
// response side, and reports each change once. A `$ref` to the same definition on both
// sides is a leaf: the definition is compared on its own (definitions.ts) and reported
// once for every endpoint version it reaches. A `$ref` whose target changed is compared
// against what it now points to, guarded against cycles.
import type { Location } from "../../hocon/diagnostics.js";
import { jsonText } from "../../hocon/json-text.js";
import type { JsonValue } from "../../hocon/types.js";
import type { AnySchema, ArraySchema, ObjectSchema, SchemaNode } from "../schema/model.js";
import { compareConstraints } from "./constraints.js";
import type { ChangeSink } from "./finding.js";
import { additionalPath, childPath, itemsPath } from "./path.js";
import type { Side } from "./side.js";
import { acceptsAll, typeKeys } from "./types.js";

export class SchemaComparer {
  /** Pairs being compared through changed `$ref`s, so recursive definitions end. */
  readonly #active = new Map<SchemaNode, Set<SchemaNode>>();

  constructor(
    readonly side: Side,
    readonly emit: ChangeSink,
  ) {}

  compare(a: SchemaNode, b: SchemaNode, path: string): void {
    if (a === b) return;
    this.#docs(a, b, path);
    if (a.kind === "ref" && b.kind === "ref" && a.name === b.name) {
      // The server checks requests by the `$ref` alone; responses also carry the keywords beside it.
      if (this.side === "response" && (a.base || b.base)) this.#objects(a.base ?? emptyObject(a.location), b.base ?? emptyObject(b.location), path);
      return;
    }
    if (a.kind === "ref" || b.kind === "ref") return this.#throughRefs(a, b, path);
    this.#types(a, b, path);
  }

  #throughRefs(a: SchemaNode, b: SchemaNode, path: string): void {
    const ta = a.kind === "ref" ? (a.target?.schema ?? anySchema(a.location)) : a;
    const tb = b.kind === "ref" ? (b.target?.schema ?? anySchema(b.location)) : b;
    let seen = this.#active.get(ta);
    if (seen?.has(tb)) return;
    if (!seen) this.#active.set(ta, (seen = new Set()));
    seen.add(tb);
    try {
      this.compare(ta, tb, path);
    } finally {
      seen.delete(tb);
    }
  }

  /** Which types each side allows, then the schemas of the types both allow. */
  #types(a: SchemaNode, b: SchemaNode, path: string): void {
    const va = a.kind === "union" ? a.variants : [a];
    const vb = b.kind === "union" ? b.variants : [b];
    const ka = typeKeys(va);
    const kb = typeKeys(vb);
    const lost = !acceptsAll(kb, ka);
    const gained = !acceptsAll(ka, kb);
    const was = [...new Set(ka)].join(" | ");
    const now = [...new Set(kb)].join(" | ");
    if (lost || gained) {
      const what = `${this.side} type ${was} -> ${now}`;
      if (this.side === "request") {
        const rule = lost && gained ? "request-type-changed" : lost ? "request-type-narrowed" : "request-type-widened";
        this.emit({ rule, path, message: what, head: b.location, base: a.location });
      } else {
        this.emit({ rule: gained ? "response-type-changed" : "response-type-narrowed", path, message: what, head: b.location, base: a.location });
      }
    }
    // Variants are paired by type when each side has exactly one of that type.
    for (let i = 0; i < va.length; i++) {
      const key = ka[i];
      if (ka.indexOf(key) !== ka.lastIndexOf(key)) continue;
      const j = kb.indexOf(key);
      if (j < 0 || j !== kb.lastIndexOf(key)) continue;
      // A union's own documentation was compared above; its members' is compared here.
      if (a.kind === "union" && b.kind === "union") this.compare(va[i], vb[j], path);
      else this.#sameType(va[i], vb[j], path);
    }
    if (a.kind === "union" && b.kind === "union" && (a.base || b.base)) this.#objects(a.base ?? emptyObject(a.location), b.base ?? emptyObject(b.location), path);
  }

  #sameType(a: SchemaNode, b: SchemaNode, path: string): void {
    if (a.kind === "ref" || b.kind === "ref") return this.compare(a, b, path);
    if (a.kind === "object" && b.kind === "object") this.#objects(a, b, path);
    else if (a.kind === "array" && b.kind === "array") this.#arrays(a, b, path);
    if (a.kind !== "any" && b.kind !== "any") compareConstraints(a, b, path, this.side, this.emit);
  }

  #objects(a: ObjectSchema, b: ObjectSchema, path: string): void {
    const side = this.side;
    const headProps = new Map(b.properties.map((p) => [p.name, p]));
    const baseNames = new Set<string>();
    for (const pa of a.properties) {
      baseNames.add(pa.name);
      const at = childPath(path, pa.name);
      const pb = headProps.get(pa.name);
      if (!pb) {
        const rule = side === "response" ? "response-property-removed" : b.additionalProperties === false ? "request-property-removed-rejected" : "request-property-removed";
        const why = rule === "request-property-removed-rejected" ? " (and `additionalProperties: false` rejects it)" : "";
        this.emit({ rule, path: at, message: `${side} property \`${pa.name}\` removed${why}`, head: b.location, base: pa.location });
        continue;
      }
      if (pa.required !== pb.required) {
        const rule =
          side === "request"
            ? pb.required ? "request-property-made-required" : "request-property-made-optional"
            : pb.required ? "response-property-now-guaranteed" : "response-property-no-longer-guaranteed";
        this.emit({ rule, path: at, message: `${side} property \`${pa.name}\` ${pb.required ? "is now required" : "is no longer required"}`, head: pb.location, base: pa.location });
      }
      this.compare(pa.schema, pb.schema, at);
    }
    for (const pb of b.properties) {
      if (baseNames.has(pb.name)) continue;
      const rule = side === "response" ? "response-property-added" : pb.required ? "request-property-added-required" : "request-property-added";
      this.emit({ rule, path: childPath(path, pb.name), message: `${side} property \`${pb.name}\` added${rule === "request-property-added-required" ? " as required" : ""}`, head: pb.location, base: a.location });
    }
    this.#additional(a, b, path);
  }

  #additional(a: ObjectSchema, b: ObjectSchema, path: string): void {
    const xa = a.additionalProperties;
    const xb = b.additionalProperties;
    if (typeof xa === "object" && typeof xb === "object") return this.compare(xa, xb, additionalPath(path));
    // Only requests: what the server accepts. Extra keys in a response are ignored by the clients.
    if (this.side !== "request" || (xa === false) === (xb === false)) return;
    const rule = xb === false ? "request-constraint-tightened" : "request-constraint-loosened";
    this.emit({ rule, path, message: `request ${xb === false ? "now rejects" : "no longer rejects"} properties it does not list (\`additionalProperties: false\`)`, head: b.location, base: a.location });
  }

  #arrays(a: ArraySchema, b: ArraySchema, path: string): void {
    if (!a.items && !b.items) return;
    this.compare(a.items ?? anySchema(a.location), b.items ?? anySchema(b.location), itemsPath(path));
  }

  /** Descriptions, titles, examples, defaults and `deprecated`. */
  #docs(a: SchemaNode, b: SchemaNode, path: string): void {
    const at = { head: b.location, base: a.location };
    if (a.description !== b.description || a.title !== b.title || !sameJson(a.examples, b.examples)) {
      const what = a.description !== b.description ? "description" : a.title !== b.title ? "title" : "examples";
      this.emit({ rule: "doc-changed", path, message: `${what} changed`, ...at });
    }
    if (b.deprecated === true && a.deprecated !== true) this.emit({ rule: "deprecated", path, message: `${path || this.side} is now deprecated`, ...at });
    if (!sameJson(a.default, b.default)) {
      const rule = this.side === "request" ? "request-default-changed" : "doc-changed";
      this.emit({ rule, path, message: `default ${show(a.default)} -> ${show(b.default)}`, ...at });
    }
  }
}

function show(v: JsonValue | undefined): string {
  return v === undefined ? "none" : jsonText(v);
}

function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === undefined || b === undefined) return false;
  return jsonText(a as JsonValue) === jsonText(b as JsonValue);
}

function anySchema(location: Location): AnySchema {
  return { kind: "any", location };
}

function emptyObject(location: Location): ObjectSchema {
  return { kind: "object", location, properties: [], additionalProperties: undefined };
}
