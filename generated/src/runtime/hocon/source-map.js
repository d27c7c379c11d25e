class SourceMapBuilder {
  constructor(sources) {
    this.sources = sources;
  }
  sources;
  infos = /* @__PURE__ */ new Map();
  root;
  record(value, info) {
    this.infos.set(value, info);
  }
  info(value) {
    return this.infos.get(value);
  }
  node(value) {
    return this.infos.get(value)?.loc;
  }
  member(container, key) {
    const members = this.infos.get(container)?.members;
    if (members === void 0) return void 0;
    if (Array.isArray(members)) return typeof key === "number" ? members[key] : void 0;
    return members.get(String(key));
  }
  /** Every member location of a container in one lookup: by key for an object, by index for an array. */
  members(container) {
    return this.infos.get(container)?.members;
  }
  at(path) {
    if (this.root === void 0) return void 0;
    if (path.length === 0) return this.node(this.root);
    let container = this.root;
    for (let i = 0; i < path.length - 1; i++) {
      const next = child(container, path[i]);
      if (next === void 0) return void 0;
      container = next;
    }
    if (container === null || typeof container !== "object") return void 0;
    if (child(container, path[path.length - 1]) === void 0) return void 0;
    return this.member(container, path[path.length - 1]);
  }
}
function child(container, key) {
  if (container === null || typeof container !== "object") return void 0;
  if (Array.isArray(container)) return typeof key === "number" ? container[key] : void 0;
  return Object.prototype.hasOwnProperty.call(container, key) ? container[key] : void 0;
}
export {
  SourceMapBuilder
};
