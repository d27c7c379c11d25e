import fc from "fast-check";
import { propertyRuns } from "../support/property-runs.js";
import { describe, expect, it } from "vitest";
import { normalizeDescription } from "../../generator/schema/index.js";

describe("normalizeDescription, non-strict whitespace (no blank line)", () => {
  it("turns every run of whitespace into one space and trims", () => {
    expect(normalizeDescription("  Get   all\n\t\ttasks\n    of a project  ")).toBe("Get all tasks of a project");
  });
  it("handles a triple-quoted text with its leading newline and indentation", () => {
    expect(normalizeDescription("\n        Updates a batch of tasks.\n        Headers\n")).toBe("Updates a batch of tasks. Headers");
  });
  it("leaves single-line text alone apart from trimming", () => {
    expect(normalizeDescription("Task ID")).toBe("Task ID");
    expect(normalizeDescription("")).toBe("");
  });
});

describe("normalizeDescription, strict whitespace (contains a blank line)", () => {
  it("joins the lines of a paragraph with one space and paragraphs with one newline", () => {
    expect(normalizeDescription("First line\n    continues here.\n\nSecond paragraph\n  also wrapped.")).toBe(
      "First line continues here.\nSecond paragraph also wrapped.",
    );
  });
  it("keeps each paragraph's own leading indentation", () => {
    expect(normalizeDescription("Options:\n\n  - one\n\n    - nested\nstill nested")).toBe("Options:\n  - one\n    - nested still nested");
  });
  it("removes leading and trailing blank lines and trailing spaces", () => {
    expect(normalizeDescription("\n\n  \nText here   \n\nMore   \n \n\n")).toBe("Text here\nMore");
  });
  it("treats a line of only spaces or tabs as blank, and CRLF like LF", () => {
    expect(normalizeDescription("a\r\n \t \r\nb\r\nc")).toBe("a\nb c");
  });
  it("collapses several blank lines between paragraphs into one newline", () => {
    expect(normalizeDescription("a\n\n\n\nb")).toBe("a\nb");
  });
});

describe("normalizeDescription's fast path and the per-load memo", () => {
  // The rules written out plainly, without the shortcut for already-normal text.
  function byTheRules(text: string): string {
    const unified = text.replace(/\r\n?/g, "\n");
    if (!/\n[ \t]*\r?\n/.test(unified)) return unified.replace(/\s+/g, " ").trim();
    const paragraphs: string[][] = [[]];
    for (const raw of unified.split("\n")) {
      const line = raw.replace(/\s+$/, "");
      const current = paragraphs[paragraphs.length - 1];
      if (line === "") {
        if (current.length > 0) paragraphs.push([]);
      } else current.push(current.length === 0 ? line : line.trimStart());
    }
    return paragraphs.filter((p) => p.length > 0).map((p) => p.join(" ")).join("\n");
  }
  const text = fc.string({ unit: fc.constantFrom("a", "b", " ", "  ", "\n", "\r", "\t", "\u00a0", "\u2003", "\n\n"), maxLength: 40 });

  it("gives what the rules give, for text of words and every kind of whitespace", () => {
    fc.assert(fc.property(text, (t) => {
        expect(normalizeDescription(t)).toBe(byTheRules(t));
      }), { numRuns: propertyRuns(2000) });
  });
});
