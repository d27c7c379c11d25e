// Compares one schema of the base with its counterpart in the head, on the request or the
// response side, and reports each change once. A `$ref` to the same definition on both
// sides is a leaf: the definition is compared on its own (definitions.ts) and reported
// once for every endpoint version it reaches. A `$ref` whose target changed is compared
// against what it now points to, guarded against cycles.
import type { Location } from "../../hocon/diagnostics.js";
import { jsonText } from "../../hocon/json-text.js";
import type { JsonValue } from "../../hocon/types.js";
import type { AnySchema, ObjectSchema, SchemaNode } from "../schema/model.js";
import { forEachChild, requestSide, type ChildRole } from "../schema/walk.js";
import { compareConstraints } from "./constraints.js";
import type { ChangeSink } from "./finding.js";
import { additionalPath, childPath, itemsPath, patternPath } from "./path.js";
import type { Side } from "./side.js";
import { acceptsAll, typeKeys } from "./types.js";

export class SchemaComparer {
  /**
   * Target pairs already compared through changed `$ref`s: each is compared once (its
   * changes reported at the first path that reaches it), so recursive definitions end and
   * definitions that refer to each other many times cannot make the work explode.
   */
  readonly #followed = new Map<SchemaNode, Set<SchemaNode>>();
  /** `$ref` targets still to compare: a worklist, so a long chain of renamed definitions cannot overflow the stack. */
  readonly #pending: { a: SchemaNode; b: SchemaNode; path: string }[] = [];

  /**
   * @param sharedRef called with the definition name of each `$ref` met at the same place
   *   on both sides: the definitions whose own changes reach what is being compared.
   */
  constructor(
    readonly side: Side,
    readonly emit: ChangeSink,
    readonly sharedRef: (name: string) => void = () => {},
  ) {}

  compare(a: SchemaNode, b: SchemaNode, path: string): void {
    this.#compare(a, b, path);
    for (let next = this.#pending.pop(); next; next = this.#pending.pop()) this.#compare(next.a, next.b, next.path);
  }

  #compare(a: SchemaNode, b: SchemaNode, path: string): void {
    if (a === b) return;
    this.#docs(a, b, path);
    // The same definition on both sides: compared on its own; only what is written beside the `$ref` here.
    if (a.kind === "ref" && b.kind === "ref" && a.name === b.name) {
      this.sharedRef(a.name);
      return this.#children(a, b, path);
    }
    if (a.kind === "ref" || b.kind === "ref") return this.#throughRefs(a, b, path);
    this.#types(a, b, path);
  }

