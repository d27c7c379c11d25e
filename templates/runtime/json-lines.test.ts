import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { anyCodePointString } from "../../test/support/arbitraries.js";
import { ClientError } from "./errors.js";
import { encodeJsonLines, mergeBatchResults, utf8Length } from "./json-lines.js";

const bytes = (s: string) => new TextEncoder().encode(s).length;

describe("encodeJsonLines", () => {
  it("one object per line, no blank or trailing line", () => {
    expect(encodeJsonLines("e.b", [{ a: 1 }, { b: "x\ny" }])).toEqual(['{"a":1}\n{"b":"x\\ny"}']);
    expect(encodeJsonLines("e.b", [])).toEqual([]);
  });

  it("refuses non-arrays and non-object items", () => {
    expect(() => encodeJsonLines("e.b", { a: 1 })).toThrow(ClientError);
    expect(() => encodeJsonLines("e.b", [{ a: 1 }, 3])).toThrow(/item 1/);
    expect(() => encodeJsonLines("e.b", [[1]])).toThrow(/item 0/);
  });

  it("splits at line boundaries, each body within the limit, order kept", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.dictionary(fc.string({ maxLength: 5 }), anyCodePointString({ maxLength: 40 }), { maxKeys: 3 }),
          { maxLength: 40 },
        ),
        fc.integer({ min: 60, max: 400 }),
        (items, max) => {
          const bodies = encodeJsonLines("e.b", items, max);
          const lines = bodies.flatMap((b) => b.split("\n"));
          expect(lines.map((l) => JSON.parse(l))).toEqual(items);
          for (const body of bodies) {
            expect(body.startsWith("\n") || body.endsWith("\n") || body.includes("\n\n")).toBe(false);
            // Only a single line longer than the limit may exceed it, alone in its body.
            if (bytes(body) > max) expect(body.includes("\n")).toBe(false);
          }
          // Greedy: no two neighbouring bodies could have been one.
          for (let i = 1; i < bodies.length; i++) {
            const firstLine = bodies[i].split("\n")[0];
            expect(bytes(bodies[i - 1]) + 1 + bytes(firstLine)).toBeGreaterThan(max);
          }
        },
      ),
    );
  });

  it("splits a body above 15 MiB by default", () => {
    const line = { msg: "x".repeat(1024 * 1024) };
    const bodies = encodeJsonLines(
      "e.b",
      Array.from({ length: 20 }, () => line),
    );
    expect(bodies).toHaveLength(2);
    for (const body of bodies) expect(body.length).toBeLessThanOrEqual(15 * 1024 * 1024);
  });
});

describe("utf8Length", () => {
  it("agrees with TextEncoder, surrogates included", () => {
    fc.assert(fc.property(anyCodePointString(), (s) => utf8Length(s) === bytes(s)));
    fc.assert(
      fc.property(
        fc.string({ unit: fc.integer({ min: 0xd700, max: 0xe000 }).map((c) => String.fromCharCode(c)) }),
        (s) => utf8Length(s) === bytes(s),
      ),
    );
  });
});

describe("mergeBatchResults", () => {
  it("adds counts, concatenates lists, merges objects", () => {
    expect(
      mergeBatchResults([
        { added: 3, errors: 1, errors_info: { a: 1 }, ids: ["x"] },
        { added: 2, errors: 0, errors_info: { b: 2 }, ids: ["y"] },
      ]),
    ).toEqual({ added: 5, errors: 1, errors_info: { a: 1, b: 2 }, ids: ["x", "y"] });
    expect(mergeBatchResults([{ updated: 1 }])).toEqual({ updated: 1 });
    expect(mergeBatchResults([])).toEqual({});
  });

  it("is not fooled by keys named like Object.prototype members", () => {
    expect(mergeBatchResults([{ a: 1 }, { constructor: 2 }])).toEqual({ a: 1, constructor: 2 });
  });
});
