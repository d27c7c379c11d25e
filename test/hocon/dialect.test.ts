// Every point where pyhocon (the server's parser, the default dialect) and the HOCON spec
// read the same text differently: each test states both readings.
import { describe, expect, it } from "vitest";
import { errorOf, parse } from "./helpers.js";

const pyhocon = { dialect: "pyhocon" } as const;
const spec = { dialect: "spec" } as const;

describe("dialects", () => {
  it("default to pyhocon", () => {
    expect(parse("a = [1]\na += [2]")).toEqual(parse("a = [1]\na += [2]", pyhocon));
    expect(parse("a = [1]\na += [2]")).not.toEqual(parse("a = [1]\na += [2]", spec));
  });

  describe("+=", () => {
    it("with a list: pyhocon appends its items, the spec appends the list as one element", () => {
      expect(parse("a = [1, 2]\na += [3, 4]", pyhocon)).toEqual({ a: [1, 2, 3, 4] });
      expect(parse("a = [1, 2]\na += [3, 4]", spec)).toEqual({ a: [1, 2, [3, 4]] });
      expect(parse("a += [3, 4]", pyhocon)).toEqual({ a: [3, 4] });
      expect(parse("a += [3, 4]", spec)).toEqual({ a: [[3, 4]] });
    });
    it("with text: pyhocon joins it to the text with a space, the spec appends it to an array", () => {
      expect(parse("a = abc\na += def", pyhocon)).toEqual({ a: "abc def" });
      expect(errorOf("a = abc\na += def", spec).code).toBe("hocon/concatenation-type");
      expect(parse("a += def", pyhocon)).toEqual({ a: " def" });
      expect(parse("a += def", spec)).toEqual({ a: ["def"] });
      expect(parse("a = [x]\na += def", spec)).toEqual({ a: ["x", "def"] });
      expect(errorOf("a = [x]\na += def", pyhocon).code).toBe("hocon/concatenation-type");
    });
    it("with an object: pyhocon merges it, the spec appends it to an array", () => {
      expect(parse("a = { x = 1 }\na += { y = 2 }", pyhocon)).toEqual({ a: { x: 1, y: 2 } });
      expect(errorOf("a = { x = 1 }\na += { y = 2 }", spec).code).toBe("hocon/concatenation-type");
      expect(parse("a += { y = 2 }", spec)).toEqual({ a: [{ y: 2 }] });
    });
    it("with a number, boolean, null or substitution: pyhocon assigns it, the spec appends it", () => {
      const text = "b = 7\na = [1]\na += 2\nc = [1]\nc += true\nd = [1]\nd += null\ne = [1]\ne += ${b}";
      expect(parse(text, pyhocon)).toEqual({ b: 7, a: 2, c: true, d: null, e: 7 });
      expect(parse(text, spec)).toEqual({ b: 7, a: [1, 2], c: [1, true], d: [1, null], e: [1, 7] });
    });
  });

  describe("numbers", () => {
    it("`.5`: a number in pyhocon, text in the spec (numbers start with a digit or '-')", () => {
      expect(parse("a = .5\nb = -.5", pyhocon)).toEqual({ a: 0.5, b: -0.5 });
      expect(parse("a = .5\nb = -.5", spec)).toEqual({ a: ".5", b: -0.5 });
    });
    it("`10.`: text in pyhocon (digits must follow the dot), the number 10 in the spec", () => {
      expect(parse("a = 10.\nb = 1.e2", pyhocon)).toEqual({ a: "10.", b: "1.e2" });
      expect(parse("a = 10.\nb = 1.e2", spec)).toEqual({ a: 10, b: 100 });
    });
    it("`10.` keeps its text in a concatenation in the spec", () => {
      expect(parse("a = 10. apples", spec)).toEqual({ a: "10. apples" });
    });
    it("`+5`: a number in pyhocon, a reserved character in the spec", () => {
      expect(parse("a = +5\nb = +.5", pyhocon)).toEqual({ a: 5, b: 0.5 });
      const e = errorOf("a = +5", spec);
      expect([e.code, e.line, e.column]).toEqual(["hocon/reserved-character", 1, 5]);
      // Not followed by a number, `+` is reserved in both.
      expect(errorOf("a = +5x", pyhocon).code).toBe("hocon/reserved-character");
      expect(errorOf("a = +x", pyhocon).code).toBe("hocon/reserved-character");
    });
  });

  describe("unquoted text in a value", () => {
    it("`:` is text in pyhocon, a separator (so an error there) in the spec", () => {
      const text = "url = http://host:8008/api\nt = 10:30\nl = [a:b, c]";
      expect(parse(text, pyhocon)).toEqual({ url: "http://host:8008/api", t: "10:30", l: ["a:b", "c"] });
      for (const line of text.split("\n")) expect(errorOf(line, spec).code).toBe("hocon/unexpected-token");
    });
    it("`//` inside text is text in pyhocon, a comment in the spec; at a token's start a comment in both", () => {
      const text = "a = x//y // note\nb = 5//note\nc = foo // note";
      expect(parse(text, pyhocon)).toEqual({ a: "x//y", b: 5, c: "foo" });
      expect(parse(text, spec)).toEqual({ a: "x", b: 5, c: "foo" });
    });
    it("keys: pyhocon reads one quoted string or a run of letters, digits, spaces and . _ - /; the spec any path expression", () => {
      const text = 'a b.c-d_e/f = 1\n"x.y" = 2\nÀé = 3';
      expect(parse(text, pyhocon)).toEqual(parse(text, spec));
      expect(parse(text, pyhocon)).toEqual({ "a b": { "c-d_e/f": 1 }, "x.y": 2, "Àé": 3 });
      for (const key of ["a\tb", "a.\"b\"", '"a".b', "a%b", "ключ", "a~b"]) {
        const e = errorOf(`${key} = 1`, pyhocon);
        expect([key, e.code, e.line, e.column]).toEqual([key, "hocon/invalid-key", 1, 1]);
      }
      expect(parse('a\tb = 1\na."b" = 2\n"a".c = 3\na%b = 4\nключ = 5\na~b = 6', spec)).toEqual({ "a\tb": 1, a: { b: 2, c: 3 }, "a%b": 4, "ключ": 5, "a~b": 6 });
    });
    it("keys and substitution paths read the same in both", () => {
      for (const options of [pyhocon, spec]) {
        expect(errorOf("a:b = 1", options).code).toBe("hocon/unexpected-token");
        expect(errorOf("a = ${a:b}", options).code).toBe("hocon/invalid-substitution");
      }
    });
  });

  it("True/False/NULL: booleans and null in any case in pyhocon, text in the spec", () => {
    const text = "a = True\nb = FALSE\nc = Null\nd = true\ne = \"True\"";
    expect(parse(text, pyhocon)).toEqual({ a: true, b: false, c: null, d: true, e: "True" });
    expect(parse(text, spec)).toEqual({ a: "True", b: "FALSE", c: "Null", d: true, e: "True" });
  });

  describe("escapes in quoted strings", () => {
    it("an unknown escape: kept as written in pyhocon, an error in the spec", () => {
      expect(parse('a = "(\\>, \\<=)"', pyhocon)).toEqual({ a: "(\\>, \\<=)" });
      const e = errorOf('a = "(\\>, \\<=)"', spec);
      expect([e.code, e.line, e.column]).toEqual(["hocon/invalid-escape", 1, 7]);
    });
    it("JSON's \\u, \\/, \\b and \\f: kept as written in pyhocon, decoded in the spec", () => {
      const text = 'a = "\\u0041 \\/ \\b \\f"';
      expect(parse(text, pyhocon)).toEqual({ a: "\\u0041 \\/ \\b \\f" });
      expect(parse(text, spec)).toEqual({ a: "A / \b \f" });
      expect(errorOf('a = "\\u12G4"', spec).code).toBe("hocon/invalid-escape");
      expect(parse('a = "\\u12G4"', pyhocon)).toEqual({ a: "\\u12G4" });
    });
    it("\\=, \\# and \\!: decoded in pyhocon, errors in the spec", () => {
      expect(parse('a = "\\= \\# \\!"', pyhocon)).toEqual({ a: "= # !" });
      expect(errorOf('a = "\\= \\# \\!"', spec).code).toBe("hocon/invalid-escape");
    });
    it("the escapes both know read the same", () => {
      const text = 'a = "q\\" b\\\\ \\n\\r\\t"';
      expect(parse(text, pyhocon)).toEqual({ a: 'q" b\\ \n\r\t' });
      expect(parse(text, spec)).toEqual(parse(text, pyhocon));
    });
  });

  it("include without extension: pyhocon reads that very file, the spec reads name.json and name.conf merged", () => {
    const files: Record<string, string> = { "inc": "from = bare", "inc.conf": "from = conf\nconf = 1", "inc.json": '{ "from": "json", "json": 2 }', "only.conf": "only = 1" };
    const readFile = (p: string): string | undefined => files[p];
    expect(parse('include "inc"', { ...pyhocon, readFile })).toEqual({ from: "bare" });
    expect(parse('include "inc"', { ...spec, readFile })).toEqual({ from: "conf", json: 2, conf: 1 });
    expect(parse('include "only"', { ...pyhocon, readFile })).toEqual({});
    expect(parse('include "only"', { ...spec, readFile })).toEqual({ only: 1 });
    expect(errorOf('include required("only")', { ...pyhocon, readFile }).code).toBe("hocon/include-not-found");
  });

  it("an included file is read in the including document's dialect", () => {
    const readFile = (p: string): string | undefined => (p === "inc.conf" ? "x = .5\ny = True" : undefined);
    expect(parse('include "inc.conf"', { ...pyhocon, readFile })).toEqual({ x: 0.5, y: true });
    expect(parse('include "inc.conf"', { ...spec, readFile })).toEqual({ x: ".5", y: "True" });
  });
});
