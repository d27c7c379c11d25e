// The escaping functions of the docs site, each for its context.
import { describe, expect, it } from "vitest";
import { htmlText, jsonForScript, markdownText } from "../../generator/docs/escape.js";

const HOSTILE = `</script><script>globalThis.__pwned = 1</script><!-- & \u2028\u2029 "quoted" 'single'`;

describe("docs escaping", () => {
  it("jsonForScript: no character that could end the script element or a JavaScript string, same value back", () => {
    const text = jsonForScript({ description: HOSTILE, [HOSTILE]: [HOSTILE] });
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(text)).toEqual({ description: HOSTILE, [HOSTILE]: [HOSTILE] });
    expect(new Function(`return ${text};`)()).toEqual({ description: HOSTILE, [HOSTILE]: [HOSTILE] });
  });

  it("htmlText: no tag, entity or attribute quote survives", () => {
    expect(htmlText(HOSTILE)).not.toMatch(/[<>"']|&(?!amp;|lt;|gt;|quot;|#39;)/);
    expect(htmlText(`a "b" <c> & 'd'`)).toBe("a &quot;b&quot; &lt;c&gt; &amp; &#39;d&#39;");
  });

  it("markdownText: no HTML, link, image, emphasis or code span can start; line breaks stay", () => {
    const text = markdownText(`${HOSTILE}\n    ![x](http://evil.example/a.png) [y](javascript:alert(1)) *em* \`code\` <http://evil.example>`);
    expect(text).not.toContain("<");
    expect(text).not.toMatch(/(?<!\\)[!\[\]()*`]/);
    expect(text).toContain("&lt;\\/script&gt;");
    expect(text.split("  \n")).toHaveLength(2);
    // Four leading spaces would start a code block.
    expect(text.split("  \n")[1].startsWith("\\!")).toBe(true);
  });
});
