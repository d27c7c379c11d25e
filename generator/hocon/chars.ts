// Character classes of HOCON, as lookup tables over char codes so the lexer never runs a
// regex per character.

export const NEWLINE = 10;

const FORBIDDEN_IN_UNQUOTED = '$"{}[]:=,+#`^?!@*&\\';

/** Whitespace other than `\n`, which is a token of its own. Includes Unicode Zs/Zl/Zp and the BOM. */
export function isSpace(c: number): boolean {
  if (c < 128) return c === 32 || c === 9 || c === 13 || c === 11 || c === 12 || (c >= 0x1c && c <= 0x1f);
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** ASCII characters allowed in unquoted text (1), as a table: the lexer's innermost loops read it directly. */
export const unquotedAscii: Uint8Array = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  unquotedAscii[c] = FORBIDDEN_IN_UNQUOTED.includes(String.fromCharCode(c)) || c === NEWLINE || isSpace(c) ? 0 : 1;
}

/** Characters that may appear in an unquoted string (the `//` comment start is checked by the caller). */
export function isUnquotedChar(c: number): boolean {
  return c < 128 ? unquotedAscii[c] === 1 : !isSpace(c);
}

export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

export function isHexDigit(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
}

/** True for a character that may be part of a number token: digits and `eE+-.`. */
export function isNumberChar(c: number): boolean {
  return (c >= 48 && c <= 57) || c === 46 || c === 45 || c === 43 || c === 101 || c === 69;
}

// JSON numbers, plus leading zeros and `-.5` as pyhocon accepts them.
const NUMBER = /^-?(?:\d+(?:\.\d+)?|\.\d+)(?:[eE][+-]?\d+)?$/;

export function isValidNumber(raw: string): boolean {
  return NUMBER.test(raw);
}
