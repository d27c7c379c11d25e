// Escaping for each context the docs site puts schema text in: JSON inside an inline
// <script>, text inside HTML, and descriptions the renderer reads as Markdown. A schema
// is hostile input: none of these may let it add markup, script or a fetched URL.

/** JSON that is also safe inside `<script>…</script>`: no `<`, `>` or `&` (so no `</script>` or `<!--`), no line separators JavaScript would reject. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

const HTML_ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Text for an HTML element's content or a quoted attribute value. */
export function htmlText(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ENTITIES[c]);
}

/**
 * Plain text as Markdown that renders as that same text: every ASCII punctuation mark is
 * backslash-escaped (no HTML, link, image, emphasis or code span can start), `<`, `>`
 * and `&` become entities, and each line break stays a line break (not a paragraph
 * joined into one line). Leading spaces are dropped: four of them would start a code block.
 */
export function markdownText(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line) => line.trimStart().replace(/[!-/:-@[-`{-~]/g, (c) => (c === "<" ? "&lt;" : c === ">" ? "&gt;" : c === "&" ? "&amp;" : `\\${c}`)))
    .join("  \n");
}
