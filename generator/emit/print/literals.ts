// Literal text as prettier writes it: string quotes, property keys, numbers, comments.
// Every piece of schema text reaches generated code through one of these, one per context,
// so no text can end the literal, key or comment it is written in.

/** A string literal the way prettier writes it: double quotes unless that needs more escapes. */
export function quote(value: string): string {
  if (PLAIN_STRING.test(value)) return `"${value}"`;
  const q = (value.match(/"/g) ?? []).length > (value.match(/'/g) ?? []).length ? "'" : '"';
  let out = q;
  for (const ch of value) {
    const cp = ch.codePointAt(0)!;
    if (ch === "\\") out += "\\\\";
    else if (ch === q) out += "\\" + q;
    else if (cp < 0x20 || cp === 0x7f || cp === 0x2028 || cp === 0x2029 || (cp >= 0xd800 && cp <= 0xdfff))
      // A lone surrogate too: written raw, the UTF-8 file would hold U+FFFD instead.
      out += escapeChar(ch);
    else out += ch;
  }
  return out + q;
}

/** Needs no escape and no choice of quotes (surrogates, paired or not, take the careful path). */
const PLAIN_STRING = /^[^"'\\\x00-\x1f\x7f\u2028\u2029\ud800-\udfff]*$/;

const ASCII_IDENTIFIER = /^[A-Za-z$_][\w$]*$/;

/**
 * ECMAScript's IdentifierName, limited to U+00AA-U+052F (assigned long ago): beyond, the
 * answer depends on the reader's Unicode version, so such keys are quoted.
 */
const IDENTIFIER = /^[\p{ID_Start}$_][\p{ID_Continue}$\u200c\u200d]*$/u;
const STABLE_NON_ASCII = /^[\x00-\x7f\u00aa-\u052f\u200c\u200d]*$/;

/** A property name in a type: bare when it is an identifier. */
export function propertyKey(name: string): string {
  return ASCII_IDENTIFIER.test(name) || (STABLE_NON_ASCII.test(name) && IDENTIFIER.test(name)) ? name : quote(name);
}

/** A method name in a type: `new(...)` would be a construct signature. */
export const methodKey = (name: string): string => (name === "new" ? quote(name) : propertyKey(name));

/** A property name in an object literal: `__proto__: x` would set the prototype; a computed key makes an own property. */
export const objectKey = (name: string): string => (name === "__proto__" ? `[${quote(name)}]` : propertyKey(name));

/** A number literal as prettier prints it (`1e21`, not `1e+21`); there is none for Infinity or NaN. */
export function numberText(n: number | bigint): string {
  if (typeof n === "number" && !Number.isFinite(n)) throw new Error(`${n} has no number literal: only finite numbers reach the printer`);
  return String(n).replace(/e\+/, "e").toLowerCase();
}

/** The text of a `//` comment: line terminators (which would end it) and other controls written as escapes. */
export const lineCommentText = (text: string): string => text.replace(/[\x00-\x1f\x7f\u2028\u2029]/g, escapeChar);

/** The escape of one control character (or lone surrogate), in a string literal or a comment alike. */
function escapeChar(c: string): string {
  return c === "\n" ? "\\n" : c === "\r" ? "\\r" : c === "\t" ? "\\t" : "\\u" + c.charCodeAt(0).toString(16).padStart(4, "0");
}

/**
 * The lines of a JSDoc block: split at every line terminator, `*\/` inside the text
 * escaped, tabs expanded, other controls written as escapes, trailing spaces and
 * leading/trailing empty lines dropped. Empty: no block at all.
 */
export function jsDocLines(lines: readonly string[]): string[] {
  const clean: string[] = [];
  for (const line of lines) {
    // Most lines need no cleaning: test once instead of running every replacement.
    if (!NEEDS_CLEANING.test(line)) clean.push(line);
    else for (const l of line.split(LINE_TERMINATOR)) clean.push(lineCommentText(l.replace(/\*\//g, "*\\/").replace(/\t/g, "  ")).trimEnd());
  }
  while (clean.length > 0 && clean[clean.length - 1] === "") clean.pop();
  while (clean.length > 0 && clean[0] === "") clean.shift();
  if (clean.length <= 1) return clean.length === 0 ? clean : [`/** ${clean[0]} */`];
  const block = ["/**"];
  for (const l of clean) block.push(l ? ` * ${l}` : " *");
  block.push(" */");
  return block;
}

const NEEDS_CLEANING = /[\x00-\x1f\x7f\u2028\u2029]|\*\/|\s$/;
const LINE_TERMINATOR = /\r\n?|[\n\u2028\u2029]/;
