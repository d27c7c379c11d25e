import { Lexer } from "./lexer.js";
import { buildPath } from "./path-expr.js";
import { Tok, describeToken } from "./tokens.js";
function parseDocument(text, options) {
  return new Parser(text, options).document();
}
class Parser {
  constructor(text, options) {
    this.options = options;
    this.lexer = new Lexer(text, options.file);
  }
  options;
  lexer;
  peeked;
  document() {
    this.skipBlank();
    const first = this.peek();
    if (first.type === Tok.LBracket) {
      this.fail("hocon/root-not-object", "the root of a HOCON document must be an object, not an array", first);
    }
    let root;
    if (first.type === Tok.LBrace) {
      this.take();
      root = this.objectBody(Tok.RBrace, this.loc(first), this.options.startDepth + 1);
      this.skipBlank();
      const after = this.peek();
      if (after.type !== Tok.Eof) this.unexpected(after, "end of file after the root object");
    } else {
      root = this.objectBody(Tok.Eof, this.loc(first), this.options.startDepth);
    }
    return root;
  }
  objectBody(close, loc, depth) {
    const items = [];
    for (; ; ) {
      this.skipBlank();
      const t = this.peek();
      if (t.type === close) {
        this.take();
        return { kind: "object", items, loc };
      }
      if (t.type === Tok.Eof) this.unclosed("'}'", "object", loc, t);
      if (t.type === Tok.Unquoted && t.text === "include") items.push(...this.include(depth));
      else items.push(this.field(depth));
      this.separator("a key", close === Tok.RBrace ? "'}'" : "end of file", close, loc);
    }
  }
  /** An include directive: the included file's members, or none when it is missing and not required. */
  include(depth) {
    this.take();
    return this.options.include(this.lexer.scanInclude(), depth).map((body) => ({ kind: "include", body }));
  }
  field(depth) {
    const parts = [];
    let first;
    for (; ; ) {
      const t = this.peek();
      if (t.type === Tok.Unquoted || t.type === Tok.Number || t.type === Tok.Quoted) {
        this.take();
        first ??= t;
        parts.push({ quoted: t.type === Tok.Quoted, text: t.text, loc: this.loc(t) });
      } else if (t.type === Tok.Space && parts.length > 0) {
        this.take();
        parts.push({ quoted: false, text: t.text, loc: this.loc(t), space: true });
      } else {
        break;
      }
    }
    while (parts.length > 0 && parts[parts.length - 1].space) parts.pop();
    if (first === void 0) {
      const t = this.peek();
      if (t.type === Tok.Subst) this.fail("hocon/invalid-key", "a key cannot contain a substitution", t);
      this.unexpected(t, "a key");
    }
    const path = buildPath(parts);
    if (!Array.isArray(path)) {
      this.lexer.fail("hocon/invalid-key", "key has an empty path element", path.emptyAt, 'quote a key that contains an empty element or dots, e.g. "a..b"');
    }
    this.skipBlank();
    const sep = this.peek();
    let append = false;
    if (sep.type === Tok.Colon || sep.type === Tok.Equals || sep.type === Tok.PlusEquals) {
      this.take();
      append = sep.type === Tok.PlusEquals;
      this.skipBlank();
    } else if (sep.type !== Tok.LBrace) {
      if (sep.type === Tok.Subst) this.fail("hocon/invalid-key", "a key cannot contain a substitution", sep);
      this.unexpected(sep, "':', '=' or '{' after the key");
    }
    return { kind: "field", path, append, value: this.value(depth) };
  }
  /** One value: a single token or a concatenation of values on the same line. */
  value(depth) {
    const parts = [];
    let spaceBefore;
    for (; ; ) {
      const t = this.peek();
      let node;
      switch (t.type) {
        case Tok.Space:
          this.take();
          spaceBefore = t;
          continue;
        case Tok.Quoted:
        case Tok.Unquoted:
        case Tok.Number:
          this.take();
          node = this.scalar(t);
          break;
        case Tok.Subst:
          this.take();
          node = { kind: "subst", path: t.path.map((s) => s.name), optional: t.optional, text: t.text, loc: this.loc(t) };
          break;
        case Tok.LBrace:
          this.take();
          this.checkDepth(t, depth + 1);
          node = this.objectBody(Tok.RBrace, this.loc(t), depth + 1);
          break;
        case Tok.LBracket:
          this.take();
          this.checkDepth(t, depth + 1);
          node = this.array(this.loc(t), depth + 1);
          break;
        default:
          if (parts.length === 0) this.unexpected(t, "a value");
          return parts.length === 1 ? wholeValue(parts[0]) : { kind: "concat", parts, loc: parts[0].loc };
      }
      if (spaceBefore !== void 0 && parts.length > 0) {
        const text = spaceBefore.text;
        parts.push({ kind: "scalar", value: text, text, loc: this.loc(spaceBefore), space: true, quoted: false });
      }
      spaceBefore = void 0;
      parts.push(node);
    }
  }
  scalar(t) {
    const loc = this.loc(t);
    const value = t.type === Tok.Number ? Number(t.text) + 0 : t.text;
    return { kind: "scalar", value, text: t.text, loc, space: false, quoted: t.type === Tok.Quoted };
  }
  array(loc, depth) {
    const items = [];
    for (; ; ) {
      this.skipBlank();
      const t = this.peek();
      if (t.type === Tok.RBracket) {
        this.take();
        return { kind: "array", items, loc };
      }
      if (t.type === Tok.Eof) this.unclosed("']'", "array", loc, t);
      items.push(this.value(depth));
      this.separator("a value", "']'", Tok.RBracket, loc);
    }
  }
  /** After a member: newlines and at most one comma, or the closing token. */
  separator(member, closeName, close, open) {
    let separated = false;
    let comma = false;
    for (; ; ) {
      const t = this.peek();
      if (t.type === Tok.Space || t.type === Tok.Newline) {
        this.take();
        if (t.type === Tok.Newline) separated = true;
      } else if (t.type === Tok.Comma && !comma) {
        this.take();
        comma = true;
        separated = true;
      } else {
        if (t.type === close) return;
        if (t.type === Tok.Eof) this.unclosed(closeName, close === Tok.RBrace ? "object" : "array", open, t);
        if (t.type === Tok.Comma) this.unexpected(t, `${member} or ${closeName} after ','`);
        if (!separated) this.unexpected(t, `',', a newline or ${closeName}`);
        return;
      }
    }
  }
  unclosed(closeName, what, open, t) {
    return this.fail("hocon/unexpected-token", `expected ${closeName} to close the ${what} opened at ${open.line}:${open.column}, found end of file`, t);
  }
  checkDepth(t, depth) {
    if (depth > this.options.maxDepth) {
      this.fail("hocon/too-deep", `nesting deeper than ${this.options.maxDepth} levels`, t);
    }
  }
  skipBlank() {
    for (let t = this.peek(); t.type === Tok.Space || t.type === Tok.Newline; t = this.peek()) this.take();
  }
  peek() {
    return this.peeked ??= this.lexer.next();
  }
  take() {
    const t = this.peek();
    this.peeked = void 0;
    return t;
  }
  loc(t) {
    return { file: this.options.file, line: t.line, column: t.column };
  }
  fail(code, message, t) {
    return this.lexer.fail(code, message, t);
  }
  unexpected(t, expected) {
    return this.fail("hocon/unexpected-token", `expected ${expected}, found ${describeToken(t)}`, t);
  }
}
function wholeValue(node) {
  if (node.kind !== "scalar" || typeof node.value !== "string" || node.quoted) return node;
  const lower = node.text.length <= 5 ? node.text.toLowerCase() : "";
  if (lower === "true") return { ...node, value: true };
  if (lower === "false") return { ...node, value: false };
  if (lower === "null") return { ...node, value: null };
  return node;
}
export {
  parseDocument
};
