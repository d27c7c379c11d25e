import { describe, expect, it } from "vitest";
import { withoutNulls } from "./without-nulls.js";

describe("withoutNulls (the server's remap(data, lambda p, k, v: v is not None))", () => {
  it("drops null members and null array items at any depth, keeping empty containers", () => {
    const body = { a: 1, b: null, c: [3, null, 4, null], d: { e: null, f: [{ g: null }] }, h: [] };
    expect(withoutNulls(body)).toEqual({ a: 1, c: [3, 4], d: { f: [{}] }, h: [] });
    expect(withoutNulls([null, null])).toEqual([]);
  });

  it("leaves the caller's value untouched and keeps a __proto__ key a key", () => {
    const body = JSON.parse('{"x": null, "__proto__": {"y": null, "z": 1}}') as Record<string, unknown>;
    const copy = withoutNulls(body) as Record<string, unknown>;
    expect(Object.keys(copy)).toEqual(["__proto__"]);
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(copy, "__proto__")?.value).toEqual({ z: 1 });
    expect(body.x).toBeNull();
  });

  it("returns scalars and non-plain objects as they are", () => {
    const date = new Date(0);
    expect(withoutNulls(date)).toBe(date);
    expect(withoutNulls("s")).toBe("s");
    expect(withoutNulls(null)).toBeNull();
  });
});
