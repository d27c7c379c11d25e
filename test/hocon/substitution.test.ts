// Substitutions: lookup, optional, quoted paths, environment fallback, concatenation of
// strings, arrays and objects, forward references, self-reference and cycles.
import { describe, expect, it } from "vitest";
import { errorOf, parse } from "./helpers.js";

describe("simple substitutions", () => {
  it("copy values of any type", () => {
    expect(parse("a = 1\nb = ${a}\nc = { x = [1] }\nd = ${c}\ne = ${c.x}")).toEqual({ a: 1, b: 1, c: { x: [1] }, d: { x: [1] }, e: [1] });
  });
  it("accept quoted path segments", () => {
    expect(parse('x { "2.1" { v = 1 } }\ny = ${x."2.1".v}\nz = ${"x"."2.1"}')).toEqual({ x: { "2.1": { v: 1 } }, y: 1, z: { v: 1 } });
  });
  it("allow whitespace inside the braces", () => {
    expect(parse("a = 1\nb = ${ a }")).toEqual({ a: 1, b: 1 });
  });
  it("copy null", () => {
    expect(parse("a = null\nb = ${a}")).toEqual({ a: null, b: null });
  });
});

describe("optional substitutions", () => {
  it("leave a field unset when undefined", () => {
    expect(parse("a = ${?missing}")).toEqual({});
  });
  it("keep an earlier value when undefined", () => {
    expect(parse("a = 1\na = ${?missing}")).toEqual({ a: 1 });
  });
  it("vanish from arrays and concatenations", () => {
    expect(parse("a = [1, ${?missing}, 2]\nb = x${?missing}y\nc = ${?m} ${?n}")).toEqual({ a: [1, 2], b: "xy" });
  });
  it("resolve when defined", () => {
    expect(parse("x = 1\na = ${?x}")).toEqual({ x: 1, a: 1 });
  });
});

describe("environment variables", () => {
  const env = (name: string) => ({ HOME: "/home/me", "a.b": "dotted" })[name];
  it("are off by default", () => {
    expect(errorOf("a = ${HOME}").code).toBe("hocon/unresolved-substitution");
    expect(parse("a = ${?HOME}")).toEqual({});
  });
  it("are a fallback for paths missing from the document when enabled", () => {
    expect(parse("a = ${HOME}/x\nb = ${?HOME}\nc = ${a.b}", { env })).toEqual({ a: "/home/me/x", b: "/home/me", c: "dotted" });
  });
  it("never override the document", () => {
    expect(parse("HOME = mine\na = ${HOME}", { env })).toEqual({ HOME: "mine", a: "mine" });
  });
});

describe("string concatenation with substitutions", () => {
  it("joins text, keeping whitespace between parts", () => {
    expect(parse('a = foo\nb = ${a} bar\nc = "x"${a}"y"')).toEqual({ a: "foo", b: "foo bar", c: "xfooy" });
  });
  it("renders numbers as written, booleans and null as words", () => {
    expect(parse("v = 1.0\nt = true\nn = null\ns = v${v} ${t} ${n}")).toEqual({ v: 1, t: true, n: null, s: "v1.0 true null" });
  });
});

describe("array concatenation with substitutions", () => {
  it("concatenates arrays", () => {
    expect(parse("a = [1, 2]\nb = ${a} [3] ${a}")).toEqual({ a: [1, 2], b: [1, 2, 3, 1, 2] });
  });
});

describe("object concatenation with substitutions", () => {
  it("${x} { ... } starts with x's keys and appends the new ones", () => {
    const v = parse("x { a = 1, b = 2 }\ny = ${x} { c = 3, a = 0 }");
    expect(v.y).toEqual({ a: 0, b: 2, c: 3 });
    expect(Object.keys(v.y as object)).toEqual(["a", "b", "c"]);
  });
  it("{ ... } ${x} starts with the left object's keys", () => {
    const v = parse("x { a = 1, b = 2 }\ny = { c = 3, a = 0 } ${x}");
    expect(v.y).toEqual({ c: 3, a: 1, b: 2 });
    expect(Object.keys(v.y as object)).toEqual(["c", "a", "b"]);
  });
  it("uses x as finally resolved, later extensions included", () => {
    const v = parse("x { a = 1 }\ny = ${x} { c = 3 }\nx { b = 2 }");
    expect(Object.keys(v.y as object)).toEqual(["a", "b", "c"]);
  });
  it("merges deeply", () => {
    expect(parse("x { r { p { a = 1 } } }\ny = ${x} { r.p.b = 2 }").y).toEqual({ r: { p: { a: 1, b: 2 } } });
  });
  it("chains versions like the corpus does", () => {
    const v = parse('e { "2.1" { req = { a = 1 } }, "2.13" = ${e."2.1"} { req.b = 2 }, "2.20" = ${e."2.13"} { res = 3 } }');
    expect(v.e).toEqual({ "2.1": { req: { a: 1 } }, "2.13": { req: { a: 1, b: 2 } }, "2.20": { req: { a: 1, b: 2 }, res: 3 } });
  });
  it("merges two substitutions", () => {
    expect(parse("a { x = 1 }\nb { y = 2 }\nc = ${a} ${b}").c).toEqual({ x: 1, y: 2 });
  });
});

