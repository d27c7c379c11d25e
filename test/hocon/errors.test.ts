// Every kind of bad input gives a HoconError with a stable code and the exact position.
import { describe, expect, it } from "vitest";
import { HoconError } from "../../hocon/index.js";
import type { ParseOptions } from "../../hocon/index.js";
import { errorOf, memoryFiles } from "./helpers.js";

type Case = [input: string, line: number, column: number];

function expectErrors(code: string, cases: Case[], options?: ParseOptions): void {
  for (const [input, line, column] of cases) {
    const e = errorOf(input, options);
    expect({ input, code: e.code, line: e.line, column: e.column }).toEqual({ input, code, line, column });
  }
}

describe("error codes and positions", () => {
  it("hocon/unterminated-string", () => {
    expectErrors("hocon/unterminated-string", [
      ['a = "abc', 1, 5],
      ['a = 1\nb = "x\n"', 2, 5],
      ['a = """never closed\n\n', 1, 5],
      ['a = "ends with backslash \\', 1, 5],
    ]);
  });
  it("hocon/invalid-escape (spec dialect: pyhocon keeps any escape it does not know)", () => {
    expectErrors("hocon/invalid-escape", [
      ['a = "\\u12G4"', 1, 6],
      ['a = "ok"\nb = "xx\\u1"', 2, 8],
      ['a = "x \\> y"', 1, 8],
    ], { dialect: "spec" });
  });
  it("hocon/reserved-character", () => {
    expectErrors("hocon/reserved-character", [
      ["a = ^", 1, 5],
      ["a = $b", 1, 5],
      ["a = + 1", 1, 5],
      ["a = foo`bar", 1, 8],
      ["x = 1\n  y = a@b", 2, 8],
    ]);
  });
  it("hocon/unexpected-token", () => {
    expectErrors("hocon/unexpected-token", [
      ["a = 1,,b=2", 1, 7],
      [", a = 1", 1, 1],
      ["a = [1,,2]", 1, 8],
      ["a = }", 1, 5],
      ["a = 1 b = 2", 1, 9],
      ["{ a = 1 } x", 1, 11],
      ["a = {", 1, 6],
      ["a = [1, 2", 1, 10],
      ["a {\n b = 1\n", 3, 1],
      ["}", 1, 1],
      ["a = 1\nb", 2, 2],
    ]);
  });
  it("names the opening bracket of an unclosed object or array", () => {
    expect(errorOf("a {\n b = [1,\n").message).toBe("expected ']' to close the array opened at 2:6, found end of file");
  });
  it("hocon/invalid-key", () => {
    expectErrors("hocon/invalid-key", [
      ["a..b = 1", 1, 3],
      [".a = 1", 1, 1],
      ["x = 1\na. = 1", 2, 3],
      ["${x} = 1", 1, 1],
    ]);
  });
  it("hocon/unterminated-substitution and hocon/invalid-substitution", () => {
    expectErrors("hocon/unterminated-substitution", [
      ["a = ${x", 1, 5],
      ["a = 1\nb = x ${y\n}", 2, 7],
    ]);
    expectErrors("hocon/invalid-substitution", [
      ["a = ${}", 1, 5],
      ["a = ${a:b}", 1, 8],
      ["a = ${a..b}", 1, 9],
    ]);
  });
  it("hocon/root-not-object", () => {
    expectErrors("hocon/root-not-object", [
      ["[1, 2]", 1, 1],
      ["# c\n  [1]", 2, 3],
    ]);
  });
  it("hocon/invalid-include", () => {
    expectErrors("hocon/invalid-include", [
      ["include file(x)", 1, 14],
      ['include file("x"', 1, 17],
      ['include required(nope("x"))', 1, 18],
    ]);
  });
  it("hocon/unresolved-substitution", () => {
    expectErrors("hocon/unresolved-substitution", [
      ["a = ${x}", 1, 5],
      ["a = 1\n  b = ${nope.x}", 2, 7],
      ["a = 1\nb = foo ${a.x}", 2, 9],
      ["a { x = 1 }\nb = [1, ${a.y}]", 2, 9],
    ]);
  });
  it("hocon/substitution-cycle", () => {
    expectErrors("hocon/substitution-cycle", [
      ["a = ${b}\nb = ${a}", 2, 5],
      ["a = ${b}, b = ${c}, c = ${a}", 1, 25],
      ["bar { foo = 42, baz = ${bar} }", 1, 23],
    ]);
  });
  it("hocon/concatenation-type", () => {
    expectErrors("hocon/concatenation-type", [
      ["a = [1] foo", 1, 9],
      ["a = {x: 1} [1]", 1, 12],
      ["x = {y: 1}\na = ${x} [1]", 2, 10],
      ["x = [1]\na = s ${x}", 2, 7],
    ]);
  });
});

