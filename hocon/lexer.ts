// A hand-written scanner over char codes. Pull-based: the parser asks for one token at
// a time, so include directives can be scanned with their own small grammar.
//
// The current token lives in the lexer's fields (a cursor), not in an object per token:
// most tokens are blanks, newlines and punctuation the parser only looks at once, and a
// short-lived CLI pays for every allocation in garbage collection.
import type { Location } from "./diagnostics.js";
import { HoconError } from "./errors.js";
import type { HoconErrorCode } from "./errors.js";
import { NEWLINE, PYHOCON_VALUE_RUN, QUOTED_PLAIN_RUN, SPACE_RUN, UNQUOTED_RUN, isHexDigit, isNumberChar, isSpace, isUnquotedChar, isValidNumber, isDigit, unquotedAscii } from "./chars.js";
import { buildPath } from "./path-expr.js";
import type { PathPart, PathSegment } from "./path-expr.js";
import { Tok } from "./tokens.js";
import type { TokType } from "./tokens.js";

const QUOTE = 34;
const BACKSLASH = 92;
const SLASH = 47;
const DOT = 46;

export class Lexer {
  private pos = 0;
  private line = 1;
  private lineStart = 0;

  /** Kind of the current token. */
  type: TokType = Tok.Eof;
  /** Offset of the current token's first character. */
  start = 0;
  /** Offset just past the current token. */
  end = 0;
  tokLine = 1;
  tokColumn = 1;
  /**
   * Raw text of unquoted, number and substitution tokens; the decoded value of quoted
   * strings; "" for whitespace (its text, rarely needed, is `raw()`).
   */
  value = "";
  /** Substitution path (Subst only). */
  path: PathSegment[] | undefined = undefined;
  /** `${?...}` (Subst only). */
  optional = false;
  /**
   * The parser is reading a value and the dialect is pyhocon: unquoted text may hold `:`
   * and (after its first character) `//`, as pyhocon's value pattern allows.
   */
  valueText = false;

  constructor(
    readonly text: string,
    readonly file: string,
    /** pyhocon's reading of numbers and escapes (see chars.ts and quoted()), else the spec's. */
    private readonly pyhocon: boolean,
  ) {
    // A byte order mark is whitespace, but skipping it keeps column 1 where editors show it.
    if (text.charCodeAt(0) === 0xfeff) {
      this.pos = 1;
      this.lineStart = 1;
    }
  }

  /** The current token's text as written. */
  raw(): string {
    return this.text.slice(this.start, this.end);
  }

  /** Scans the next token into the cursor fields. */
  next(): void {
    const text = this.text;
    for (;;) {
      const start = this.pos;
      if (start >= text.length) {
        this.set(Tok.Eof, start, start, "");
        return;
      }
      const c = text.charCodeAt(start);
      // The most common token, a word (key or value), before the switch's run of compares:
      // ASCII unquoted text other than `/` (maybe a comment), `-`, `.` and digits (maybe a number).
      if (c < 128 && unquotedAscii[c] === 1 && c !== SLASH && c !== 45 && c !== DOT && (c < 48 || c > 57)) {
        this.unquoted(start);
        return;
      }
      switch (c) {
        case NEWLINE:
          this.set(Tok.Newline, start, start + 1, "\n");
          this.pos = start + 1;
          this.line++;
          this.lineStart = this.pos;
          return;
        case 35: // #
          this.skipComment();
          continue;
        case SLASH:
          if (text.charCodeAt(start + 1) === SLASH) {
            this.skipComment();
            continue;
          }
          this.unquoted(start);
          return;
        case 44:
          this.punct(Tok.Comma, start);
          return;
        case 58:
          if (this.valueText) return this.unquoted(start);
          this.punct(Tok.Colon, start);
          return;
        case 61:
          this.punct(Tok.Equals, start);
          return;
        case 123:
          this.punct(Tok.LBrace, start);
          return;
        case 125:
          this.punct(Tok.RBrace, start);
          return;
        case 91:
          this.punct(Tok.LBracket, start);
          return;
        case 93:
          this.punct(Tok.RBracket, start);
          return;
        case 43: // +
          if (text.charCodeAt(start + 1) === 61) {
            this.set(Tok.PlusEquals, start, start + 2, "+=");
            this.pos = start + 2;
            return;
          }
          // pyhocon reads `+5` as a number; the spec reserves `+`.
          if (this.pyhocon && this.startsNumber(start + 1)) return this.number(start);
          return this.reserved(start);
        case 36: // $
          if (text.charCodeAt(start + 1) === 123) {
            this.substitution(start);
            return;
          }
          return this.reserved(start);
        case QUOTE:
          this.quoted(start);
          return;
        default:
          if (isSpace(c)) {
            const end = this.skipSpaces(start + 1);
            this.set(Tok.Space, start, end, "");
            this.pos = end;
            return;
          }
          if (isDigit(c) || c === 45 || (c === DOT && this.pyhocon && isDigit(text.charCodeAt(start + 1)))) {
            this.number(start);
            return;
          }
          if (isUnquotedChar(c)) {
            this.unquoted(start);
            return;
          }
          return this.reserved(start);
      }
    }
  }

