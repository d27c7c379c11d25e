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
