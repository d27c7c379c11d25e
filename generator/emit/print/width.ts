// Display width as prettier's getStringWidth counts it: wide East Asian characters take 2,
// combining marks 0.

/** prettier's default printWidth. */
export const WIDTH = 80;

export function stringWidth(text: string): number {
  // Most texts are short tokens, checked faster in a loop; long ones by the regular expression, in native code.
  if (text.length > 12) return NON_ASCII.test(text) ? unicodeWidth(text) : text.length;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return unicodeWidth(text);
  return text.length;
}

const NON_ASCII = /[^\x00-\x7f]/;

function unicodeWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp >= 0x300 && cp <= 0x36f) continue;
    width += isWide(cp) ? 2 : 1;
  }
  return width;
}

function isWide(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x1f300 && cp <= 0x1faff) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  );
}
