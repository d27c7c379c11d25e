// The words of an error page (a proxy's 502, a server's 500), for an error's short text.
// Pages come from anyone on the path, so the work is bounded: only a prefix is read, in
// one forward pass (a regex over unclosed tags rescans the rest of the page per tag).

/** More than any error text shows, even after tags and scripts are dropped. */
export const HTML_TEXT_LIMIT: number = 65_536;

/** `text` (HTML or not) reduced to its words, whitespace collapsed; reads at most HTML_TEXT_LIMIT characters. */
export function pageText(text: string, contentType: string | null): string {
  const head = text.length > HTML_TEXT_LIMIT ? text.slice(0, HTML_TEXT_LIMIT) : text;
  const html = /html/i.test(contentType ?? "") || /^\s*</.test(head);
  return (html ? htmlWords(head) : head).replace(/\s+/g, " ").trim();
}

/**
 * Tags become spaces; a `<script>` or `<style>` element goes whole, up to its closing tag.
 * Every search starts where the last one ended, and a closing tag not found is never
 * looked for again, so each character is examined a bounded number of times.
 */
function htmlWords(html: string): string {
  const out: string[] = [];
  const unclosed = new Set<string>();
  const openTag = /<(script|style)\b/iy;
  let at = 0;
  while (at < html.length) {
    const lt = html.indexOf("<", at);
    if (lt < 0) break;
    out.push(html.slice(at, lt), " ");
    openTag.lastIndex = lt;
    const element = openTag.exec(html)?.[1].toLowerCase();
    if (element !== undefined && !unclosed.has(element)) {
      const close = new RegExp(`</${element}>`, "gi");
      close.lastIndex = lt;
      if (close.exec(html)) {
        at = close.lastIndex;
        continue;
      }
      unclosed.add(element);
    }
    const gt = html.indexOf(">", lt);
    // No tag closes after here: what is left is text.
    if (gt < 0) {
      at = lt;
      break;
    }
    at = gt + 1;
  }
  out.push(html.slice(at));
  return out.join("");
}
