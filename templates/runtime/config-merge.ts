// HOCON's merge of two configurations: objects merge key by key, recursively; any other
// value (arrays and null included) replaces what was there. A replaced key keeps its
// first position, as in HOCON.
import { isJsonObject } from "./json-object.js";

/** A `bigint` is an integer a JS number cannot hold exactly (beyond 2^53), kept exact. */
export type ConfigValue = null | boolean | number | bigint | string | ConfigValue[] | ConfigObject;
export interface ConfigObject {
  [key: string]: ConfigValue;
}

/** `over` merged onto `base`; neither input is modified. */
export function mergeConfig(base: ConfigObject, over: ConfigObject): ConfigObject {
  const out: ConfigObject = {};
  for (const key of Object.keys(base)) setOwn(out, key, base[key]);
  for (const key of Object.keys(over)) {
    const previous = Object.hasOwn(out, key) ? out[key] : undefined;
    const next = over[key];
    setOwn(out, key, isJsonObject(previous) && isJsonObject(next) ? mergeConfig(previous, next) : next);
  }
  return out;
}

// Plain assignment of "__proto__" would change the prototype instead of adding a key.
function setOwn(target: ConfigObject, key: string, value: ConfigValue): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}
