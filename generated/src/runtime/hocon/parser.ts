// Recursive descent over the lexer's tokens, depth-limited so deeply nested input gives a
// HoconError instead of a stack overflow. Produces the AST of one file; includes are
// parsed through the `include` callback and spliced in as IncludeNodes.
import type { Location } from "../diagnostics.js";
import type { ArrayNode, FieldNode, IncludeNode, Node, ObjectNode, ScalarNode } from "./ast.js";
import { Lexer } from "./lexer.js";
import type { IncludeTarget } from "./lexer.js";
import { buildPath } from "./path-expr.js";
import type { PathPart } from "./path-expr.js";
import { Tok, describeToken } from "./tokens.js";
import type { Token } from "./tokens.js";

export interface ParserOptions {
  readonly file: string;
  readonly maxDepth: number;
  /** Nesting depth at which this file starts (an include inside objects starts deeper). */
  readonly startDepth: number;
  /** Parses the files an include names (none when a non-required include is missing). */
  readonly include: (target: IncludeTarget, depth: number) => ObjectNode[];
}

export function parseDocument(text: string, options: ParserOptions): ObjectNode {
  return new Parser(text, options).document();
}

class Parser {
  private readonly lexer: Lexer;
  private peeked: Token | undefined;

  constructor(
    text: string,
    private readonly options: ParserOptions,
  ) {
    this.lexer = new Lexer(text, options.file);
  }

  document(): ObjectNode {
    this.skipBlank();
    const first = this.peek();
    if (first.type === Tok.LBracket) {
      this.fail("hocon/root-not-object", "the root of a HOCON document must be an object, not an array", first);
    }
    let root: ObjectNode;
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

  private objectBody(close: typeof Tok.RBrace | typeof Tok.Eof, loc: Location, depth: number): ObjectNode {
    const items: (FieldNode | IncludeNode)[] = [];
    for (;;) {
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
  private include(depth: number): IncludeNode[] {
    this.take();
    return this.options.include(this.lexer.scanInclude(), depth).map((body) => ({ kind: "include", body }));
  }

  private field(depth: number): FieldNode {
    const parts: PathPart[] = [];
    let first: Token | undefined;
    for (;;) {
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
    if (first === undefined) {
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
  private value(depth: number): Node {
    const parts: Node[] = [];
    let spaceBefore: Token | undefined;
    for (;;) {
      const t = this.peek();
      let node: Node;
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
          node = { kind: "subst", path: t.path!.map((s) => s.name), optional: t.optional!, text: t.text, loc: this.loc(t) };
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
      if (spaceBefore !== undefined && parts.length > 0) {
        const text = spaceBefore.text;
        parts.push({ kind: "scalar", value: text, text, loc: this.loc(spaceBefore), space: true, quoted: false });
      }
      spaceBefore = undefined;
      parts.push(node);
    }
  }

  private scalar(t: Token): ScalarNode {
    const loc = this.loc(t);
    // `-0` is 0, as pyhocon and JSON output have it.
    const value = t.type === Tok.Number ? Number(t.text) + 0 : t.text;
    return { kind: "scalar", value, text: t.text, loc, space: false, quoted: t.type === Tok.Quoted };
  }

  private array(loc: Location, depth: number): ArrayNode {
    const items: Node[] = [];
    for (;;) {
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
  private separator(member: string, closeName: string, close: number, open: Location): void {
    let separated = false;
    let comma = false;
    for (;;) {
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

  private unclosed(closeName: string, what: string, open: Location, t: Token): never {
    return this.fail("hocon/unexpected-token", `expected ${closeName} to close the ${what} opened at ${open.line}:${open.column}, found end of file`, t);
  }

  private checkDepth(t: Token, depth: number): void {
    if (depth > this.options.maxDepth) {
      this.fail("hocon/too-deep", `nesting deeper than ${this.options.maxDepth} levels`, t);
    }
  }

  private skipBlank(): void {
    for (let t = this.peek(); t.type === Tok.Space || t.type === Tok.Newline; t = this.peek()) this.take();
  }

  private peek(): Token {
    return (this.peeked ??= this.lexer.next());
  }

  private take(): Token {
    const t = this.peek();
    this.peeked = undefined;
    return t;
  }

  private loc(t: Token): Location {
    return { file: this.options.file, line: t.line, column: t.column };
  }

  private fail(code: Parameters<Lexer["fail"]>[0], message: string, t: Token): never {
    return this.lexer.fail(code, message, t);
  }

  private unexpected(t: Token, expected: string): never {
    return this.fail("hocon/unexpected-token", `expected ${expected}, found ${describeToken(t)}`, t);
  }
}

/** A value made of one token: unquoted `true`/`false`/`null` in any case become literals (as pyhocon reads them). */
function wholeValue(node: Node): Node {
  if (node.kind !== "scalar" || typeof node.value !== "string" || node.quoted) return node;
  const lower = node.text.length <= 5 ? node.text.toLowerCase() : "";
  if (lower === "true") return { ...node, value: true };
  if (lower === "false") return { ...node, value: false };
  if (lower === "null") return { ...node, value: null };
  return node;
}
