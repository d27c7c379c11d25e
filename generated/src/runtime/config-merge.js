function mergeConfig(base, over) {
  const out = {};
  for (const key of Object.keys(base)) setOwn(out, key, base[key]);
  for (const key of Object.keys(over)) {
    const previous = Object.hasOwn(out, key) ? out[key] : void 0;
    const next = over[key];
    setOwn(out, key, isObject(previous) && isObject(next) ? mergeConfig(previous, next) : next);
  }
  return out;
}
function isObject(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
function setOwn(target, key, value) {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}
export {
  mergeConfig
};
