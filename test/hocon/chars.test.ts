// The lexer scans runs with regular expressions and single characters with predicates:
// both must be the same character classes, for every UTF-16 code unit.
import { describe, expect, it } from "vitest";
import { isSpace, isUnquotedChar, NEWLINE, SPACE_RUN, UNQUOTED_RUN } from "../../hocon/chars.js";

function runLength(re: RegExp, text: string): number {
  re.lastIndex = 0;
  re.test(text);
  return re.lastIndex;
}

describe("character classes", () => {
  it("SPACE_RUN takes exactly the characters isSpace accepts", () => {
    const mismatches: number[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      const expected = isSpace(c) ? 2 : 0;
      if (runLength(SPACE_RUN, String.fromCharCode(c, c) + "x") !== expected) mismatches.push(c);
    }
    expect(mismatches).toEqual([]);
    expect(isSpace(NEWLINE)).toBe(false);
  });

  it("UNQUOTED_RUN takes exactly the characters isUnquotedChar accepts, and a `/` only when no `/` follows", () => {
    const mismatches: number[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      if (c === 47) continue;
      const expected = isUnquotedChar(c) ? 2 : 0;
      if (runLength(UNQUOTED_RUN, String.fromCharCode(c, c) + "{") !== expected) mismatches.push(c);
    }
    expect(mismatches).toEqual([]);
    expect(runLength(UNQUOTED_RUN, "a/b/c //d")).toBe(5);
    expect(runLength(UNQUOTED_RUN, "x/y//z")).toBe(3);
    expect(runLength(UNQUOTED_RUN, "a/")).toBe(2);
  });

  it("a run starts where lastIndex says, not at the start of the text", () => {
    UNQUOTED_RUN.lastIndex = 2;
    UNQUOTED_RUN.test("{ key: 1");
    expect(UNQUOTED_RUN.lastIndex).toBe(5);
  });
});
