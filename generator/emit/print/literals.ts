// Literal text as prettier writes it: string quotes, property keys, numbers, JSDoc lines.

/** A string literal the way prettier writes it: double quotes unless that needs more escapes. */
export function quote(value: string): string {
  if (PLAIN_STRING.test(value)) return `"${value}"`;
  const doubles = (value.match(/"/g) ?? []).length;
  const singles = (value.match(/'/g) ?? []).length;
  const q = doubles > singles ? "'" : '"';
  let out = q;
  for (const ch of value) {
    const cp = ch.codePointAt(0)!;
    if (ch === "\\") out += "\\\\";
    else if (ch === q) out += "\\" + q;
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (ch === "\t") out += "\\t";
    else if (cp < 0x20 || cp === 0x7f || cp === 0x2028 || cp === 0x2029)
      out += "\\u" + cp.toString(16).padStart(4, "0");
    else out += ch;
  }
  return out + q;
}

/** Needs no escape and no choice of quotes. */
const PLAIN_STRING = /^[^"'\\\x00-\x1f\x7f\u2028\u2029]*$/;

const IDENTIFIER = /^[\p{L}$_][\p{L}\p{N}\p{Mn}\p{Mc}\p{Pc}$_]*$/u;

const ASCII_IDENTIFIER = /^[A-Za-z$_][\w$]*$/;

/** A property name as written in an object or type: bare when it is an identifier. */
export function propertyKey(name: string): string {
  return ASCII_IDENTIFIER.test(name) || IDENTIFIER.test(name) ? name : quote(name);
}

/** A number literal as prettier prints it (`1e21`, not `1e+21`). */
export function numberText(n: number | bigint): string {
  return String(n).replace(/e\+/, "e").toLowerCase();
}

/**
 * The lines of a JSDoc block: `*\/` inside the text escaped, tabs expanded, trailing
 * spaces and leading/trailing empty lines dropped. Empty: no block at all.
 */
export function jsDocLines(lines: readonly string[]): string[] {
  const clean: string[] = [];
  for (const line of lines) {
    // Most lines need no cleaning: test once instead of running every replacement.
    if (!NEEDS_CLEANING.test(line)) {
      clean.push(line);
      continue;
    }
    for (const l of line.replace(/\r\n?/g, "\n").split("\n")) clean.push(l.replace(/\*\//g, "*\\/").replace(/\t/g, "  ").trimEnd());
  }
  while (clean.length > 0 && clean[clean.length - 1] === "") clean.pop();
  while (clean.length > 0 && clean[0] === "") clean.shift();
  if (clean.length <= 1) return clean.length === 0 ? clean : [`/** ${clean[0]} */`];
  const block = ["/**"];
  for (const l of clean) block.push(l ? ` * ${l}` : " *");
  block.push(" */");
  return block;
}

const NEEDS_CLEANING = /[\r\n\t]|\*\/|\s$/;
