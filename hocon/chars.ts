// Character classes of HOCON: predicates and a lookup table for one character, and the same
// classes as sticky regular expressions for runs of characters.

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

// The same classes as sticky regular expressions, for runs: a regex scans in native code,
// while a loop over char codes runs in the interpreter for most of a short CLI run.
const SPACE_CLASS = "\\t\\v\\f\\r \\x1c-\\x1f\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff";
/** A sticky regex whose source is built inside a call marked pure, so a bundle that never lexes drops it. */
function sticky(source: () => string): RegExp {
  return new RegExp(source(), "y");
}
/** A run of whitespace other than `\n` (isSpace). */
export const SPACE_RUN: RegExp = /* @__PURE__ */ sticky(() => `[${SPACE_CLASS}]*`);
/** FORBIDDEN_IN_UNQUOTED inside a regex character class: `\`, `]`, `[` and `^` escaped. */
const forbiddenClass = (chars: string): string => chars.replace(/[\\\]\[^]/g, "\\$&");
/** A run of unquoted text (isUnquotedChar, and `/` only when not starting `//`). */
export const UNQUOTED_RUN: RegExp = /* @__PURE__ */ sticky(() => `(?:[^${SPACE_CLASS}\\n${forbiddenClass(FORBIDDEN_IN_UNQUOTED)}/]|/(?!/))*`);

/**
 * A run of unquoted text in a value as pyhocon reads it: `:` is text there, and so is `//`
 * after the first character (a comment starts only where a token could).
 */
export const PYHOCON_VALUE_RUN: RegExp = /* @__PURE__ */ sticky(() => `[^${SPACE_CLASS}\\n${forbiddenClass(FORBIDDEN_IN_UNQUOTED.replace(":", ""))}]*`);

/** A run of a quoted string's characters up to its closing quote, an escape or a (forbidden) newline. */
export const QUOTED_PLAIN_RUN: RegExp = /[^"\\\n]*/y;

/** ASCII characters allowed in unquoted text (1), as a table: the lexer reads it for each token's first character. */
export const unquotedAscii: Uint8Array = /* @__PURE__ */ unquotedAsciiTable();

function unquotedAsciiTable(): Uint8Array {
  const table = new Uint8Array(128);
  for (let c = 0; c < 128; c++) {
    table[c] = FORBIDDEN_IN_UNQUOTED.includes(String.fromCharCode(c)) || c === NEWLINE || isSpace(c) ? 0 : 1;
  }
  return table;
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

// pyhocon's number pattern: a sign (`+` too), digits after a dot required (`.5` and
// `-.5` are numbers, `10.` is text), leading zeros allowed.
const PYHOCON_NUMBER = /^[+-]?(?:\d*\.\d+|\d+(?:\.\d+)?)(?:[eE][+-]?\d+)?$/;
// The spec's numbers start with `-` or a digit (so `.5` is text) and read as the reference
// implementation (lightbend/config) reads them: what Java's number parsing accepts, so
// `10.` is the number 10 and leading zeros are allowed.
const SPEC_NUMBER = /^-?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

export function isValidNumber(raw: string, pyhocon: boolean): boolean {
  return (pyhocon ? PYHOCON_NUMBER : SPEC_NUMBER).test(raw);
}
