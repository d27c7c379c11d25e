// The YAML writer: whatever JSON data it is given, a YAML 1.2 reader (the `yaml` package,
// strict) must read back exactly that data.
import fc from "fast-check";
import { anyCodePointString } from "../support/arbitraries.js";
import { propertyRuns } from "../support/property-runs.js";
import { describe, expect, it } from "vitest";
import { parseDocument } from "yaml";
import { renderYaml } from "../../generator/emit/openapi/yaml.js";
import type { JsonValue } from "../../hocon/types.js";

function readBack(text: string): unknown {
  const doc = parseDocument(text, { strict: true, uniqueKeys: true, version: "1.2" });
  expect(doc.errors.map(String)).toEqual([]);
  expect(doc.warnings.map(String)).toEqual([]);
  return doc.toJS();
}

/** JSON data as JSON sees it (e.g. -0 is 0). */
function asJson(value: JsonValue): unknown {
  return JSON.parse(JSON.stringify(value));
}

const TRICKY_STRINGS = [
  "",
  " ",
  "plain words",
  "trailing space ",
  " leading space",
  "true",
  "False",
  "NULL",
  "~",
  "yes",
  "off",
  "y",
  "N",
  "200",
  "2.13",
  "1e3",
  "0x1F",
  ".inf",
  "-.nan",
  "- item",
  "-",
  "?",
  "key: value",
  "a #comment",
  "#/components/schemas/tasks.Task",
  "{baseUrl}/v2.34",
  "[1, 2]",
  "'single'",
  '"double"',
  "&anchor",
  "*alias",
  "!tag",
  "%directive",
  "@at",
  "`tick`",
  "|",
  ">",
  "---",
  "...",
  "line one\nline two",
  "ends with newline\n",
  "two trailing newlines\n\n",
  "\nleading newline",
  "  indented first line\nsecond",
  "first\n  indented second\nthird",
  "blank line\n\nbetween",
  "whitespace-only line\n   \nafter",
  "trailing spaces on line   \nnext",
  "tab\tinside",
  "\ttab first\nsecond",
  "carriage\r\nreturn",
  "nel\u0085char",
  "line\u2028separator",
  "para\u2029separator",
  "bom\ufeff",
  "del\u007f",
  "c1\u0090control",
  "nul\u0000byte",
  "bell\u0007",
  "emoji 😀 ok",
  "lone \ud800 high",
  "lone \udc00 low",
  "non-ascii: café, 日本語",
  "back\\slash",
  "/tasks.get_all",
  "$ref",
  "x-internal",
  "application/json",
  "__proto__",
  "<<",
  "a: b",
  "a:b",
  "ends with colon:",
  "a #b",
  "a# b",
  "a\t#b",
  "a, b [c] {d}",
  "it's \"quoted\"",
  "a - b",
  "x ?y",
  "a|b > c",
  "a & *b !c %d @e `f`",
];

describe("renderYaml", () => {
  it("reads back every tricky string as a value, a key and inside a multi-line block", () => {
    const doc: JsonValue = {
      values: TRICKY_STRINGS,
      keys: Object.fromEntries(TRICKY_STRINGS.map((s, i) => [s, i])),
      nested: { list: TRICKY_STRINGS.map((s) => ({ s, inner: [s, [s]] })) },
    };
    expect(readBack(renderYaml(doc))).toEqual(asJson(doc));
  });

  it("reads back scalars, empty containers and numbers exactly", () => {
    const doc: JsonValue = {
      n: [0, -1, 1.5, -2.25e-7, 1e21, 123456789012345, Number.MAX_SAFE_INTEGER, 5e-324, 1.7976931348623157e308],
      b: [true, false],
      z: null,
      e: { o: {}, a: [], nested: [[], {}, [[]], [{}]] },
    };
    expect(readBack(renderYaml(doc))).toEqual(asJson(doc));
  });

  it("reads back a top-level scalar or array", () => {
    for (const value of ["multi\nline", "", 3, null, [1, ["a"], { k: "v" }], []] as JsonValue[]) {
      expect(readBack(renderYaml(value))).toEqual(asJson(value));
    }
  });

  it("writes readable block style: plain keys, literal blocks for multi-line text", () => {
    const text = renderYaml({ paths: { "/tasks.get_all": { post: { description: "Line one\nLine two", tags: ["tasks"] } } } });
    expect(text).toBe(
      ["paths:", "  /tasks.get_all:", "    post:", "      description: |-", "        Line one", "        Line two", "      tags:", "        - tasks", ""].join("\n"),
    );
  });

  it("reads back arbitrary JSON data (property)", () => {
    const unicodeText = anyCodePointString({ maxLength: 20 });
    const lines = fc.array(fc.oneof(unicodeText, fc.constantFrom("", " ", "  x", "- a", "#", "a: b")), { maxLength: 4 }).map((ls) => ls.join("\n"));
    const value = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: "small" },
        fc.oneof(unicodeText, lines, fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer(), fc.boolean(), fc.constant(null)),
        fc.array(tie("node"), { maxLength: 4 }),
        fc.dictionary(fc.oneof(unicodeText, lines), tie("node"), { maxKeys: 4 }),
      ),
    })).node as fc.Arbitrary<JsonValue>;
    fc.assert(
      fc.property(value, (v) => {
        expect(readBack(renderYaml(v))).toEqual(asJson(v));
      }),
      { numRuns: propertyRuns(500) },
    );
  });
});
