// Pathological input ends in a HoconError, never a RangeError, a hang or a huge allocation.
import { describe, expect, it } from "vitest";
import { errorOf, parse } from "./helpers.js";

describe("limits", () => {
  it("100k nested [ is too deep, not a stack overflow", () => {
    const e = errorOf("a = " + "[".repeat(100_000));
    expect(e.code).toBe("hocon/too-deep");
    expect([e.line, e.column]).toEqual([1, 1005]);
  });
  it("100k nested objects are too deep", () => {
    expect(errorOf("a { ".repeat(100_000)).code).toBe("hocon/too-deep");
  });
  it("accepts nesting up to maxDepth", () => {
    expect(parse("a = " + "[".repeat(1000) + "]".repeat(1000))).toBeDefined();
    expect(errorOf("a = " + "[".repeat(1001) + "]".repeat(1001)).code).toBe("hocon/too-deep");
    expect(errorOf("a = [[[1]]]", { limits: { maxDepth: 2 } }).code).toBe("hocon/too-deep");
  });
  it("nesting built through substitutions is too deep", () => {
    const text = "a0 = 1\n" + Array.from({ length: 1500 }, (_, i) => `a${i + 1} = { x = \${a${i}} }`).join("\n");
    expect(errorOf(text).code).toBe("hocon/too-deep");
  });
  it("long substitution chains are too deep", () => {
    const text = Array.from({ length: 5000 }, (_, i) => `a${i} = \${a${i + 1}}`).join("\n") + "\na5000 = 1";
    expect(errorOf(text).code).toBe("hocon/too-deep");
  });
  it("exponential strings are too large", () => {
    const text = "a0 = xxxxxxxx\n" + Array.from({ length: 40 }, (_, i) => `a${i + 1} = \${a${i}}\${a${i}}`).join("\n");
    expect(errorOf(text).code).toBe("hocon/too-large");
  });
  it("exponential arrays and objects are too many substitutions", () => {
    const arrays = "a0 = [1, 2]\n" + Array.from({ length: 40 }, (_, i) => `a${i + 1} = \${a${i}} \${a${i}}`).join("\n");
    expect(errorOf(arrays).code).toBe("hocon/too-many-substitutions");
    const objects = "a0 = { x = 1 }\n" + Array.from({ length: 60 }, (_, i) => `a${i + 1} = { l = \${a${i}}, r = \${a${i}} }`).join("\n");
    expect(errorOf(objects).code).toBe("hocon/too-many-substitutions");
  });
  it("maxSubstitutions is configurable", () => {
    expect(errorOf("a = 1\nb = ${a}\nc = ${a}", { limits: { maxSubstitutions: 1 } }).code).toBe("hocon/too-many-substitutions");
  });
  it("maxFileSize bounds one file", () => {
    expect(errorOf("a = 1234567890", { limits: { maxFileSize: 5 } }).code).toBe("hocon/too-large");
  });
  it("include depth is bounded", () => {
    const readFile = (p: string) => { const n = Number(/(\d+)/.exec(p)![1]); return `include "f${n + 1}.conf"`; };
    expect(errorOf('include "f0.conf"', { readFile, limits: { maxIncludeDepth: 10 } }).code).toBe("hocon/too-deep");
  });
  it("many self-references to one key resolve without deep recursion", () => {
    const appends = Array.from({ length: 1000 }, (_, i) => `a += ${i}`).join("\n");
    expect(parse(appends, { dialect: "spec" }).a).toEqual(Array.from({ length: 1000 }, (_, i) => i));
    const listAppends = Array.from({ length: 1000 }, (_, i) => `a += [${i}]`).join("\n");
    expect(parse(listAppends).a).toEqual(Array.from({ length: 1000 }, (_, i) => i));
    const strings = "s = x\n" + Array.from({ length: 2000 }, () => "s = ${s}y").join("\n");
    expect(parse(strings).s).toBe("x" + "y".repeat(2000));
    const objects = "o { k0 = 0 }\n" + Array.from({ length: 100 }, (_, i) => `o = \${o} { k${i + 1} = ${i + 1} }`).join("\n");
    expect(Object.keys(parse(objects).o as object)).toHaveLength(101);
  });
});
