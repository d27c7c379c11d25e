// The document layer on its own: prettier's doc semantics (groups decided against what
// follows them, conditional groups, fill, group ids), checked on small docs.
import { describe, expect, it } from "vitest";
import { breakParent, conditionalGroup, fluid, group, hardline, ifBreak, indent, line, list, softline, type Doc } from "../../generator/emit/print/doc.js";
import { render } from "../../generator/emit/print/render.js";

const word = (n: number): string => "x".repeat(n);

describe("render", () => {
  it("prints a group flat when it fits, else broken", () => {
    const doc = (n: number): Doc => group(["f(", indent([softline, word(n)]), softline, ")"]);
    expect(render(doc(10))).toBe(`f(${word(10)})`);
    expect(render(doc(77))).toBe(`f(${word(77)})`);
    expect(render(doc(78))).toBe(`f(\n  ${word(78)}\n)`);
  });

  it("counts what follows a group up to the next possible line break", () => {
    const inner = group(["(", indent([softline, word(70)]), softline, ")"]);
    expect(render([inner, word(8)])).toBe(`(${word(70)})${word(8)}`);
    expect(render([inner, word(9)])).toBe(`(\n  ${word(70)}\n)${word(9)}`);
    // A line after the group (in break mode) ends the measure.
    expect(render([inner, hardline, word(50)])).toBe(`(${word(70)})\n${word(50)}`);
  });

  it("breaks a group holding a hard line, a broken group or a break-parent", () => {
    expect(render(group(["a", line, "b", hardline, "c"]))).toBe("a\nb\nc");
    expect(render(group(["a", line, group(["b", line, "c"], true)]))).toBe("a\nb\nc");
    expect(render(group(["a", line, "b", breakParent]))).toBe("a\nb");
  });

  it("stops break propagation at a conditional group", () => {
    const hugged = conditionalGroup([["f(", group(["{", indent([line, "a"]), line, "}"], true), ")"], "never"]);
    expect(render(group(["x", line, hugged]))).toBe("x f({\n  a\n})");
  });

  it("picks a conditional group's first state that fits, else its last broken", () => {
    const states = (n: number): Doc => conditionalGroup([word(n), ["(", word(10), ")"], ["[", indent([line, "z"]), line, "]"]]);
    expect(render(states(80))).toBe(word(80));
    expect(render(states(81))).toBe(`(${word(10)})`);
    expect(render(conditionalGroup([word(81), word(82), ["[", indent([line, "z"]), line, "]"]]))).toBe("[\n  z\n]");
  });

  it("fills as many parts on a line as fit when the line before each is a group of its own", () => {
    const parts: Doc[] = [];
    for (let i = 0; i < 30; i++) parts.push(i > 0 ? group([line, word(5) + ","]) : word(5) + ",");
    const text = render(parts);
    expect(text.split("\n").map((l) => l.length)).toEqual([76, 76, 55]);
  });

  it("follows the enclosing group's mode in ifBreak", () => {
    const doc = (n: number): Doc => group([...(list("[", [word(n)], "]", false) as Doc[]), ifBreak(" // broken", " // flat")]);
    expect(render(doc(10))).toBe(`[${word(10)}] // flat`);
    expect(render(doc(79))).toBe(`[\n  ${word(79)}\n] // broken`);
  });

  it("puts what follows a fluid operator on the next line, indented, unless its first piece fits", () => {
    expect(render(group(["const a =", fluid(word(70)), ";"]))).toBe(`const a =\n  ${word(70)};`);
    expect(render(group(["const a =", fluid(word(60)), ";"]))).toBe(`const a = ${word(60)};`);
    // Only the first piece, up to a possible break, decides; a broken group inside does not move it down.
    const object = group(["{", indent([line, word(70)]), line, "}"], true);
    expect(render(["const a =", fluid(object), ";"])).toBe(`const a = {\n  ${word(70)}\n};`);
    // Printed flat (inside a group that fits), it is a space.
    expect(render(group([group(["a =", fluid("b")]), softline, "c"]))).toBe("a = bc");
  });

  it("trims spaces before a line break", () => {
    expect(render(["a ", hardline, "b"])).toBe("a\nb");
  });

  it("renders a doc the same every time (what it caches is the doc's own)", () => {
    const doc = group([group(["(", indent([softline, word(30)]), softline, ")"]), line, group(["(", indent([softline, word(60)]), softline, ")"])]);
    const first = render(doc);
    expect(first).toBe(`(${word(30)})\n(${word(60)})`);
    expect(render(doc)).toBe(first);
    expect(render(["x".repeat(20), doc])).toBe(`${word(20)}(${word(30)})\n(${word(60)})`);
  });
});
