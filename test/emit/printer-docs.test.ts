// The doc printer against prettier's own (prettier/doc printDocToString) on random docs:
// groups measured from their construction-time flat facts must print exactly what
// prettier's walk-everything printer prints, including break propagation, group-id
// references, the space a line charges only before text, and remeasuring after a hard break.
import fc from "fast-check";
import { builders as pb, printer as pp, type builders } from "prettier/doc";
import { describe, expect, it } from "vitest";
import * as ours from "../../generator/emit/doc.js";

/** A doc described once, built with both libraries. */
type Shape =
  | { k: "text"; s: string }
  | { k: "line" | "softline" | "hardline" | "breakParent" }
  | { k: "concat"; parts: Shape[] }
  | { k: "group"; contents: Shape; shouldBreak: boolean; id: number | undefined }
  | { k: "indent"; contents: Shape }
  | { k: "align"; n: number; contents: Shape }
  | { k: "ifBreak"; breakContents: Shape; flatContents: Shape; ref: number | undefined }
  | { k: "indentIfBreak"; contents: Shape; ref: number }
  | { k: "lines"; lines: string[] };

const word = fc.constantFrom("", "a", "bb", "ccc", "dddd_eeee", "xxxxxxxxxxxxxxxxxxxx", "é", "漢字", ",", " ", "( ");

// Hard breaks are rare, as in code: most groups must be free to print flat.
const shape: fc.Arbitrary<Shape> = fc.letrec<{ doc: Shape }>((tie) => ({
  doc: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    { weight: 6, arbitrary: fc.record({ k: fc.constant("text" as const), s: word }) },
    { weight: 4, arbitrary: fc.constantFrom<Shape>({ k: "line" }, { k: "softline" }) },
    { weight: 1, arbitrary: fc.constantFrom<Shape>({ k: "hardline" }, { k: "breakParent" }) },
    { weight: 4, arbitrary: fc.record({ k: fc.constant("concat" as const), parts: fc.array(tie("doc"), { maxLength: 5 }) }) },
    {
      weight: 4,
      arbitrary: fc.record({
        k: fc.constant("group" as const),
        contents: tie("doc"),
        shouldBreak: fc.boolean(),
        id: fc.option(fc.integer({ min: 0, max: 2 }), { nil: undefined }),
      }),
    },
    { weight: 1, arbitrary: fc.record({ k: fc.constant("indent" as const), contents: tie("doc") }) },
    { weight: 1, arbitrary: fc.record({ k: fc.constant("align" as const), n: fc.integer({ min: 1, max: 4 }), contents: tie("doc") }) },
    {
      weight: 2,
      arbitrary: fc.record({
        k: fc.constant("ifBreak" as const),
        breakContents: tie("doc"),
        flatContents: tie("doc"),
        ref: fc.option(fc.integer({ min: 0, max: 2 }), { nil: undefined }),
      }),
    },
    { weight: 1, arbitrary: fc.record({ k: fc.constant("indentIfBreak" as const), contents: tie("doc"), ref: fc.integer({ min: 0, max: 2 }) }) },
    {
      weight: 1,
      arbitrary: fc.record({
        k: fc.constant("lines" as const),
        lines: fc.array(fc.constantFrom("/**", " * text", " */", ""), { minLength: 1, maxLength: 3 }),
      }),
    },
  ),
})).doc;

/** Builds the shape bottom-up with our builders (as the emitters do: children before parents). */
function buildOurs(s: Shape, ids: symbol[]): ours.Doc {
  switch (s.k) {
    case "text":
      return s.s;
    case "line":
      return ours.line;
    case "softline":
      return ours.softline;
    case "hardline":
      return ours.hardline;
    case "breakParent":
      return ours.breakParent;
    case "concat":
      return s.parts.map((p) => buildOurs(p, ids));
    case "group":
      return ours.group(buildOurs(s.contents, ids), { shouldBreak: s.shouldBreak, id: s.id === undefined ? undefined : ids[s.id] });
    case "indent":
      return ours.indent(buildOurs(s.contents, ids));
    case "align":
      return ours.align(s.n, buildOurs(s.contents, ids));
    case "ifBreak":
      return ours.ifBreak(buildOurs(s.breakContents, ids), buildOurs(s.flatContents, ids), s.ref === undefined ? undefined : ids[s.ref]);
    case "indentIfBreak":
      return ours.indentIfBreak(buildOurs(s.contents, ids), ids[s.ref]);
    case "lines":
      return ours.textLines(s.lines);
  }
}