  #throughRefs(a: SchemaNode, b: SchemaNode, path: string): void {
    const ta = a.kind === "ref" ? (a.target?.schema ?? anySchema(a.location)) : a;
    const tb = b.kind === "ref" ? (b.target?.schema ?? anySchema(b.location)) : b;
    let seen = this.#followed.get(ta);
    if (seen?.has(tb)) return;
    if (!seen) this.#followed.set(ta, (seen = new Set()));
    seen.add(tb);
    this.#pending.push({ a: ta, b: tb, path });
  }

  /** Which types each side allows, then the schemas of the types both allow. */
  #types(a: SchemaNode, b: SchemaNode, path: string): void {
    const va = a.kind === "union" ? a.variants : [a];
    const vb = b.kind === "union" ? b.variants : [b];
    const ka = typeKeys(va);
    const kb = typeKeys(vb);
    const lost = !acceptsAll(kb, ka);
    const gained = !acceptsAll(ka, kb);
    if (lost || gained) {
      const what = `${this.side} type ${[...new Set(ka)].join(" | ")} -> ${[...new Set(kb)].join(" | ")}`;
      const rule =
        this.side === "request"
          ? lost && gained ? "request-type-changed" : lost ? "request-type-narrowed" : "request-type-widened"
          : gained ? "response-type-changed" : "response-type-narrowed";
      this.emit({ rule, path, message: what, head: b.location, base: a.location });
    }
    const bothUnions = a.kind === "union" && b.kind === "union";
    // Variants are paired by type when each side has exactly one of that type.
    for (let i = 0; i < va.length; i++) {
      const key = ka[i];
      if (ka.indexOf(key) !== ka.lastIndexOf(key)) continue;
      const j = kb.indexOf(key);
      if (j < 0 || j !== kb.lastIndexOf(key)) continue;
      // A union's own documentation was compared by the caller; its members' is compared here.
      if (bothUnions) this.#compare(va[i], vb[j], path);
      else this.#sameType(va[i], vb[j], path);
    }
    if (bothUnions) this.#children(a, b, path);
  }

  #sameType(a: SchemaNode, b: SchemaNode, path: string): void {
    if (a.kind === "ref" || b.kind === "ref") return this.#compare(a, b, path);
    if (a.kind === "object" && b.kind === "object") this.#properties(a, b, path);
    if (a.kind !== "any" && b.kind !== "any") compareConstraints(a, b, path, this.side, this.emit);
    if (a.kind === b.kind) this.#children(a, b, path);
  }

  /**
   * Pairs the sub-schemas of `a` and `b` (walk.ts's enumeration, without what the side's
   * validator ignores) by role and name, and compares each pair. Union members are paired
   * by type in #types; properties present on one side only are reported by #properties.
   */
  #children(a: SchemaNode, b: SchemaNode, path: string): void {
    const ca = this.#keyed(a, path);
    const cb = this.#keyed(b, path);
    for (const [key, x] of ca) {
      const y = cb.get(key);
      if (y) this.#compare(x.child, y.child, x.path);
      else {
        const other = missing(x.role, b.location);
        if (other) this.#compare(x.child, other, x.path);
      }
    }
    for (const [key, y] of cb) {
      if (ca.has(key)) continue;
      const other = missing(y.role, a.location);
      if (other) this.#compare(other, y.child, y.path);
    }
  }

  #keyed(node: SchemaNode, path: string): Map<string, { child: SchemaNode; role: ChildRole; path: string }> {
    const out = new Map<string, { child: SchemaNode; role: ChildRole; path: string }>();
    const enter = this.side === "request" ? requestSide : undefined;
    forEachChild(node, (child, role, at) => {
      if (role === "variant" || (enter && !enter(role))) return;
      if (role === "property") {
        const name = (node as ObjectSchema).properties[at].name;
        out.set(`property:${name}`, { child, role, path: childPath(path, name) });
      } else if (role === "patternProperty") {
        const pattern = (node as ObjectSchema).patternProperties![at].pattern;
        out.set(`pattern:${pattern}`, { child, role, path: patternPath(path, pattern) });
      } else {
        out.set(role, { child, role, path: role === "items" ? itemsPath(path) : role === "additionalProperties" ? additionalPath(path) : path });
      }
    });
    return out;
  }

  /** Properties added, removed, made required or optional; `additionalProperties: false` set or dropped. */
  #properties(a: ObjectSchema, b: ObjectSchema, path: string): void {
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
      } else if (pa.required !== pb.required) {
        const rule =
          side === "request"
            ? pb.required ? "request-property-made-required" : "request-property-made-optional"
            : pb.required ? "response-property-now-guaranteed" : "response-property-no-longer-guaranteed";
        this.emit({ rule, path: at, message: `${side} property \`${pa.name}\` ${pb.required ? "is now required" : "is no longer required"}`, head: pb.location, base: pa.location });
      }
    }
    for (const pb of b.properties) {
      if (baseNames.has(pb.name)) continue;
      const rule = side === "response" ? "response-property-added" : pb.required ? "request-property-added-required" : "request-property-added";
      this.emit({ rule, path: childPath(path, pb.name), message: `${side} property \`${pb.name}\` added${rule === "request-property-added-required" ? " as required" : ""}`, head: pb.location, base: a.location });
    }
    // Only requests: what the server accepts. Extra keys in a response are ignored by the clients.
    const closedA = a.additionalProperties === false;
    const closedB = b.additionalProperties === false;
    if (side === "request" && closedA !== closedB) {
      const rule = closedB ? "request-constraint-tightened" : "request-constraint-loosened";
      this.emit({ rule, path, message: `request ${closedB ? "now rejects" : "no longer rejects"} properties it does not list (\`additionalProperties: false\`)`, head: b.location, base: a.location });
    }
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

/**
 * What a sub-schema absent on one side is compared with: no `items` allows anything, no
 * keywords beside a `$ref` or a union add nothing. Other roles absent on one side are
 * reported by their parent (properties) or not compared (pattern and additional properties).
 */
function missing(role: ChildRole, location: Location): SchemaNode | undefined {
  if (role === "items") return anySchema(location);
  if (role === "beside-ref" || role === "beside-union") return emptyObject(location);
  return undefined;
}

function anySchema(location: Location): AnySchema {
  return { kind: "any", location };
}

function emptyObject(location: Location): ObjectSchema {
  return { kind: "object", location, properties: [], additionalProperties: undefined };
}
