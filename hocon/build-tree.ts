// AST -> merged tree. Applies path keys (`a.b.c = 1` is `a { b { c = 1 } }`), duplicate
// keys (literal objects merge, anything else stacks as a new layer), `+=`, and includes
// (members splice in at the include, substitutions fixed up to the include's position).
import type { Location } from "./diagnostics.js";
import type { FieldNode, Node, ObjectNode, ScalarNode } from "./ast.js";
import type { PathSegment } from "./path-expr.js";
import { MObject, fieldPath, markNotLiteral } from "./tree.js";
import type { MField, MLayer, MValue } from "./tree.js";
import type { HoconDialect } from "./types.js";

export function buildTree(root: ObjectNode, dialect: HoconDialect): MObject {
  const builder = new TreeBuilder(dialect === "pyhocon");
  const obj = new MObject(root.loc, undefined);
  builder.mergeInto(obj, root, undefined);
  return obj;
}

/**
 * What `a += v` does. The spec: `a = ${?a} [v]`, v becomes one more element. pyhocon, by
 * the kind of v: a list appends its items (`a = ${?a} v`); text is joined with a space
 * (`a = ${?a} " v"`); anything else (an object, number, boolean, null, or a value with a
 * substitution) is assigned as with `=`.
 */
type Append = "element" | "items" | "text" | "assign";

class TreeBuilder {
  private nextId = 0;

  constructor(private readonly pyhocon: boolean) {}

  /** `prefix`: absolute path of the include point when inside an included file. */
  mergeInto(obj: MObject, node: ObjectNode, prefix: string[] | undefined): void {
    const items = node.items;
    for (let i = 0; i < items.length; i++) {
      const item = items[i];
      if (item.kind === "field") {
        this.addField(obj, item, prefix);
      } else {
        const at = obj.owner === undefined ? [] : fieldPath(obj.owner);
        this.mergeInto(obj, item.body, at.length === 0 ? undefined : at);
      }
    }
  }

  private addField(obj: MObject, field: FieldNode, prefix: string[] | undefined): void {
    const segs = field.path;
    let target = obj;
    for (let i = 0; i < segs.length - 1; i++) {
      target = this.objectLayer(this.member(target, segs[i]), segs[i].loc, segs[i].loc);
    }
    const last = segs[segs.length - 1];
    const f = this.member(target, last);
    const value = field.value;
    const append: Append = !field.append ? "assign" : this.pyhocon ? pyhoconAppend(value) : "element";
    if (append !== "assign") {
      // `${?a}` with the absolute path of a.
      const self: MValue = { kind: "subst", path: fieldPath(f), fallback: undefined, optional: true, text: "+=", loc: last.loc };
      const v = this.value(value, prefix, f);
      const parts: MValue[] =
        append === "element" ? [self, { kind: "array", items: [v], loc: value.loc }]
        : append === "items" ? [self, v]
        : [self, spaceText(value), v];
      this.push(f, { kind: "concat", parts, loc: value.loc }, last.loc);
    } else if (value.kind === "object") {
      this.mergeInto(this.objectLayer(f, last.loc, value.loc), value, prefix);
    } else {
      this.push(f, this.value(value, prefix, f), last.loc);
    }
  }

  private member(obj: MObject, seg: PathSegment): MField {
    let f = obj.field(seg.name);
    if (f === undefined) {
      f = { id: this.nextId++, key: seg.name, parent: obj, layers: [], memo: undefined, busy: false };
      obj.addField(f);
    }
    return f;
  }

  /** The literal object on top of the field's stack, merging into it, or a new one. */
  private objectLayer(f: MField, keyLoc: Location, loc: Location): MObject {
    const top = f.layers[f.layers.length - 1];
    if (top !== undefined && top.value instanceof MObject) return top.value;
    const obj = new MObject(loc, f);
    f.layers.push(layer(obj, keyLoc));
    return obj;
  }

  private push(f: MField, value: MValue, keyLoc: Location): void {
    // A literal hides everything below it for good: no later self-reference can see past it.
    if (value.kind === "scalar" || value.kind === "array") {
      // Usually the field is new and its layer list empty: fill it rather than replace it.
      if (f.layers.length === 0) f.layers.push(layer(value, keyLoc));
      else f.layers = [layer(value, keyLoc)];
    }
    else if (value.kind === "object") f.layers.push(layer(value, keyLoc));
    else {
      markNotLiteral(f);
      f.layers.push(layer(value, keyLoc, refersTo(value, fieldPath(f))));
    }
  }

  private value(node: Node, prefix: string[] | undefined, owner: MField): MValue {
    switch (node.kind) {
      case "scalar":
        return node;
      case "object": {
        const obj = new MObject(node.loc, owner);
        this.mergeInto(obj, node, prefix);
        return obj;
      }
      case "array":
        return { kind: "array", items: this.values(node.items, prefix, owner), loc: node.loc };
      case "concat":
        markNotLiteral(owner);
        return { kind: "concat", parts: this.values(node.parts, prefix, owner), loc: node.loc };
      case "subst":
        markNotLiteral(owner);
        return prefix === undefined
          ? { kind: "subst", path: node.path, fallback: undefined, optional: node.optional, text: node.text, loc: node.loc }
          : { kind: "subst", path: prefix.concat(node.path), fallback: node.path, optional: node.optional, text: node.text, loc: node.loc };
    }
  }

  private values(nodes: readonly Node[], prefix: string[] | undefined, owner: MField): MValue[] {
    const out: MValue[] = [];
    for (let i = 0; i < nodes.length; i++) out.push(this.value(nodes[i], prefix, owner));
    return out;
  }
}

function pyhoconAppend(value: Node): Append {
  switch (value.kind) {
    case "array":
      return "items";
    case "scalar":
      return typeof value.value === "string" ? "text" : "assign";
    case "concat": {
      if (value.parts.some((p) => p.kind === "subst")) return "assign";
      const first = value.parts[0];
      return first.kind === "array" ? "items" : first.kind === "object" ? "assign" : "text";
    }
    default:
      return "assign";
  }
}

/** The space pyhocon puts before appended text (a quoted part, so it is kept even at the start). */
function spaceText(at: Node): ScalarNode {
  return { kind: "scalar", value: " ", text: " ", loc: at.loc, space: false, quoted: true };
}

function layer(value: MValue, keyLoc: Location, selfRef = false): MLayer {
  return { value, keyLoc, selfRef, memo: undefined, busy: false };
}

/** Does the value (a substitution, or one directly inside a concatenation) refer to `path` or below it? */
function refersTo(value: MValue, path: readonly string[]): boolean {
  if (value.kind === "subst") return startsWith(value.path, path);
  if (value.kind === "concat") return value.parts.some((p) => p.kind === "subst" && startsWith(p.path, path));
  return false;
}

function startsWith(path: readonly string[], prefix: readonly string[]): boolean {
  if (path.length < prefix.length) return false;
  for (let i = 0; i < prefix.length; i++) if (path[i] !== prefix[i]) return false;
  return true;
}
