// The printer's output: text pieces and the current column. One statement is
// printed at a time (printing is not re-entrant), so one module-level buffer serves all.
/** prettier's default printWidth. */
export const WIDTH = 80;

export const out = {
  pieces: [] as string[],
  /** Display width printed on the current line. */
  col: 0,
};

export function text(s: string): void {
  out.pieces.push(s);
  out.col += stringWidth(s);
}

/** A line break at indentation `ind`; trailing spaces of the line before are trimmed (as prettier's trim). */
export function newline(ind: string): void {
  const pieces = out.pieces;
  let last = pieces.length - 1;
  while (last >= 0) {
    const p = pieces[last];
    const end = p.charCodeAt(p.length - 1);
    if (end !== 32 && end !== 9) break;
    const trimmed = p.replace(/[ \t]+$/, "");
    if (trimmed.length > 0) {
      pieces[last] = trimmed;
      break;
    }
    pieces.pop();
    last--;
  }
  pieces.push(ind.length === 0 ? "\n" : "\n" + ind);
  out.col = ind.length;
}

/** Room left on the current line once `rest` columns that must follow are reserved. */
export function room(rest: number): number {
  return WIDTH - out.col - rest;
}

/** Starts a statement at column 0. */
export function begin(): void {
  out.pieces = [];
  out.col = 0;
}

export function finish(): string {
  const text = out.pieces.join("");
  out.pieces = [];
  return text;
}

/** Lines at indentation `ind` (a JSDoc block), then a line break; nothing for no lines. */
export function textLinesThenBreak(lines: readonly string[], ind: string): void {
  if (lines.length === 0) return;
  // No width to keep: a line break follows every line.
  for (let i = 0; i < lines.length; i++) {
    if (i > 0) newline(ind);
    if (lines[i]) out.pieces.push(lines[i]);
  }
  newline(ind);
}

/**
 * The end of a measure: what follows up to the next possible line break, taken flat.
 * `head.stop` says whether a line break was reached (else what follows it still counts).
 */
export const head = { stop: false };

/** Display width as prettier's getStringWidth counts it: wide East Asian characters take 2, combining marks 0. */
export function stringWidth(text: string): number {
  // The regular expression scans in native code: cheaper than a loop run by the interpreter.
  return NON_ASCII.test(text) ? unicodeWidth(text) : text.length;
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

/**
 * A broken bracketed list: `open`, each item on a line of its own one level deeper than
 * `ind` and followed by `separator`, then `close` on a line of its own at `ind`.
 */
export function printLines<T>(open: string, items: readonly T[], separator: string, close: string, ind: string, printItem: (item: T, inner: string) => void): void {
  const inner = ind + "  ";
  text(open);
  for (let i = 0; i < items.length; i++) {
    newline(inner);
    printItem(items[i], inner);
    text(separator);
  }
  newline(ind);
  text(close);
}

/** An item of `printLines` that is a line of text. */
export function printText(line: string): void {
  text(line);
}
