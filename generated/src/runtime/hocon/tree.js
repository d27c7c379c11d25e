class MObject {
  constructor(loc, owner) {
    this.loc = loc;
    this.owner = owner;
  }
  loc;
  owner;
  kind = "object";
  fields = /* @__PURE__ */ new Map();
  memo = void 0;
  busy = false;
}
function fieldPath(field) {
  const path = [];
  for (let f = field; f !== void 0; f = f.parent.owner) path.push(f.key);
  return path.reverse();
}
export {
  MObject,
  fieldPath
};
