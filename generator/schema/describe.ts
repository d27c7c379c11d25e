// Description text as the ClearML services README defines it. Authors wrap descriptions
// freely, so layout whitespace is not content, except in texts that opt in to
// paragraphs by containing a blank line ("strict whitespace").

const BLANK_LINE = /\n[ \t]*\r?\n/;
// Whitespace other than single spaces between words: without it, a text is already normal.
const LAYOUT = /[^\S ]| {2}|^ | $/;

/** Normalizes a service, endpoint-version or schema description. */
export function normalizeDescription(text: string): string {
  if (!LAYOUT.test(text)) return text;
  const unified = text.replace(/\r\n?/g, "\n");
  return BLANK_LINE.test(unified) ? strictWhitespace(unified) : unified.replace(/\s+/g, " ").trim();
}

/**
 * Paragraphs are separated by blank lines; inside one, a line break plus the next line's
 * indentation is a single space. Paragraphs are joined with one newline and keep their
 * own first-line indentation.
 */
function strictWhitespace(text: string): string {
  const paragraphs: string[] = [];
  let current: string[] = [];
  const flush = (): void => {
    if (current.length > 0) paragraphs.push(current.join(" "));
    current = [];
  };
  for (const rawLine of text.split("\n")) {
    const line = rawLine.replace(/\s+$/, "");
    if (line === "") flush();
    else current.push(current.length === 0 ? line : line.trimStart());
  }
  flush();
  return paragraphs.join("\n");
}
