// Tokens and structure: comments, braces, separators, strings, numbers, literals, arrays,
// objects and path keys, each as the HOCON spec (and pyhocon where the corpus needs it) reads them.
import { describe, expect, it } from "vitest";
import { parse } from "./helpers.js";

describe("comments", () => {
  it("skips # and // comments to the end of the line", () => {
    expect(parse("# top\na = 1 # after\n// line\nb = 2 // after")).toEqual({ a: 1, b: 2 });
  });
  // pyhocon's reading is in dialect.test.ts.
  it("ends an unquoted value at // (spec dialect)", () => {
    expect(parse("a = foo//bar", { dialect: "spec" })).toEqual({ a: "foo" });
  });
  it("keeps comment characters inside quoted strings", () => {
    expect(parse('a = "x # y // z"')).toEqual({ a: "x # y // z" });
  });
  it("allows a single slash in unquoted text", () => {
    expect(parse("a = /usr/bin")).toEqual({ a: "/usr/bin" });
  });
});

describe("root braces", () => {
  it("are optional", () => {
    expect(parse("{ a = 1 }")).toEqual(parse("a = 1"));
  });
  it("may be surrounded by whitespace and comments", () => {
    expect(parse("# c\n\n{\n a = 1\n}\n# end\n")).toEqual({ a: 1 });
  });
  it("give an empty object for empty input", () => {
    expect(parse("")).toEqual({});
    expect(parse("  \n# only a comment\n")).toEqual({});
    expect(parse("{}")).toEqual({});
  });
  it("skip a byte order mark", () => {
    expect(parse("\uFEFFa = 1")).toEqual({ a: 1 });
  });
});

describe("separators", () => {
  it("accepts ':', '=' and 'key {'", () => {
    expect(parse("a: 1\nb = 2\nc { d = 3 }")).toEqual({ a: 1, b: 2, c: { d: 3 } });
  });
  it("separates fields by commas or newlines, trailing commas allowed", () => {
    expect(parse("a = 1, b = 2,\nc = 3,")).toEqual({ a: 1, b: 2, c: 3 });
    expect(parse("{ a = 1, }")).toEqual({ a: 1 });
  });
  it("allows a comma after newlines", () => {
    expect(parse("a = 1\n, b = 2")).toEqual({ a: 1, b: 2 });
  });
  it("allows the value on the line after the separator", () => {
    expect(parse("a =\n  1")).toEqual({ a: 1 });
  });
  it("handles CRLF line endings", () => {
    expect(parse("a = 1\r\nb = x y\r\n")).toEqual({ a: 1, b: "x y" });
  });
});

describe("unquoted strings and value concatenation", () => {
  it("reads unquoted text", () => {
    expect(parse("a = hello.world-1_2")).toEqual({ a: "hello.world-1_2" });
  });
  it("keeps whitespace between concatenated simple values, trims the ends", () => {
    expect(parse("a =   foo bar   baz  ")).toEqual({ a: "foo bar   baz" });
  });
  it("concatenates quoted and unquoted text", () => {
    expect(parse('a = foo" bar "baz')).toEqual({ a: "foo bar baz" });
  });
  it("concatenates numbers and literals as written", () => {
    expect(parse("a = 1 2.50 true null")).toEqual({ a: "1 2.50 true null" });
  });
  it("never turns true inside text into a boolean (the pyhocon bug)", () => {
    expect(parse("a = If true then")).toEqual({ a: "If true then" });
    expect(parse("a = truefalse")).toEqual({ a: "truefalse" });
  });
  it("reads text that starts like a number as text", () => {
    expect(parse("a = 10.0.0.1\nb = 1-2\nc = 0x10\nd = 1abc\ne = -")).toEqual({ a: "10.0.0.1", b: "1-2", c: "0x10", d: "1abc", e: "-" });
  });
});

describe("quoted strings", () => {
  // pyhocon's escapes are in dialect.test.ts.
  it("decodes JSON escapes (spec dialect)", () => {
    expect(parse('a = "q\\" b\\\\ s\\/ \\b\\f\\n\\r\\t \\u0041\\u00e9"', { dialect: "spec" })).toEqual({ a: 'q" b\\ s/ \b\f\n\r\t Aé' });
  });
  it("decodes surrogate pairs (spec dialect)", () => {
    expect(parse('a = "\\ud83d\\ude00"', { dialect: "spec" })).toEqual({ a: "😀" });
  });
  it("keeps an unknown escape as backslash plus character, as pyhocon does", () => {
    expect(parse('a = "(\\>, \\>=, \\<)"')).toEqual({ a: "(\\>, \\>=, \\<)" });
  });
  it("keeps characters that are special outside quotes", () => {
    expect(parse('a = "${x} {}[]:=,+#`^?!@*&"')).toEqual({ a: "${x} {}[]:=,+#`^?!@*&" });
  });
  it("reads the empty string", () => {
    expect(parse('a = ""')).toEqual({ a: "" });
  });
});

