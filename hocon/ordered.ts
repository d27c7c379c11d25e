// Objects whose keys enumerate in the order they were added, even keys like "2" or "10"
// that a plain JS object always lists first, in numeric order. Only objects holding such
// a key need one (rare): every other object already keeps insertion order.
import type { JsonObject, JsonValue } from "./types.js";

/** A key a JS object orders numerically: a canonical array index ("0", "7", "10", not "07" or "1.5"). */
export function isIndexKey(key: string): boolean {
  const c = key.charCodeAt(0);
  if (c < 48 || c > 57) return false;
  return (key === "0" || (c !== 48 && /^\d+$/.test(key))) && Number(key) < 4294967295;
}

/** `obj` whose keys were added in `keys` order: as it is, or a keepKeyOrder view when it holds an index key. */
export function inKeyOrder(obj: JsonObject, keys: string[]): JsonObject {
  return keys.some(isIndexKey) ? keepKeyOrder(obj, keys) : obj;
}

/**
 * A view of `obj` (a Proxy) that lists its keys in `order` (its keys as they were added)
 * and keeps that order on later changes. For objects holding an index key only.
 */
export function keepKeyOrder(obj: JsonObject, order: string[]): JsonObject {
  return new Proxy(obj, {
    // A copy: the caller owns the list it gets.
    ownKeys: () => order.slice(),
    set(target, key, value: JsonValue) {
      if (typeof key === "string" && !Object.prototype.hasOwnProperty.call(target, key)) order.push(key);
      return Reflect.set(target, key, value);
    },
    defineProperty(target, key, desc) {
      if (typeof key === "string" && !Object.prototype.hasOwnProperty.call(target, key)) order.push(key);
      return Reflect.defineProperty(target, key, desc);
    },
    deleteProperty(target, key) {
      const at = typeof key === "string" ? order.indexOf(key) : -1;
      if (at >= 0) order.splice(at, 1);
      return Reflect.deleteProperty(target, key);
    },
  });
}
