// Error pages reduced to words: the same words as before for ordinary pages, and bounded
// work for hostile ones (a proxy page full of unclosed tags must not block the event loop).
import { describe, expect, it } from "vitest";
import type { EndpointInfo } from "./endpoint.js";
import { HTML_TEXT_LIMIT, pageText } from "./html-text.js";
import { apiErrorFromResponse } from "./response-errors.js";

const endpoint: EndpointInfo = { name: "tasks.get_all", version: "2.13", authorize: true };

describe("pageText", () => {
  it("keeps the words of an HTML page, without tags, scripts and styles", () => {
    const page =
      "<html><head><title>502 Bad Gateway</title><style>h1 { color: red }</style>" +
      "<SCRIPT>var x = '<b>not shown</b>';</SCRIPT></head>\n<body><h1>Bad   Gateway</h1><p>nginx</p></body></html>";
    expect(pageText(page, "text/html")).toBe("502 Bad Gateway Bad Gateway nginx");
  });

  it("keeps the text after an unclosed script, a stray '<' and plain text as they are", () => {
    expect(pageText("<p>a</p><script>b <i>c</i>", "text/html")).toBe("a b c");
    expect(pageText("<p>1 < 2</p> and 3 <4", "text/html")).toBe("1 and 3 <4");
    expect(pageText("  upstream\n timed out <b> ", "text/plain")).toBe("upstream timed out <b>");
  });

  it("reads only the first HTML_TEXT_LIMIT characters", () => {
    const filler = "word ".repeat(HTML_TEXT_LIMIT / 4).slice(0, HTML_TEXT_LIMIT);
    expect(pageText(`${filler} MARKER`, "text/plain")).not.toContain("MARKER");
    expect(pageText(`<p>${filler}</p> MARKER`, "text/html")).not.toContain("MARKER");
    const hostile = "<script><style><a ".repeat(HTML_TEXT_LIMIT);
    expect(pageText(hostile, "text/html")).toBe(pageText(hostile.slice(0, HTML_TEXT_LIMIT), "text/html"));
  });
});

describe("hostile error pages", () => {
  // Before the cut and the single pass, each of these took far longer than a test's
  // time limit (a regex scanned to the end of the page for every unclosed tag).
  it.each([
    ["unclosed <script> tags", "<script>"],
    ["unclosed <style> tags", "<style>x"],
    ["tags that never end", "<a"],
    ["a script per page-full of '<'", "<script><"],
  ])("a 1 MB 502 page of %s becomes a short error text", (_name, unit) => {
    const page = unit.repeat(Math.ceil(1_048_576 / unit.length));
    const error = apiErrorFromResponse(endpoint, { status: 502, contentType: "text/html", text: page }, {});
    expect(error.status).toBe(502);
    expect(error.resultMsg.length).toBeLessThan(300);
  });
});
