// Every resolved object and array remembers where it came from: key positions of members,
// value positions of array elements, through merges, includes and substitutions.
import { describe, expect, it } from "vitest";
import { parseString } from "../../hocon/index.js";
import type { JsonObject } from "../../hocon/index.js";
import { memoryFiles } from "./helpers.js";

const at = (line: number, column: number, file = "m.conf") => ({ file, line, column });

describe("source map", () => {
  it("gives key positions of object members and the position of objects", () => {
    const { value, source } = parseString("a = 1\nobj {\n  x = 2\n}", { file: "m.conf" });
    expect(source.member(value, "a")).toEqual(at(1, 1));
    expect(source.member(value, "obj")).toEqual(at(2, 1));
    expect(source.node(value.obj as object)).toEqual(at(2, 5));
    expect(source.member(value.obj as object, "x")).toEqual(at(3, 3));
  });

  it("gives value positions of array elements", () => {
    const { value, source } = parseString("list = [\n  1,\n  { y = 2 }\n]", { file: "m.conf" });
    const list = value.list as object[];
    expect(source.node(list)).toEqual(at(1, 8));
    expect(source.member(list, 0)).toEqual(at(2, 3));
    expect(source.member(list, 1)).toEqual(at(3, 3));
    expect(source.node(list[1])).toEqual(at(3, 3));
  });

  it("points each segment of a path key at its own column", () => {
    const { value, source } = parseString('a.b."c.d" = 1', { file: "m.conf", dialect: "spec" });
    const a = value.a as JsonObject;
    expect(source.member(value, "a")).toEqual(at(1, 1));
    expect(source.member(a, "b")).toEqual(at(1, 3));
    expect(source.member(a.b as object, "c.d")).toEqual(at(1, 5));
  });

  it("uses the last definition for overridden values and the first for merged objects", () => {
    const { source } = parseString("a = 1\no { x = 1 }\na = 2\no { y = 2 }", { file: "m.conf" });
    expect(source.at(["a"])).toEqual(at(3, 1));
    expect(source.at(["o"])).toEqual(at(2, 1));
    expect(source.at(["o", "y"])).toEqual(at(4, 5));
  });

  it("follows substitutions and object concatenation back to the definitions", () => {
    const text = 'base {\n  req = 1\n}\nv2 = ${base} {\n  extra = 2\n}';
    const { value, source } = parseString(text, { file: "m.conf" });
    expect(source.at(["v2", "req"])).toEqual(at(2, 3));
    expect(source.at(["v2", "extra"])).toEqual(at(5, 3));
    expect(source.node(value.v2 as object)).toEqual(at(4, 6));
  });

  it("follows array concatenation", () => {
    const { source } = parseString("a = [1]\nb = ${a} [\n2]", { file: "m.conf" });
    expect(source.at(["b", 0])).toEqual(at(1, 6));
    expect(source.at(["b", 1])).toEqual(at(3, 1));
  });

  it("points into included files and keeps their text", () => {
    const readFile = memoryFiles({ "inc.conf": "\n  shared { v = 1 }" });
    const { source } = parseString('defs {\n  include "inc.conf"\n}', { file: "m.conf", readFile });
    expect(source.at(["defs", "shared", "v"])).toEqual(at(2, 12, "inc.conf"));
    expect([...source.sources.keys()]).toEqual(["m.conf", "inc.conf"]);
    expect(source.sources.get("inc.conf")).toBe("\n  shared { v = 1 }");
  });

  it("answers undefined for unknown values and paths", () => {
    const { source } = parseString("a = 1", { file: "m.conf" });
    expect(source.node({})).toBeUndefined();
    expect(source.at(["missing"])).toBeUndefined();
    expect(source.at(["a", "deeper"])).toBeUndefined();
    expect(source.at([])).toEqual(at(1, 1));
  });
});
