// include "f", file(), required(), url() rejection, includes inside objects, relative
// paths, missing files, cycles, and substitutions fixed up to the include's position.
import { describe, expect, it } from "vitest";
import { errorOf, memoryFiles, parse } from "./helpers.js";

const files = memoryFiles({
  "conf/main.conf": "x = 0",
  "conf/common.conf": "shared = 1\nlist = [a]",
  "conf/sub/inner.conf": 'include "../common.conf"\ninner = 2',
  "conf/refs.conf": "y = ${x}\nz = ${top}",
  "conf/loop-a.conf": 'include "loop-b.conf"',
  "conf/loop-b.conf": 'include "loop-a.conf"',
  "conf/plus.conf": "list += b",
  "conf/plus-list.conf": "list += [b]",
  "conf/noext.conf": "found = conf",
  "conf/data.json": '{ "j": [1, 2] }',
  "conf/both.json": '{ "from": "json", "json": true }',
  "conf/both.conf": "from = conf\nconf = true",
  "conf/bad.conf": "ok = 1\nbroken = ^",
});
const opts = { file: "conf/main.conf", readFile: files };

describe("include forms", () => {
  it('include "f" splices the file\'s keys in', () => {
    expect(parse('include "common.conf"\nown = 3', opts)).toEqual({ shared: 1, list: ["a"], own: 3 });
  });
  it('include file("f") and include required(file("f"))', () => {
    expect(parse('include file("common.conf")', opts)).toEqual({ shared: 1, list: ["a"] });
    expect(parse('include required(file("common.conf"))', opts)).toEqual({ shared: 1, list: ["a"] });
    expect(parse('include required("common.conf")', opts)).toEqual({ shared: 1, list: ["a"] });
  });
  it("allows whitespace inside the parentheses", () => {
    expect(parse('include required( file( "common.conf" ) )', opts)).toEqual({ shared: 1, list: ["a"] });
  });
  it("allows newlines between include and the file name", () => {
    expect(parse('include\n\n  "common.conf"', opts)).toEqual({ shared: 1, list: ["a"] });
  });
  it("is an error when followed by anything but a file name, so a key named include must be quoted", () => {
    for (const text of ["include = 5", "include foo", 'include """common.conf"""', "include { a = 1 }"]) {
      const e = errorOf(text, opts);
      expect([e.code, e.line, e.column]).toEqual(["hocon/invalid-include", 1, 9]);
    }
    expect(errorOf('include "common.conf" "x"', opts).code).toBe("hocon/unexpected-token");
  });
  it("tries .conf and .json when the name has no extension, merging both with .conf winning (spec dialect)", () => {
    const spec = { ...opts, dialect: "spec" } as const;
    expect(parse('include "noext"\ninclude "data"', spec)).toEqual({ found: "conf", j: [1, 2] });
    expect(parse('include "both"', spec)).toEqual({ from: "conf", json: true, conf: true });
  });
  it("rejects .properties files instead of misreading them", () => {
    expect(errorOf('include "x.properties"', opts).code).toBe("hocon/include-unsupported");
  });
  it("rejects url() and classpath() with a clear error", () => {
    const e = errorOf('a = 1\ninclude url("http://example.com/x.conf")', opts);
    expect(e.code).toBe("hocon/include-unsupported");
    expect([e.line, e.column]).toEqual([2, 9]);
    expect(errorOf('include classpath("x.conf")', opts).code).toBe("hocon/include-unsupported");
    expect(errorOf('include "https://example.com/x.conf"', opts).code).toBe("hocon/include-unsupported");
  });
});

describe("include placement and order", () => {
  it("puts keys inside the object holding the include", () => {
    expect(parse('defs { include "common.conf"\n local = 1 }', opts)).toEqual({ defs: { shared: 1, list: ["a"], local: 1 } });
  });
  it("splices keys at the include line: earlier keys keep their position, later ones override", () => {
    const v = parse('shared = 0\nbefore = 1\ninclude "common.conf"\nlist = [z]', opts);
    expect(Object.keys(v)).toEqual(["shared", "before", "list"]);
    expect(v).toEqual({ shared: 1, before: 1, list: ["z"] });
  });
  it("resolves nested includes relative to the including file", () => {
    expect(parse('include "sub/inner.conf"', opts)).toEqual({ shared: 1, list: ["a"], inner: 2 });
  });
  it("uses baseDir when given", () => {
    expect(parse('include "common.conf"', { readFile: files, baseDir: "conf" })).toEqual({ shared: 1, list: ["a"] });
  });
});

describe("missing includes", () => {
  it("ignores a missing plain include", () => {
    expect(parse('include "nope.conf"\na = 1', opts)).toEqual({ a: 1 });
    expect(parse('include "nope.conf"\na = 1')).toEqual({ a: 1 });
  });
  it("reports a missing required include at the include", () => {
    const e = errorOf('a = 1\n  include required("nope.conf")', opts);
    expect(e.code).toBe("hocon/include-not-found");
    expect([e.file, e.line, e.column]).toEqual(["conf/main.conf", 2, 11]);
  });
});

describe("include cycles", () => {
  it("name the chain of files", () => {
    const e = errorOf('include "loop-a.conf"', opts);
    expect(e.code).toBe("hocon/include-cycle");
    expect(e.message).toBe("include cycle: conf/loop-a.conf -> conf/loop-b.conf -> conf/loop-a.conf");
    expect(e.file).toBe("conf/loop-b.conf");
  });
  it("catch a file including itself", () => {
    expect(errorOf('include "main.conf"', { ...opts, readFile: memoryFiles({ "conf/main.conf": "" }) }).code).toBe("hocon/include-cycle");
  });
});

describe("substitutions in included files", () => {
  it("are fixed up to the include's position first", () => {
    expect(parse('top = T\nin { x = 1\ninclude "refs.conf" }\nin.x = 42', opts)).toEqual({ top: "T", in: { x: 42, y: 42, z: "T" } });
  });
  it("fall back to the path as written", () => {
    expect(parse('x = root\ntop = T\nin { include "refs.conf" }', opts)).toEqual({ x: "root", top: "T", in: { y: "root", z: "T" } });
  });
  it("+= in an included file appends to the including document's key", () => {
    expect(parse('o { list = [a]\ninclude "plus.conf" }', { ...opts, dialect: "spec" })).toEqual({ o: { list: ["a", "b"] } });
    expect(parse('o { list = [a]\ninclude "plus-list.conf" }', opts)).toEqual({ o: { list: ["a", "b"] } });
  });
});

describe("errors in included files", () => {
  it("point into the included file", () => {
    const e = errorOf('include "bad.conf"', opts);
    expect([e.code, e.file, e.line, e.column]).toEqual(["hocon/reserved-character", "conf/bad.conf", 2, 10]);
    expect(e.format()).toContain("broken = ^");
  });
});