describe("error codes and positions: includes and limits", () => {
  const readFile = memoryFiles({ "a.conf": 'x = 1\n  include "b.conf"', "b.conf": 'include "a.conf"', "self.conf": 'include "self.conf"' });
  const at = (text: string, options: object = {}) => {
    const e = errorOf(text, { readFile, ...options });
    return [e.code, e.file, e.line, e.column];
  };
  it("hocon/include-not-found", () => {
    expect(at('include required("nope.conf")')).toEqual(["hocon/include-not-found", "<string>", 1, 9]);
    expect(at('a {\n    include required(file("nope.conf"))\n}')).toEqual(["hocon/include-not-found", "<string>", 2, 13]);
  });
  it("hocon/include-cycle", () => {
    expect(at('include "a.conf"')).toEqual(["hocon/include-cycle", "b.conf", 1, 9]);
    expect(at('include "self.conf"')).toEqual(["hocon/include-cycle", "self.conf", 1, 9]);
  });
  it("hocon/include-unsupported", () => {
    expect(at('include url("http://x/a.conf")')).toEqual(["hocon/include-unsupported", "<string>", 1, 9]);
    expect(at('x = 1\ninclude classpath("a.conf")')).toEqual(["hocon/include-unsupported", "<string>", 2, 9]);
  });
  it("hocon/too-deep", () => {
    expect(at("a = [[[[1]]]]", { limits: { maxDepth: 3 } })).toEqual(["hocon/too-deep", "<string>", 1, 8]);
    expect(at("a {\n  b {\n    c { }\n  }\n}", { limits: { maxDepth: 2 } })).toEqual(["hocon/too-deep", "<string>", 3, 7]);
  });
  it("hocon/too-many-substitutions", () => {
    expect(at("a = 1\nb = ${a}\nc = ${a}", { limits: { maxSubstitutions: 1 } })).toEqual(["hocon/too-many-substitutions", "<string>", 3, 5]);
    expect(at("a = [1, 2, 3]\nb = ${a} ${a}", { limits: { maxSubstitutions: 4 } })).toEqual(["hocon/too-many-substitutions", "<string>", 2, 5]);
  });
  it("hocon/too-large", () => {
    expect(at("a = 1234567890", { limits: { maxFileSize: 5 } })).toEqual(["hocon/too-large", "<string>", 1, 1]);
    const doubling = "a = abcdefghij\nb = ${a}${a}\nc = ${b}${b}${b}${b}";
    expect(at(doubling, { limits: { maxFileSize: doubling.length } })).toEqual(["hocon/too-large", "<string>", 3, 5]);
  });
});

describe("HoconError", () => {
  it("carries file, line, column, message and a diagnostic", () => {
    const e = errorOf('a = 1\nb = "open', { file: "services/tasks.conf" });
    expect(e).toBeInstanceOf(Error);
    expect(e).toBeInstanceOf(HoconError);
    expect(e.name).toBe("HoconError");
    expect(e.message).toBe("unterminated string");
    expect([e.file, e.line, e.column]).toEqual(["services/tasks.conf", 2, 5]);
    expect(e.diagnostic).toMatchObject({ severity: "error", code: "hocon/unterminated-string", location: { file: "services/tasks.conf", line: 2, column: 5 } });
  });

  it("formats like a compiler: position, message, source line and caret", () => {
    const e = errorOf('x {\n  description: "unterminated\n}', { file: "services/tasks.conf" });
    expect(e.format()).toBe(
      [
        "services/tasks.conf:2:16: error: unterminated string",
        '    description: "unterminated',
        "                 ^",
        "  hint: close the string with '\"' on the same line, or use \"\"\" for multi-line text",
      ].join("\n"),
    );
  });

  it("never prints the value of a substituted secret", () => {
    const e = errorOf('password = "hunter2-secret"\nx = ${password} [1]');
    expect(e.code).toBe("hocon/concatenation-type");
    expect(e.message).not.toContain("hunter2");
  });
});
