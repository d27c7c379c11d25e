import { HoconError } from "./errors.js";
import { NEWLINE, isHexDigit, isNumberChar, isSpace, isUnquotedChar, isValidNumber, isDigit } from "./chars.js";
import { buildPath } from "./path-expr.js";
import { Tok } from "./tokens.js";
const QUOTE = 34;
const BACKSLASH = 92;
const SLASH = 47;
class Lexer {
  constructor(text, file) {
    this.text = text;
    this.file = file;
    if (text.charCodeAt(0) === 65279) {
      this.pos = 1;
      this.lineStart = 1;
    }
  }
  text;
  file;
  pos = 0;
  line = 1;
  lineStart = 0;
  next() {
    const text = this.text;
    for (; ; ) {
      const start = this.pos;
      if (start >= text.length) return this.token(Tok.Eof, start, "");
      const c = text.charCodeAt(start);
      switch (c) {
        case NEWLINE: {
          const t = this.token(Tok.Newline, start, "\n");
          this.pos = start + 1;
          this.line++;
          this.lineStart = this.pos;
          return t;
        }
        case 35:
          this.skipComment();
          continue;
        case SLASH:
          if (text.charCodeAt(start + 1) === SLASH) {
            this.skipComment();
            continue;
          }
          return this.unquoted(start);
        case 44:
          return this.punct(Tok.Comma, start);
        case 58:
          return this.punct(Tok.Colon, start);
        case 61:
          return this.punct(Tok.Equals, start);
        case 123:
          return this.punct(Tok.LBrace, start);
        case 125:
          return this.punct(Tok.RBrace, start);
        case 91:
          return this.punct(Tok.LBracket, start);
        case 93:
          return this.punct(Tok.RBracket, start);
        case 43:
          if (text.charCodeAt(start + 1) === 61) {
            const t = this.token(Tok.PlusEquals, start, "+=");
            this.pos = start + 2;
            return t;
          }
          return this.reserved(start);
        case 36:
          if (text.charCodeAt(start + 1) === 123) return this.substitution(start);
          return this.reserved(start);
        case QUOTE:
          return this.quoted(start);
        default:
          if (isSpace(c)) return this.space(start);
          if (isDigit(c) || c === 45) return this.number(start);
          if (isUnquotedChar(c)) return this.unquoted(start);
          return this.reserved(start);
      }
    }
  }
  /** Location of an offset on the current line. */
  locAt(offset) {
    return { file: this.file, line: this.line, column: offset - this.lineStart + 1 };
  }
  fail(code, message, loc, hint) {
    throw new HoconError(code, message, { file: this.file, line: loc.line, column: loc.column }, this.text, hint);
  }
  /**
   * After an unquoted `include`: scans `"f"`, `file("f")`, `url(...)`, `classpath(...)` or
   * `required(...)` around one of them, with any whitespace (newlines too) before it.
   * Anything else is an error, as the spec says: a key named include must be quoted.
   */
  scanInclude() {
    this.skipBlankLines();
    const i = this.pos;
    const loc = this.locAt(i);
    if (this.text.startsWith("required(", i)) {
      this.pos = this.skipSpaces(i + 9);
      const inner = this.includeResource();
      this.closeParen();
      return { ...inner, required: true, loc };
    }
    return { ...this.includeResource(), required: false, loc };
  }
  skipBlankLines() {
    const text = this.text;
    for (let c = text.charCodeAt(this.pos); c === NEWLINE || isSpace(c); c = text.charCodeAt(this.pos)) {
      this.pos++;
      if (c === NEWLINE) {
        this.line++;
        this.lineStart = this.pos;
      }
    }
  }
  includeResource() {
    const text = this.text;
    const i = this.pos;
    if (text.charCodeAt(i) === QUOTE) return { kind: "auto", name: this.includeName() };
    const kind = qualifierAt(text, i);
    if (kind === void 0 || kind === "required") {
      this.fail(
        "hocon/invalid-include",
        'expected a quoted file name, file("..."), url(...) or classpath(...) after include',
        this.locAt(i),
        'to use include as a key, quote it: "include"'
      );
    }
    this.pos = this.skipSpaces(i + kind.length + 1);
    const name = this.includeName();
    this.closeParen();
    return { kind, name };
  }
  includeName() {
    const i = this.pos;
    const text = this.text;
    if (text.charCodeAt(i) !== QUOTE || text.charCodeAt(i + 1) === QUOTE && text.charCodeAt(i + 2) === QUOTE) {
      this.fail("hocon/invalid-include", "expected a single quoted file name in include", this.locAt(i));
    }
    const t = this.quoted(i);
    return t.text;
  }
  closeParen() {
    const i = this.skipSpaces(this.pos);
    if (this.text.charCodeAt(i) !== 41) this.fail("hocon/invalid-include", "expected ')' to close include", this.locAt(i));
    this.pos = i + 1;
  }
  skipSpaces(i) {
    const text = this.text;
    while (i < text.length && isSpace(text.charCodeAt(i))) i++;
    return i;
  }
  token(type, start, text) {
    return { type, start, line: this.line, column: start - this.lineStart + 1, text };
  }
  punct(type, start) {
    const t = this.token(type, start, this.text[start]);
    this.pos = start + 1;
    return t;
  }
  skipComment() {
    const nl = this.text.indexOf("\n", this.pos);
    this.pos = nl < 0 ? this.text.length : nl;
  }
  space(start) {
    const end = this.skipSpaces(start);
    this.pos = end;
    return this.token(Tok.Space, start, this.text.slice(start, end));
  }
  unquoted(start) {
    const end = this.unquotedEnd(start);
    this.pos = end;
    return this.token(Tok.Unquoted, start, this.text.slice(start, end));
  }
  unquotedEnd(i) {
    const text = this.text;
    const n = text.length;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (!isUnquotedChar(c)) break;
      if (c === SLASH && text.charCodeAt(i + 1) === SLASH) break;
      i++;
    }
    return i;
  }
  number(start) {
    const text = this.text;
    let end = start + 1;
    while (end < text.length && isNumberChar(text.charCodeAt(end))) end++;
    const raw = text.slice(start, end);
    const after = text.charCodeAt(end);
    const continuesText = end < text.length && isUnquotedChar(after) && !(after === SLASH && text.charCodeAt(end + 1) === SLASH);
    if (continuesText || !isValidNumber(raw)) return this.unquoted(start);
    this.pos = end;
    return this.token(Tok.Number, start, raw);
  }
  reserved(start) {
    const ch = String.fromCodePoint(this.text.codePointAt(start) ?? 0);
    return this.fail(
      "hocon/reserved-character",
      `reserved character '${ch}' is not allowed outside quotes`,
      this.locAt(start),
      "put the text in double quotes"
    );
  }
  quoted(start) {
    const text = this.text;
    if (text.charCodeAt(start + 1) === QUOTE && text.charCodeAt(start + 2) === QUOTE) return this.tripleQuoted(start);
    const open = this.locAt(start);
    let out = "";
    let from = start + 1;
    let i = from;
    for (; ; ) {
      if (i >= text.length) this.unterminated(open);
      const c = text.charCodeAt(i);
      if (c === QUOTE) break;
      if (c === NEWLINE) this.unterminated(open);
      if (c !== BACKSLASH) {
        i++;
        continue;
      }
      out += text.slice(from, i);
      const e = text.charCodeAt(i + 1);
      if (i + 1 >= text.length || e === NEWLINE) this.unterminated(open);
      i += 2;
      switch (e) {
        case QUOTE:
          out += '"';
          break;
        case BACKSLASH:
          out += "\\";
          break;
        case SLASH:
          out += "/";
          break;
        case 98:
          out += "\b";
          break;
        case 102:
          out += "\f";
          break;
        case 110:
          out += "\n";
          break;
        case 114:
          out += "\r";
          break;
        case 116:
          out += "	";
          break;
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
          out += text.slice(i - 2, i);
      }
      from = i;
    }
    out += text.slice(from, i);
    this.pos = i + 1;
    return { type: Tok.Quoted, start, line: open.line, column: open.column, text: out };
  }
  unterminated(open) {
    return this.fail("hocon/unterminated-string", "unterminated string", open, `close the string with '"' on the same line, or use """ for multi-line text`);
  }
  tripleQuoted(start) {
    const text = this.text;
    const open = this.locAt(start);
    const close = text.indexOf('"""', start + 3);
    if (close < 0) {
      this.fail("hocon/unterminated-string", "unterminated triple-quoted string", open, 'close it with """');
    }
    let end = close;
    while (text.charCodeAt(end + 3) === QUOTE) end++;
    const value = text.slice(start + 3, end);
    this.pos = end + 3;
    for (let nl = text.indexOf("\n", start); nl >= 0 && nl < end; nl = text.indexOf("\n", nl + 1)) {
      this.line++;
      this.lineStart = nl + 1;
    }
    return { type: Tok.Quoted, start, line: open.line, column: open.column, text: value };
  }
  substitution(start) {
    const text = this.text;
    const open = this.locAt(start);
    let i = start + 2;
    const optional = text.charCodeAt(i) === 63;
    if (optional) i++;
    const parts = [];
    for (; ; ) {
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
        const t = this.quoted(i);
        parts.push({ quoted: true, text: t.text, loc: { file: this.file, line: t.line, column: t.column } });
        i = this.pos;
      } else if (isUnquotedChar(c)) {
        const end = this.unquotedEnd(i + 1);
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
    return { type: Tok.Subst, start, line: open.line, column: open.column, text: text.slice(start, i), path, optional };
  }
  unterminatedSubst(open) {
    return this.fail("hocon/unterminated-substitution", "unterminated substitution: expected '}'", open);
  }
}
function qualifierAt(text, i) {
  for (const q of ["file", "url", "classpath", "required"]) {
    if (text.startsWith(q, i) && text.charCodeAt(i + q.length) === 40) return q;
  }
  return void 0;
}
export {
  Lexer
};
