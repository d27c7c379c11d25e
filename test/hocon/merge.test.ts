// Duplicate keys, key order and `+=`.
import { describe, expect, it } from "vitest";
import { parse } from "./helpers.js";

describe("duplicate keys", () => {
  it("merge objects", () => {
    expect(parse("a { x = 1, y = 2 }\na { y = 3, z = 4 }")).toEqual({ a: { x: 1, y: 3, z: 4 } });
  });
  it("merge objects deeply, through path keys", () => {
    expect(parse("a.b { x = 1 }\na { b { y = 2 } }\na.b.z = 3")).toEqual({ a: { b: { x: 1, y: 2, z: 3 } } });
  });
  it("let a later non-object override", () => {
    expect(parse("a = 1\na = 2\nb = [1]\nb = [2]")).toEqual({ a: 2, b: [2] });
  });
  it("let a non-object after an object replace it", () => {
    expect(parse("a { x = 1 }\na = 5")).toEqual({ a: 5 });
  });
  it("let an object after a non-object replace it", () => {
    expect(parse("a = 5\na { y = 2 }")).toEqual({ a: { y: 2 } });
    expect(parse("a { x = 1 }\na = 5\na { y = 2 }")).toEqual({ a: { y: 2 } });
  });
});

describe("key order", () => {
  it("keeps a key's first position when it is overridden", () => {
    expect(Object.keys(parse("a = 1\nb = 2\na = 3"))).toEqual(["a", "b"]);
  });
  it("keeps first positions inside merged objects and appends new keys", () => {
    const v = parse("o { b = 1, a = 2 }\nx = 0\no { c = 3, b = 4 }");
    expect(Object.keys(v)).toEqual(["o", "x"]);
    expect(Object.keys(v.o as object)).toEqual(["b", "a", "c"]);
  });
  it("keeps the first position when an object replaces a value", () => {
    expect(Object.keys(parse("a = 1\nb = 2\na { x = 1 }"))).toEqual(["a", "b"]);
  });
});

// pyhocon's `+=` is in dialect.test.ts.
describe("+= (spec dialect)", () => {
  const spec = { dialect: "spec" } as const;
  it("appends to an earlier array", () => {
    expect(parse("a = [1]\na += 2\na += [3]", spec)).toEqual({ a: [1, 2, [3]] });
  });
  it("starts an array when there is none", () => {
    expect(parse("a += 1\na += 2", spec)).toEqual({ a: [1, 2] });
  });
  it("works inside objects and with path keys", () => {
    expect(parse("o { list = [a] }\no { list += b }\no.list += c", spec)).toEqual({ o: { list: ["a", "b", "c"] } });
  });
  it("appends objects as elements", () => {
    expect(parse("a += { x = 1 }", spec)).toEqual({ a: [{ x: 1 }] });
  });
});