describe("forward references", () => {
  it("resolve against the whole merged document", () => {
    expect(parse("b = ${a}\na = 1")).toEqual({ b: 1, a: 1 });
  });
  it("see the final value of a redefined key", () => {
    expect(parse("a = 1\nb = ${a}\na = 2")).toEqual({ a: 2, b: 2 });
  });
  it("look only as far as the path needs", () => {
    expect(parse("bar { foo = 42, baz = ${bar.foo} }")).toEqual({ bar: { foo: 42, baz: 42 } });
  });
});

describe("self-referential substitutions", () => {
  it("a = ${a} [2] appends to the earlier value", () => {
    expect(parse("a = [1]\na = ${a} [2]")).toEqual({ a: [1, 2] });
  });
  it('path = ${path}":/bin" extends a string', () => {
    expect(parse('path = "/usr"\npath = ${path}":/bin"')).toEqual({ path: "/usr:/bin" });
  });
  it("a = { b = 1 }, a = ${a} { c = 2 } extends an object", () => {
    expect(parse("a = { b = 1 }, a = ${a} { c = 2 }")).toEqual({ a: { b: 1, c: 2 } });
  });
  it("looks at the earlier value of a path inside the key", () => {
    expect(parse("foo { a { c = 1 } }\nfoo = ${foo.a}\nfoo { a = 2 }")).toEqual({ foo: { c: 1, a: 2 } });
  });
  it("${?a} with no earlier value is undefined", () => {
    expect(parse("a = ${?a}")).toEqual({});
    expect(parse("a = ${?a} [1]")).toEqual({ a: [1] });
  });
  it("chains many self-references", () => {
    expect(parse('s = a\ns = ${s}b\ns = ${s}c\ns = "<"${s}">"')).toEqual({ s: "<abc>" });
  });
  it("works inside nested objects", () => {
    expect(parse("o { l = [1] }\no { l = ${o.l} [2] }")).toEqual({ o: { l: [1, 2] } });
  });
  it("sees earlier values that are themselves forward references", () => {
    expect(parse("a = ${b}\na = ${a} [2]\nb = [1]")).toEqual({ a: [1, 2], b: [1] });
  });
});

describe("cycles", () => {
  it("report the chain", () => {
    const e = errorOf("a = ${b}\nb = ${a}");
    expect(e.code).toBe("hocon/substitution-cycle");
    expect(e.message).toBe("substitution cycle: a -> b -> a");
  });
  it("report longer chains and nested paths", () => {
    expect(errorOf("a = ${b}, b = ${c}, c = ${a}").message).toContain("a -> b -> c -> a");
    expect(errorOf("bar { foo = 42, baz = ${bar} }").message).toContain("bar -> bar.baz -> bar");
  });
  it("an object or array containing its own key is a cycle", () => {
    expect(errorOf("a { b = ${a} }").code).toBe("hocon/substitution-cycle");
    expect(errorOf("a = [${a}]").code).toBe("hocon/substitution-cycle");
  });
  it("a self-reference with no earlier value is undefined, not a cycle", () => {
    expect(errorOf("a = ${a}").code).toBe("hocon/unresolved-substitution");
    expect(errorOf("a = ${a} [2]").code).toBe("hocon/unresolved-substitution");
    expect(errorOf("foo = ${foo}\nfoo { a = 1 }").code).toBe("hocon/unresolved-substitution");
    expect(parse("foo = ${?foo}\nfoo { a = 1 }")).toEqual({ foo: { a: 1 } });
  });
  it("two keys looking back at each other take the earlier values", () => {
    expect(parse("a = 1\nb = 2\na = ${b}\nb = ${a}")).toEqual({ a: 1, b: 1 });
  });
  it("an optional substitution in a cycle is undefined", () => {
    expect(parse("a = ${?b}\nb = ${?a}")).toEqual({});
  });
});
