// Literal objects (no substitution, include, `+=`, dotted or repeated key inside):
// substitutions into them, later merges and the source map behave as for any other object.
import { describe, expect, it } from "vitest";
import { parseString } from "../../hocon/index.js";
import type { JsonObject } from "../../hocon/index.js";

const LITERAL = "a { n = 1.50, l = [1, { q = 2 }], o { deep = true } }";

describe("literal objects", () => {
  it("substitutions into them see the document's own objects and arrays, after or before they are resolved", () => {
    for (const text of [`${LITERAL}\nb = \${a.n} x\nc = \${a.l}\nd = \${a}\ne = \${a.o}`, `b = \${a.n} x\nc = \${a.l}\nd = \${a}\ne = \${a.o}\n${LITERAL}`]) {
      const v = parseString(text).value;
      const a = v.a as JsonObject;
      // A number keeps its text in a string concatenation, as for any field.
      expect(v.b).toBe("1.50 x");
      expect(v.c).toBe(a.l);
      expect(v.d).toBe(a);
      expect(v.e).toBe(a.o);
      expect(a).toEqual({ n: 1.5, l: [1, { q: 2 }], o: { deep: true } });
    }
  });

  it("merge with later definitions of the same key, path keys and includes", () => {
    const files: Record<string, string> = { "inc.conf": "w = 4" };
    const v = parseString('a { x = 1 }\na { y = 2 }\na.z = 3\na { include "inc.conf" }\nb = ${a}', {
      file: "main.conf",
      readFile: (p) => files[p],
    }).value;
    expect(v.a).toEqual({ x: 1, y: 2, z: 3, w: 4 });
    expect(v.b).toBe(v.a);
  });

  it("merge into a substituted copy without changing the original", () => {
    const v = parseString("a { x { y = 1.0 } }\nb = ${a.x} { z = 2 }\nc = ${a.x.y}\" u\"").value;
    expect(v).toEqual({ a: { x: { y: 1 } }, b: { y: 1, z: 2 }, c: "1.0 u" });
  });

  it("record where every member and element was written", () => {
    const { value, source } = parseString("top {\n  k = v\n  list = [\n    { e = 1 }\n  ]\n}");
    const top = value.top as JsonObject;
    const list = top.list as JsonObject[];
    expect(source.node(top)).toEqual({ file: "<string>", line: 1, column: 5 });
    expect(source.member(top, "k")).toEqual({ file: "<string>", line: 2, column: 3 });
    expect(source.member(top, "list")).toEqual({ file: "<string>", line: 3, column: 3 });
    expect(source.node(list)).toEqual({ file: "<string>", line: 3, column: 10 });
    expect(source.member(list, 0)).toEqual({ file: "<string>", line: 4, column: 5 });
    expect(source.member(list[0], "e")).toEqual({ file: "<string>", line: 4, column: 7 });
  });

  it("keep a __proto__ key as an ordinary member", () => {
    const v = parseString('a { "__proto__" { x = 1 } }\nb = ${a}').value;
    const a = v.a as JsonObject;
    expect(Object.keys(a)).toEqual(["__proto__"]);
    expect(Object.getPrototypeOf(a)).toBe(Object.prototype);
    expect(v.b).toBe(a);
  });

  it("are not taken for literal when a key repeats, in small objects and in large ones", () => {
    const many = Array.from({ length: 20 }, (_, i) => `k${i} = ${i}`).join("\n");
    const v = parseString(`big {\n${many}\nk5 { x = 1 }\nk5 { y = 2 }\nk19 = last\n}\nsmall { p = 1, p = 2, o { x = 1 }, o { y = 2 } }`).value;
    const big = v.big as JsonObject;
    expect(Object.keys(big)).toHaveLength(20);
    expect([big.k0, big.k5, big.k18, big.k19]).toEqual([0, { x: 1, y: 2 }, 18, "last"]);
    expect(v.small).toEqual({ p: 2, o: { x: 1, y: 2 } });
  });
});
