// A small YAML 1.2 writer for JSON data: block style, 2-space indent, key order kept.
// Strings are plain when they cannot be read as anything else, literal blocks (`|`) when
// multi-line and safe to write that way, and JSON-style double-quoted otherwise (JSON
// escapes are valid YAML escapes). Written by hand because it is deterministic by
// construction and much faster than a general YAML library on large documents
// (BENCHMARKS.md, openapi).
import type { JsonValue } from "./types.js";

export function renderYaml(value: JsonValue): string {
  const writer = new YamlWriter();
  if (isBlockCollection(value)) writer.block(value, "");
  else writer.out.push(writer.scalar(value, "  "));
  return writer.out.join("\n") + "\n";
}

/** One member of a mapping whose members are written at `pad`: its lines, as renderYaml writes them there. */
export function renderYamlMember(key: string, value: JsonValue, pad: string): string {
  const writer = new YamlWriter();
  writer.entry(`${pad}${yamlKey(key)}:`, value, pad + "  ", false);
  return writer.out.join("\n");
}

type Collection = JsonValue[] | { [key: string]: JsonValue };

function isBlockCollection(value: JsonValue): value is Collection {
  if (value === null || typeof value !== "object") return false;
  if (Array.isArray(value)) return value.length > 0;
  for (const _ in value) return true;
  return false;
}

class YamlWriter {
  readonly out: string[] = [];
  /** Writes a non-empty mapping or sequence, each line starting with `pad`. */
  block(value: Collection, pad: string): void {
    const childPad = pad + "  ";
    if (Array.isArray(value)) {
      for (const item of value) this.entry(`${pad}-`, item, childPad, true);
    } else {
      for (const key in value) this.entry(`${pad}${yamlKey(key)}:`, value[key], childPad, false);
    }
  }

  /**
   * One mapping entry or sequence item: `head` is `key:` or `-`; nested content is indented
   * with `childPad`. A sequence item's first nested line shares the `- ` line.
   */
  entry(head: string, value: JsonValue, childPad: string, isItem: boolean): void {
    const out = this.out;
    if (!isBlockCollection(value)) {
      out.push(head + " " + this.scalar(value, childPad));
      return;
    }
    if (!isItem) {
      out.push(head);
      this.block(value, childPad);
      return;
    }
    const first = out.length;
    this.block(value, childPad);
    out[first] = `${head} ${out[first].slice(childPad.length)}`;
  }

  /** A value that is not a non-empty collection; a literal block's lines are indented with `childPad`. */
  scalar(value: JsonValue, childPad: string): string {
    if (value === null) return "null";
    if (typeof value === "string") return this.#string(value, childPad);
    if (typeof value === "boolean" || typeof value === "number") return JSON.stringify(value);
    // An integer beyond 2^53, with all its digits.
    if (typeof value === "bigint") return value.toString();
    return Array.isArray(value) ? "[]" : "{}";
  }

  #string(s: string, childPad: string): string {
    if (isPlain(s)) return s;
    if (isLiteralSafe(s)) return literalBlock(s, childPad);
    return doubleQuoted(s);
  }
}

// Plain scalars we allow: start with a letter, `_`, `/` or `$` (never an indicator, and
// so never a number), hold only printable non-tab characters, no `: ` or ` #` (which would
// end the scalar), and no trailing space or colon. We never write flow collections, so
// `,[]{}` inside are fine. Then only the reserved words below could read as non-strings.
const PLAIN_START = /^[A-Za-z_/$]/;
const PLAIN_BREAKERS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff\ud800-\udfff]|: | #|[ :]$/;
// YAML 1.2 core-schema words, plus YAML 1.1 booleans that older readers still apply.
const RESERVED = /^(?:true|false|null|yes|no|on|off|y|n)$/i;
// Characters YAML does not allow raw (outside c-printable), and line separators that
// (NEL, LS, PS) that YAML 1.1 readers treat as breaks: escaped inside double quotes.
const NOT_PRINTABLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
// Literal blocks must not hold characters that need escapes, nor tabs or carriage returns.
const NOT_LITERAL_SAFE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

function yamlKey(key: string): string {
  return isPlain(key) ? key : doubleQuoted(key);
}

/** `|` or `|-` and the text's lines at `childPad` (blank lines stay empty). */
function literalBlock(s: string, childPad: string): string {
  const chomp = s.endsWith("\n") ? "" : "-";
  const body = s.endsWith("\n") ? s.slice(0, -1) : s;
  return `|${chomp}\n` + body.split("\n").map((line) => (line === "" ? "" : childPad + line)).join("\n");
}

function isPlain(s: string): boolean {
  // Surrogates (paired or not) go quoted: rare in API text, and it keeps the check simple.
  return PLAIN_START.test(s) && !PLAIN_BREAKERS.test(s) && !RESERVED.test(s);
}

/**
 * Multi-line text whose indentation YAML can detect (first line not starting with a
 * space), no whitespace-only lines (they would be read as indentation), and at most one
 * trailing newline (so `|` or `|-` keeps it exactly).
 */
function isLiteralSafe(s: string): boolean {
  if (!s.includes("\n") || NOT_LITERAL_SAFE.test(s)) return false;
  if (s.startsWith(" ") || s.startsWith("\n") || s.endsWith("\n\n")) return false;
  return !/(?:^|\n) +(?:\n|$)/.test(s);
}

function doubleQuoted(s: string): string {
  return JSON.stringify(s).replace(NOT_PRINTABLE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