function buildPrettier(s: Shape, ids: symbol[]): builders.Doc {
  switch (s.k) {
    case "text":
      return s.s;
    case "line":
      return pb.line;
    case "softline":
      return pb.softline;
    case "hardline":
      return pb.hardline;
    case "breakParent":
      return pb.breakParent;
    case "concat":
      return s.parts.map((p) => buildPrettier(p, ids));
    case "group":
      return pb.group(buildPrettier(s.contents, ids), { shouldBreak: s.shouldBreak, id: s.id === undefined ? undefined : ids[s.id] });
    case "indent":
      return pb.indent(buildPrettier(s.contents, ids));
    case "align":
      return pb.align(s.n, buildPrettier(s.contents, ids));
    case "ifBreak":
      return pb.ifBreak(buildPrettier(s.breakContents, ids), buildPrettier(s.flatContents, ids), {
        groupId: s.ref === undefined ? undefined : ids[s.ref],
      });
    case "indentIfBreak":
      return pb.indentIfBreak(buildPrettier(s.contents, ids), { groupId: ids[s.ref] });
    case "lines":
      return pb.join(pb.hardline, s.lines);
  }
}

/** Each group id names one group at most (prettier's contract); later uses become plain groups. */
function uniqueIds(s: Shape, used = new Set<number>()): Shape {
  switch (s.k) {
    case "concat":
      return { ...s, parts: s.parts.map((p) => uniqueIds(p, used)) };
    case "group": {
      const id = s.id !== undefined && !used.has(s.id) ? s.id : undefined;
      if (id !== undefined) used.add(id);
      return { ...s, id, contents: uniqueIds(s.contents, used) };
    }
    case "indent":
    case "align":
    case "indentIfBreak":
      return { ...s, contents: uniqueIds(s.contents, used) };
    case "ifBreak":
      return { ...s, breakContents: uniqueIds(s.breakContents, used), flatContents: uniqueIds(s.flatContents, used) };
    default:
      return s;
  }
}

function printBoth(s: Shape, printWidth: number): { ours: string; prettier: string } {
  const ids = [Symbol("a"), Symbol("b"), Symbol("c")];
  const theirs = pp.printDocToString(buildPrettier(s, ids), { printWidth, tabWidth: 2, useTabs: false } as never).formatted;
  return { ours: ours.printDoc(buildOurs(s, ids), { printWidth, tabWidth: 2 }), prettier: theirs };
}

describe("doc printer vs prettier's printDocToString", () => {
  it("prints random docs identically", () => {
    fc.assert(
      fc.property(shape.map((s) => uniqueIds(s)), fc.integer({ min: 4, max: 40 }), (s, width) => {
        const printed = printBoth(s, width);
        expect(printed.ours).toBe(printed.prettier);
      }),
      { numRuns: 10_000 },
    );
  });

  it("charges a line's space only before text, as prettier does", () => {
    const s: Shape = {
      k: "concat",
      parts: [
        { k: "text", s: "x".repeat(9) },
        { k: "group", shouldBreak: false, id: undefined, contents: { k: "concat", parts: [{ k: "line" }, { k: "line" }] } },
        { k: "text", s: "y" },
        { k: "hardline" },
      ],
    };
    // 9 + one space (two lines charge one) + 1 = 11 columns: fits in 11, not in 10.
    for (const width of [10, 11]) {
      const printed = printBoth(s, width);
      expect(printed.ours).toBe(printed.prettier);
    }
    const leading: Shape = {
      k: "concat",
      parts: [
        { k: "text", s: "x".repeat(9) },
        { k: "group", shouldBreak: false, id: undefined, contents: { k: "concat", parts: [{ k: "line" }, { k: "text", s: "y" }] } },
      ],
    };
    expect(printBoth(leading, 10)).toEqual({ ours: "xxxxxxxxx\ny", prettier: "xxxxxxxxx\ny" });
    expect(printBoth(leading, 11)).toEqual({ ours: "xxxxxxxxx y", prettier: "xxxxxxxxx y" });
  });

  it("records the ids of groups printed inside a flat run for references after it", () => {
    const s: Shape = {
      k: "concat",
      parts: [
        { k: "group", shouldBreak: false, id: undefined, contents: { k: "concat", parts: [{ k: "text", s: "a" }, { k: "group", shouldBreak: false, id: 0, contents: { k: "text", s: "b" } }] } },
        { k: "ifBreak", ref: 0, breakContents: { k: "text", s: " broken" }, flatContents: { k: "text", s: " flat" } },
      ],
    };
    expect(printBoth(s, 80)).toEqual({ ours: "ab flat", prettier: "ab flat" });
  });

  it("resolves a group-id reference to a group printed flat earlier in the same run", () => {
    const s: Shape = {
      k: "group",
      shouldBreak: false,
      id: undefined,
      contents: {
        k: "concat",
        parts: [
          { k: "text", s: "left =" },
          { k: "group", shouldBreak: false, id: 0, contents: { k: "indent", contents: { k: "line" } } },
          { k: "indentIfBreak", ref: 0, contents: { k: "text", s: "right_hand_side" } },
          { k: "ifBreak", ref: 0, breakContents: { k: "text", s: "!" }, flatContents: { k: "text", s: ";" } },
        ],
      },
    };
    for (const width of [10, 22, 80]) {
      const printed = printBoth(s, width);
      expect(printed.ours).toBe(printed.prettier);
    }
  });
});