  /**
   * Moves past whitespace, newlines and comments without making tokens of them (the
   * parser's blank runs between members). True when a newline was crossed.
   */
  skipBlank(): boolean {
    const text = this.text;
    const n = text.length;
    let newline = false;
    let i = this.pos;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === NEWLINE) {
        i++;
        newline = true;
        this.line++;
        this.lineStart = i;
      } else if (c === 32 || isSpace(c)) {
        i = this.skipSpaces(i + 1);
      } else if (c === 35 || (c === SLASH && text.charCodeAt(i + 1) === SLASH)) {
        const nl = text.indexOf("\n", i);
        i = nl < 0 ? n : nl;
      } else {
        break;
      }
    }
    this.pos = i;
    return newline;
  }

  /** Location of an offset on the current line. */
  locAt(offset: number): Location {
    return { file: this.file, line: this.line, column: offset - this.lineStart + 1 };
  }

  fail(code: HoconErrorCode, message: string, loc: { line: number; column: number }, hint?: string): never {
    throw new HoconError(code, message, { file: this.file, line: loc.line, column: loc.column }, this.text, hint);
  }

  /** Fails at the current token. */
  failHere(code: HoconErrorCode, message: string, hint?: string): never {
    throw new HoconError(code, message, { file: this.file, line: this.tokLine, column: this.tokColumn }, this.text, hint);
  }

  /**
   * After an unquoted `include`: scans `"f"`, `file("f")`, `url(...)`, `classpath(...)` or
   * `required(...)` around one of them, with any whitespace (newlines too) before it.
   * Anything else is an error, as the spec says: a key named include must be quoted.
   */
  scanInclude(): IncludeTarget {
    this.skipBlankLines();
    const i = this.pos;
    const loc = this.locAt(i);
    if (this.text.startsWith("required(", i)) {
      this.pos = this.skipSpaces(i + 9);
      const inner = this.includeResource();
      this.closeParen();
      return { kind: inner.kind, name: inner.name, required: true, loc };
    }
    const inner = this.includeResource();
    return { kind: inner.kind, name: inner.name, required: false, loc };
  }

  private skipBlankLines(): void {
    const text = this.text;
    for (let c = text.charCodeAt(this.pos); c === NEWLINE || isSpace(c); c = text.charCodeAt(this.pos)) {
      this.pos++;
      if (c === NEWLINE) {
        this.line++;
        this.lineStart = this.pos;
      }
    }
  }

  private includeResource(): { kind: IncludeKind; name: string } {
    const text = this.text;
    const i = this.pos;
    if (text.charCodeAt(i) === QUOTE) return { kind: "auto", name: this.includeName() };
    const kind = qualifierAt(text, i);
    if (kind === undefined || kind === "required") {
      this.fail("hocon/invalid-include", "expected a quoted file name, file(\"...\"), url(...) or classpath(...) after include", this.locAt(i),
        'to use include as a key, quote it: "include"');
    }
    this.pos = this.skipSpaces(i + kind.length + 1);
    const name = this.includeName();
    this.closeParen();
    return { kind, name };
  }

  private includeName(): string {
    const i = this.pos;
    const text = this.text;
    if (text.charCodeAt(i) !== QUOTE || (text.charCodeAt(i + 1) === QUOTE && text.charCodeAt(i + 2) === QUOTE)) {
      this.fail("hocon/invalid-include", "expected a single quoted file name in include", this.locAt(i));
    }
    this.quoted(i);
    return this.value;
  }

  private closeParen(): void {
    const i = this.skipSpaces(this.pos);
    if (this.text.charCodeAt(i) !== 41) this.fail("hocon/invalid-include", "expected ')' to close include", this.locAt(i));
    this.pos = i + 1;
  }

  private skipSpaces(i: number): number {
    SPACE_RUN.lastIndex = i;
    SPACE_RUN.test(this.text);
    return SPACE_RUN.lastIndex;
  }

  private set(type: TokType, start: number, end: number, value: string): void {
    this.type = type;
    this.start = start;
    this.end = end;
    this.tokLine = this.line;
    this.tokColumn = start - this.lineStart + 1;
    this.value = value;
  }

  private punct(type: TokType, start: number): void {
    this.set(type, start, start + 1, this.text[start]);
    this.pos = start + 1;
  }

  private skipComment(): void {
    const nl = this.text.indexOf("\n", this.pos);
    this.pos = nl < 0 ? this.text.length : nl;
  }

  private unquoted(start: number): void {
    const end = this.unquotedEnd(start);
    this.pos = end;
    this.set(Tok.Unquoted, start, end, this.text.slice(start, end));
  }

  /** `path`: inside `${...}`, where pyhocon's value text does not apply. */
  private unquotedEnd(i: number, path = false): number {
    const run = this.valueText && !path ? PYHOCON_VALUE_RUN : UNQUOTED_RUN;
    run.lastIndex = i;
    run.test(this.text);
    return run.lastIndex;
  }

  /** A digit, or a dot and a digit, at `i`. */
  private startsNumber(i: number): boolean {
    const c = this.text.charCodeAt(i);
    return isDigit(c) || (c === DOT && isDigit(this.text.charCodeAt(i + 1)));
  }

  private number(start: number): void {
    const text = this.text;
    let end = start + 1;
    while (end < text.length && isNumberChar(text.charCodeAt(end))) end++;
    const after = text.charCodeAt(end);
    // pyhocon's numbers end before `//` too, but never before `:` in a value.
    const continuesText = end < text.length && (isUnquotedChar(after) || (after === 58 && this.valueText)) && !(after === SLASH && text.charCodeAt(end + 1) === SLASH);
    if (continuesText) return this.notNumber(start);
    const raw = text.slice(start, end);
    // `10.0.0.1`, `1-2` or `1abc` are text, not a number followed by text.
    if (!isValidNumber(raw, this.pyhocon)) return this.notNumber(start);
    this.pos = end;
    this.set(Tok.Number, start, end, raw);
  }

  /** Text that started like a number: unquoted text, or an error at a `+` (never text). */
  private notNumber(start: number): void {
    if (this.text.charCodeAt(start) === 43) this.reserved(start);
    this.unquoted(start);
  }

  private reserved(start: number): never {
    const ch = String.fromCodePoint(this.text.codePointAt(start) ?? 0);
    return this.fail(
      "hocon/reserved-character",
      `reserved character '${ch}' is not allowed outside quotes`,
      this.locAt(start),
      "put the text in double quotes",
    );
  }

  /** A quoted string starting at `start`: the cursor gets its decoded value, at the opening quote. */
  private quoted(start: number): void {
    const text = this.text;
    if (text.charCodeAt(start + 1) === QUOTE && text.charCodeAt(start + 2) === QUOTE) return this.tripleQuoted(start);
    // A single-line string: the line cannot change while it is scanned.
    const column = start - this.lineStart + 1;
    let out = "";
    let from = start + 1;
    let i = from;
    for (;;) {
      // Up to the next quote, backslash or newline at once.
      QUOTED_PLAIN_RUN.lastIndex = i;
      QUOTED_PLAIN_RUN.test(text);
      i = QUOTED_PLAIN_RUN.lastIndex;
      if (i >= text.length) this.unterminated(column);
      const c = text.charCodeAt(i);
      if (c === QUOTE) break;
      if (c === NEWLINE) this.unterminated(column);
      out += text.slice(from, i);
      const e = text.charCodeAt(i + 1);
      if (i + 1 >= text.length || e === NEWLINE) this.unterminated(column);
      i += 2;
      if (this.pyhocon) {
        out += pyhoconEscape(e, text, i);
        from = i;
        continue;
      }
      switch (e) {
        case QUOTE: out += '"'; break;
        case BACKSLASH: out += "\\"; break;
        case SLASH: out += "/"; break;
        case 98: out += "\b"; break;
        case 102: out += "\f"; break;
        case 110: out += "\n"; break;
        case 114: out += "\r"; break;
        case 116: out += "\t"; break;
        case 117: {
          for (let k = 0; k < 4; k++) {
            if (!isHexDigit(text.charCodeAt(i + k))) {
              this.fail("hocon/invalid-escape", "invalid \\u escape: expected four hex digits", this.locAt(i - 2));
            }
          }
          out += String.fromCharCode(parseInt(text.slice(i, i + 4), 16));
          i += 4;
          break;
        }
        default:
          this.fail("hocon/invalid-escape", `invalid escape '\\${String.fromCodePoint(text.codePointAt(i - 1) ?? 0)}' in a quoted string`, this.locAt(i - 2),
            "write \\\\ for a backslash; JSON escapes only: \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX");
      }
      from = i;
    }
    out = from === start + 1 ? text.slice(from, i) : out + text.slice(from, i);
    this.pos = i + 1;
    this.set(Tok.Quoted, start, i + 1, out);
  }

  private unterminated(column: number): never {
    return this.fail("hocon/unterminated-string", "unterminated string", { line: this.line, column }, "close the string with '\"' on the same line, or use \"\"\" for multi-line text");
  }

  private tripleQuoted(start: number): void {
    const text = this.text;
    const line = this.line;
    const column = start - this.lineStart + 1;
    const close = text.indexOf('"""', start + 3);
    if (close < 0) {
      this.fail("hocon/unterminated-string", "unterminated triple-quoted string", { line, column }, "close it with \"\"\"");
    }
    // Extra quotes before the closing three belong to the string.
    let end = close;
    while (text.charCodeAt(end + 3) === QUOTE) end++;
    const value = text.slice(start + 3, end);
    this.pos = end + 3;
    for (let nl = text.indexOf("\n", start); nl >= 0 && nl < end; nl = text.indexOf("\n", nl + 1)) {
      this.line++;
      this.lineStart = nl + 1;
    }
    this.setAt(Tok.Quoted, start, end + 3, line, column, value);
  }

  private setAt(type: TokType, start: number, end: number, line: number, column: number, value: string): void {
    this.type = type;
    this.start = start;
    this.end = end;
    this.tokLine = line;
    this.tokColumn = column;
    this.value = value;
  }

  private substitution(start: number): void {
    const text = this.text;
    const open = this.locAt(start);
    let i = start + 2;
    const optional = text.charCodeAt(i) === 63;
    if (optional) i++;
    const parts: PathPart[] = [];
    for (;;) {
      if (i >= text.length) this.unterminatedSubst(open);
      const c = text.charCodeAt(i);
      if (c === 125) {
        i++;
        break;
      }
      if (c === NEWLINE) this.unterminatedSubst(open);
      if (isSpace(c)) {
        const end = this.skipSpaces(i);
        parts.push({ quoted: false, text: text.slice(i, end), loc: this.locAt(i), space: true });
        i = end;
      } else if (c === QUOTE) {
        this.quoted(i);
        parts.push({ quoted: true, text: this.value, loc: { file: this.file, line: this.tokLine, column: this.tokColumn } });
        i = this.pos;
      } else if (isUnquotedChar(c)) {
        const end = this.unquotedEnd(i + 1, true);
        parts.push({ quoted: false, text: text.slice(i, end), loc: this.locAt(i) });
        i = end;
      } else {
        const ch = String.fromCodePoint(text.codePointAt(i) ?? 0);
        this.fail("hocon/invalid-substitution", `unexpected '${ch}' in substitution`, this.locAt(i), "quote path elements that contain special characters");
      }
    }
    while (parts.length > 0 && parts[0].space) parts.shift();
    while (parts.length > 0 && parts[parts.length - 1].space) parts.pop();
    if (parts.length === 0) this.fail("hocon/invalid-substitution", "empty substitution", open);
    const path = buildPath(parts);
    if (!Array.isArray(path)) {
      this.fail("hocon/invalid-substitution", "substitution path has an empty element", path.emptyAt, 'quote an empty key as ""');
    }
    this.pos = i;
    this.setAt(Tok.Subst, start, i, open.line, open.column, text.slice(start, i));
    this.path = path;
    this.optional = optional;
  }

  private unterminatedSubst(open: Location): never {
    return this.fail("hocon/unterminated-substitution", "unterminated substitution: expected '}'", open);
  }
}

/**
 * pyhocon's escapes: these few are decoded and any other backslash pair, `\u0041`, `\/`,
 * `\b` and `\f` included, is kept as written (the corpus relies on `\>`).
 */
function pyhoconEscape(e: number, text: string, i: number): string {
  switch (e) {
    case QUOTE: return '"';
    case BACKSLASH: return "\\";
    case 110: return "\n";
    case 114: return "\r";
    case 116: return "\t";
    case 61: return "=";
    case 35: return "#";
    case 33: return "!";
    default: return text.slice(i - 2, i);
  }
}

export type IncludeKind = "auto" | "file" | "url" | "classpath";

export interface IncludeTarget {
  readonly kind: IncludeKind;
  readonly name: string;
  readonly required: boolean;
  readonly loc: Location;
}

function qualifierAt(text: string, i: number): IncludeKind | "required" | undefined {
  for (const q of ["file", "url", "classpath", "required"] as const) {
    if (text.startsWith(q, i) && text.charCodeAt(i + q.length) === 40) return q;
  }
  return undefined;
}
