import { MObject, fieldPath } from "./tree.js";
function buildTree(root) {
  const builder = new TreeBuilder();
  const obj = new MObject(root.loc, void 0);
  builder.mergeInto(obj, root, void 0);
  return obj;
}
class TreeBuilder {
  nextId = 0;
  /** `prefix`: absolute path of the include point when inside an included file. */
  mergeInto(obj, node, prefix) {
    for (const item of node.items) {
      if (item.kind === "field") {
        this.addField(obj, item, prefix);
      } else {
        const at = obj.owner === void 0 ? [] : fieldPath(obj.owner);
        this.mergeInto(obj, item.body, at.length === 0 ? void 0 : at);
      }
    }
  }
  addField(obj, field, prefix) {
    const segs = field.path;
    let target = obj;
    for (let i = 0; i < segs.length - 1; i++) {
      target = this.objectLayer(this.member(target, segs[i]), segs[i].loc, segs[i].loc);
    }
    const last = segs[segs.length - 1];
    const f = this.member(target, last);
    const value = field.value;
    if (field.append) {
      const self = { kind: "subst", path: fieldPath(f), fallback: void 0, optional: true, text: "+=", loc: last.loc };
      const arr = { kind: "array", items: [this.value(value, prefix, f)], loc: value.loc };
      this.push(f, { kind: "concat", parts: [self, arr], loc: value.loc }, last.loc);
    } else if (value.kind === "object") {
      this.mergeInto(this.objectLayer(f, last.loc, value.loc), value, prefix);
    } else {
      this.push(f, this.value(value, prefix, f), last.loc);
    }
  }
  member(obj, seg) {
    let f = obj.fields.get(seg.name);
    if (f === void 0) {
      f = { id: this.nextId++, key: seg.name, parent: obj, layers: [], memo: void 0, busy: false };
      obj.fields.set(seg.name, f);
    }
    return f;
  }
  /** The literal object on top of the field's stack, merging into it, or a new one. */
  objectLayer(f, keyLoc, loc) {
    const top = f.layers[f.layers.length - 1];
    if (top !== void 0 && top.value instanceof MObject) return top.value;
    const obj = new MObject(loc, f);
    f.layers.push(layer(obj, keyLoc));
    return obj;
  }
  push(f, value, keyLoc) {
    if (value.kind === "scalar" || value.kind === "array") f.layers = [layer(value, keyLoc)];
    else if (value.kind === "object") f.layers.push(layer(value, keyLoc));
    else f.layers.push(layer(value, keyLoc, refersTo(value, fieldPath(f))));
  }
  value(node, prefix, owner) {
    switch (node.kind) {
      case "scalar":
        return node;
      case "object": {
        const obj = new MObject(node.loc, owner);
        this.mergeInto(obj, node, prefix);
        return obj;
      }
      case "array":
        return { kind: "array", items: node.items.map((n) => this.value(n, prefix, owner)), loc: node.loc };
      case "concat":
        return { kind: "concat", parts: node.parts.map((n) => this.value(n, prefix, owner)), loc: node.loc };
      case "subst":
        return prefix === void 0 ? { kind: "subst", path: node.path, fallback: void 0, optional: node.optional, text: node.text, loc: node.loc } : { kind: "subst", path: prefix.concat(node.path), fallback: node.path, optional: node.optional, text: node.text, loc: node.loc };
    }
  }
}
function layer(value, keyLoc, selfRef = false) {
  return { value, keyLoc, selfRef, memo: void 0, busy: false };
}
function refersTo(value, path) {
  if (value.kind === "subst") return startsWith(value.path, path);
  if (value.kind === "concat") return value.parts.some((p) => p.kind === "subst" && startsWith(p.path, path));
  return false;
}
function startsWith(path, prefix) {
  if (path.length < prefix.length) return false;
  for (let i = 0; i < prefix.length; i++) if (path[i] !== prefix[i]) return false;
  return true;
}
export {
  buildTree
};