describe("triple-quoted strings", () => {
  it("are verbatim: no escapes, newlines and indentation kept", () => {
    expect(parse('a = """\n  line \\n "one"\n  two"""')).toEqual({ a: '\n  line \\n "one"\n  two' });
  });
  it("give extra trailing quotes to the string", () => {
    expect(parse('a = """x""""')).toEqual({ a: 'x"' });
    expect(parse('a = """x"""""')).toEqual({ a: 'x""' });
  });
  it("can be empty and concatenate", () => {
    expect(parse('a = """""" b\nc = x"""y"""')).toEqual({ a: " b", c: "xy" });
  });
  it("keep line numbers right after them", () => {
    expect(() => parse('a = """\n\n"""\nb = ^')).toThrow(expect.objectContaining({ line: 4, column: 5 }));
  });
});

describe("numbers", () => {
  it("reads integers and decimals as JS numbers", () => {
    expect(parse("a = 1\nb = 1.0\nc = 2.1\nd = -5\ne = 1e3\nf = 2.5E-2\ng = 007")).toEqual({ a: 1, b: 1, c: 2.1, d: -5, e: 1000, f: 0.025, g: 7 });
  });
  it("read -0 as 0", () => {
    expect(Object.is(parse("a = -0").a, 0)).toBe(true);
  });
  it("are numbers of type number", () => {
    const v = parse("a = 2.1");
    expect(typeof v.a).toBe("number");
  });
});

describe("booleans and null", () => {
  it("reads true, false and null", () => {
    expect(parse("a = true\nb = false\nc = null")).toEqual({ a: true, b: false, c: null });
  });
  it("reads any case as a whole value, as pyhocon does", () => {
    expect(parse("a = True\nb = FALSE\nc = NULL\nd = Null\ne = tRuE")).toEqual({ a: true, b: false, c: null, d: null, e: true });
  });
  it("keeps quoted literals as strings", () => {
    expect(parse('a = "true"\nb = "null"')).toEqual({ a: "true", b: "null" });
  });
  it("does not read yes/no/on/off", () => {
    expect(parse("a = yes\nb = off")).toEqual({ a: "yes", b: "off" });
  });
});

describe("arrays", () => {
  it("separate elements by commas or newlines", () => {
    expect(parse("a = [1, 2,\n3\n4,]")).toEqual({ a: [1, 2, 3, 4] });
  });
  it("hold any values, including concatenations", () => {
    expect(parse("a = [ foo bar, {x = 1}, [2], null ]")).toEqual({ a: ["foo bar", { x: 1 }, [2], null] });
  });
  it("concatenate when adjacent on one line", () => {
    expect(parse("a = [1] [2, 3]\nb = [ [1] [2] ]")).toEqual({ a: [1, 2, 3], b: [[1, 2]] });
  });
  it("can be empty", () => {
    expect(parse("a = []\nb = [\n]")).toEqual({ a: [], b: [] });
  });
});

describe("objects", () => {
  it("nest", () => {
    expect(parse("a { b { c = 1 }, d = [ { e = 2 } ] }")).toEqual({ a: { b: { c: 1 }, d: [{ e: 2 }] } });
  });
  it("concatenate when adjacent on one line", () => {
    expect(parse("a = { x = 1 } { y = 2 }")).toEqual({ a: { x: 1, y: 2 } });
  });
  it("keep the key order of the source", () => {
    expect(Object.keys(parse("z = 1\na = 2\nm = 3"))).toEqual(["z", "a", "m"]);
  });
  it("store __proto__ as an ordinary key", () => {
    const v = parse('"__proto__" { polluted = 1 }');
    expect(Object.keys(v)).toEqual(["__proto__"]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe("path keys", () => {
  it("expand dotted keys into nested objects", () => {
    expect(parse("a.b.c = 1")).toEqual({ a: { b: { c: 1 } } });
  });
  // pyhocon reads a key as one quoted string or unquoted text, never both (dialect.test.ts).
  it("keep dots inside quoted segments (spec dialect)", () => {
    expect(parse('x."2.1" = 4\n"a.b" = 5\n"a".c = 6', { dialect: "spec" })).toEqual({ x: { "2.1": 4 }, "a.b": 5, a: { c: 6 } });
    expect(parse('"a.b" = 5', { dialect: "pyhocon" })).toEqual({ "a.b": 5 });
  });
  it("read a number key as a path", () => {
    expect(parse("2.1 = x")).toEqual({ "2": { "1": "x" } });
  });
  it("keep whitespace inside keys and trim it around them", () => {
    expect(parse("  a b c  = 1\nfoo bar.baz = 2")).toEqual({ "a b c": 1, "foo bar": { baz: 2 } });
  });
  it("allow quoted empty segments (spec dialect)", () => {
    expect(parse('"" = 1\na."".b = 2', { dialect: "spec" })).toEqual({ "": 1, a: { "": { b: 2 } } });
  });
  it("allow keywords, include-like words and a quoted include as keys", () => {
    expect(parse('true = 1\nnull = 2\ninclude_stats = 3\n"include" { x = 4 }\ninclude.y = 5')).toEqual({ true: 1, null: 2, include_stats: 3, include: { x: 4, y: 5 } });
  });
});
