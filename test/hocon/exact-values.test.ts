// Integers beyond 2^53 stay exact, and keys that look like numbers keep their source
// order (a plain JS object would list them first, in numeric order).
import { describe, expect, it } from "vitest";
import { jsonText } from "../../hocon/json-text.js";
import { parse } from "./helpers.js";

describe("big integers", () => {
  it("are exact bigints; safe integers and other numbers stay numbers", () => {
    const v = parse("a = 9223372036854775807\nb = -9223372036854775808\nc = 9007199254740993\nd = 9007199254740991\ne = 1.5\nf = 007");
    expect(v).toEqual({ a: 9223372036854775807n, b: -9223372036854775808n, c: 9007199254740993n, d: 9007199254740991, e: 1.5, f: 7 });
  });
  it("print with all their digits, in arrays and objects, at any indent", () => {
    const v = parse("a = 9223372036854775807\nb = [18446744073709551615, 1]\nc { d = -9223372036854775808 }");
    expect(jsonText(v)).toBe('{"a":9223372036854775807,"b":[18446744073709551615,1],"c":{"d":-9223372036854775808}}');
    expect(jsonText(v, 2)).toBe(
      '{\n  "a": 9223372036854775807,\n  "b": [\n    18446744073709551615,\n    1\n  ],\n  "c": {\n    "d": -9223372036854775808\n  }\n}',
    );
  });
  it("keep their text in a concatenation and through substitutions", () => {
    const v = parse("a = 9223372036854775807\nb = ${a}\nc = ${a} items\nd = +9223372036854775807 x");
    expect(v).toEqual({ a: 9223372036854775807n, b: 9223372036854775807n, c: "9223372036854775807 items", d: "+9223372036854775807 x" });
  });
  it("print as JSON.stringify prints when there is none", () => {
    const v = parse('a = 1\nb = [true, null, "x\\u2028"]\nc {}\nd = []');
    for (const indent of [0, 2, 4]) expect(jsonText(v, indent)).toBe(JSON.stringify(v, null, indent));
  });
});

describe("keys that look like numbers", () => {
  it("keep their source order", () => {
    expect(jsonText(parse('"2" = a\n"1" = b'))).toBe('{"2":"a","1":"b"}');
    expect(jsonText(parse('b = 1\n"10" = 2\nc { "3" = x, y = 1, "1" = z }'))).toBe('{"b":1,"10":2,"c":{"3":"x","y":1,"1":"z"}}');
    expect(Object.keys((parse('x = [{ "5": 1, "4": 2 }]').x as Record<string, unknown>[])[0])).toEqual(["5", "4"]);
  });
  it("keep their first position through merges and substitutions", () => {
    const v = parse('o { "2" = 1 }\no { a = 1, "1" = 2 }\np = ${o} { "0" = 0, "2" = 3 }\nq = { "9" = 9 } ${o}');
    expect(jsonText(v)).toBe('{"o":{"2":1,"a":1,"1":2},"p":{"2":3,"a":1,"1":2,"0":0},"q":{"9":9,"2":1,"a":1,"1":2}}');
  });
  it("keep their order when the object is changed afterwards", () => {
    const v = parse('o { "2" = 1, "1" = 2 }').o as Record<string, unknown>;
    v["0"] = 3;
    delete v["2"];
    expect(Object.keys(v)).toEqual(["1", "0"]);
    expect({ ...v }).toEqual({ 1: 2, 0: 3 });
  });
  it("compare equal to plain objects", () => {
    expect(parse('"2" = a\n"1" = b')).toStrictEqual({ 1: "b", 2: "a" });
  });
});
