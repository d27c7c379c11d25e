// Recursive descent over the lexer's tokens, depth-limited so deeply nested input gives a
// HoconError instead of a stack overflow. Produces the AST of one file; includes are
// parsed through the `include` callback and spliced in as IncludeNodes.
import type { Location } from "./diagnostics.js";
import type { ArrayNode, FieldNode, IncludeNode, Node, ObjectNode, ScalarNode } from "./ast.js";
import type { HoconErrorCode } from "./errors.js";
import { Lexer } from "./lexer.js";
import type { IncludeTarget } from "./lexer.js";
import { buildPath } from "./path-expr.js";
import type { PathPart, PathSegment } from "./path-expr.js";
import { Tok, describeToken } from "./tokens.js";
import type { TokType } from "./tokens.js";
import type { HoconDialect } from "./types.js";

export interface ParserOptions {
  readonly file: string;
  readonly dialect: HoconDialect;
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
  /** The lexer's current token has been looked at (peek) but not consumed (take) yet. */
  private pending = false;
  private readonly pyhocon: boolean;

  constructor(
    text: string,
    private readonly options: ParserOptions,
  ) {
    this.pyhocon = options.dialect === "pyhocon";
    this.lexer = new Lexer(text, options.file, this.pyhocon);
  }

  document(): ObjectNode {
    this.skipBlank();
    const first = this.peek();
    if (first === Tok.LBracket) {
      this.fail("hocon/root-not-object", "the root of a HOCON document must be an object, not an array");
    }
    let root: ObjectNode;
    if (first === Tok.LBrace) {
      const loc = this.here();
      this.take();
      root = this.objectBody(Tok.RBrace, loc, this.options.startDepth + 1);
      this.skipBlank();
      if (this.peek() !== Tok.Eof) this.unexpected("end of file after the root object");
    } else {
      root = this.objectBody(Tok.Eof, this.here(), this.options.startDepth);
    }
    return root;
  }

  private objectBody(close: typeof Tok.RBrace | typeof Tok.Eof, loc: Location, depth: number): ObjectNode {
    const items: (FieldNode | IncludeNode)[] = [];
    const lexer = this.lexer;
    for (;;) {
      this.skipBlank();
      const type = this.peek();
      if (type === close) {
        this.take();
        return { kind: "object", items, loc };
      }
      if (type === Tok.Eof) this.unclosed("'}'", "object", loc);
      if (type === Tok.Unquoted && lexer.value === "include") {
        this.include(items, depth);
      } else {
        items.push(this.field(depth));
      }
      this.separator("a key", close === Tok.RBrace ? "'}'" : "end of file", close, loc);
    }
  }

  /** An include directive: the included file's members, or none when it is missing and not required. */
  private include(items: (FieldNode | IncludeNode)[], depth: number): void {
    this.take();
    const bodies = this.options.include(this.lexer.scanInclude(), depth);
    for (const body of bodies) items.push({ kind: "include", body });
  }

  private field(depth: number): FieldNode {
    const lexer = this.lexer;
    let type = this.peek();
    if (type !== Tok.Unquoted && type !== Tok.Number && type !== Tok.Quoted) {
      if (type === Tok.Subst) this.fail("hocon/invalid-key", "a key cannot contain a substitution");
      this.unexpected("a key");
    }
    // Most keys are one token: the parts list is made only for keys of several tokens.
    const firstQuoted = type === Tok.Quoted;
    const firstText = lexer.value;
    const firstLoc = this.here();
    this.take();
    let parts: PathPart[] | undefined;
    // Whitespace after a key part belongs to the key only when another part follows.
    let space: PathPart | undefined;
    for (;;) {
      type = this.peek();
      if (type === Tok.Unquoted || type === Tok.Number || type === Tok.Quoted) {
        parts ??= [{ quoted: firstQuoted, text: firstText, loc: firstLoc }];
        if (space !== undefined) parts.push(space);
        space = undefined;
        parts.push({ quoted: type === Tok.Quoted, text: lexer.value, loc: this.here() });
        this.take();
      } else if (type === Tok.Space) {
        if (space !== undefined) (parts ??= [{ quoted: firstQuoted, text: firstText, loc: firstLoc }]).push(space);
        space = { quoted: false, text: lexer.raw(), loc: this.here(), space: true };
        this.take();
      } else {
        break;
      }
    }
    if (this.pyhocon && !pyhoconReadsKey(parts, firstQuoted, firstText)) {
      this.lexer.fail("hocon/invalid-key", "pyhocon cannot read this key: it reads one quoted string, or unquoted letters, digits, spaces and . _ - /", firstLoc,
        "quote the whole key");
    }
    let path: PathSegment[];
    if (parts === undefined && (firstQuoted || firstText.indexOf(".") < 0)) {
      path = [{ name: firstText, loc: firstLoc }];
    } else {
      const built = buildPath(parts ?? [{ quoted: firstQuoted, text: firstText, loc: firstLoc }]);
      if (!Array.isArray(built)) {
        this.lexer.fail("hocon/invalid-key", "key has an empty path element", built.emptyAt, 'quote a key that contains an empty element or dots, e.g. "a..b"');
      }
      path = built;
    }
    this.skipBlank();
    const sep = this.peek();
    let append = false;
    if (sep === Tok.Colon || sep === Tok.Equals || sep === Tok.PlusEquals) {
      this.take();
      append = sep === Tok.PlusEquals;
      this.skipBlank();
    } else if (sep !== Tok.LBrace) {
      if (sep === Tok.Subst) this.fail("hocon/invalid-key", "a key cannot contain a substitution");
      this.unexpected("':', '=' or '{' after the key");
    }
    return { kind: "field", path, append, value: this.value(depth) };
  }

  /** One value: a single token or a concatenation of values on the same line. */
  private value(depth: number): Node {
    const lexer = this.lexer;
    let first: Node | undefined;
    // Made only for a concatenation (two or more parts).
    let parts: Node[] | undefined;
    // Whitespace seen since the last part, kept as a part only when another part follows.
    let spaceStart = -1;
    let spaceEnd = 0;
    let spaceLine = 0;
    let spaceColumn = 0;
    for (;;) {
      const type = this.peekValue();
      let node: Node;
      switch (type) {
        case Tok.Space:
          spaceStart = lexer.start;
          spaceEnd = lexer.end;
          spaceLine = lexer.tokLine;
          spaceColumn = lexer.tokColumn;
          this.take();
          continue;
        case Tok.Quoted:
        case Tok.Unquoted:
        case Tok.Number:
          node = this.scalar(type);
          this.take();
          break;
        case Tok.Subst: {
          const segments = lexer.path!;
          const path: string[] = [];
          for (let i = 0; i < segments.length; i++) path.push(segments[i].name);
          node = { kind: "subst", path, optional: lexer.optional, text: lexer.value, loc: this.here() };
          this.take();
          break;
        }
        case Tok.LBrace: {
          const loc = this.here();
          this.take();
          this.checkDepth(loc, depth + 1);
          node = this.objectBody(Tok.RBrace, loc, depth + 1);
          break;
        }
        case Tok.LBracket: {
          const loc = this.here();
          this.take();
          this.checkDepth(loc, depth + 1);
          node = this.array(loc, depth + 1);
          break;
        }
        default:
          if (first === undefined) this.unexpected("a value");
          return parts === undefined ? wholeValue(first, this.pyhocon) : { kind: "concat", parts, loc: first.loc };
      }
      if (first === undefined) {
        first = node;
      } else {
        parts ??= [first];
        if (spaceStart >= 0) {
          const text = lexer.text.slice(spaceStart, spaceEnd);
          parts.push({ kind: "scalar", value: text, text, loc: { file: this.options.file, line: spaceLine, column: spaceColumn }, space: true, quoted: false });
        }
        parts.push(node);
      }
      spaceStart = -1;
    }
  }

  /** The current token as a scalar. */
  private scalar(type: TokType): ScalarNode {
    const text = this.lexer.value;
    const value = type === Tok.Number ? numberValue(text) : text;
    return { kind: "scalar", value, text, loc: this.here(), space: false, quoted: type === Tok.Quoted };
  }

  private array(loc: Location, depth: number): ArrayNode {
    const items: Node[] = [];
    for (;;) {
      this.skipBlank();
      const type = this.peekValue();
      if (type === Tok.RBracket) {
        this.take();
        return { kind: "array", items, loc };
      }
      if (type === Tok.Eof) this.unclosed("']'", "array", loc);
      items.push(this.value(depth));
      this.separator("a value", "']'", Tok.RBracket, loc);
    }
  }

  /** After a member: newlines and at most one comma, or the closing token. */
  private separator(member: string, closeName: string, close: number, open: Location): void {
    let separated = false;
    let comma = false;
    for (;;) {
      if (this.skipBlank()) separated = true;
      const type = this.peek();
      if (type === Tok.Comma && !comma) {
        this.take();
        comma = true;
        separated = true;
        continue;
      }
      if (type === close) return;
      if (type === Tok.Eof) this.unclosed(closeName, close === Tok.RBrace ? "object" : "array", open);
      if (type === Tok.Comma) this.unexpected(`${member} or ${closeName} after ','`);
      if (!separated) this.unexpected(`',', a newline or ${closeName}`);
      return;
    }
  }

  /** At the current token (end of file). */
  private unclosed(closeName: string, what: string, open: Location): never {
    return this.fail("hocon/unexpected-token", `expected ${closeName} to close the ${what} opened at ${open.line}:${open.column}, found end of file`);
  }

  private checkDepth(at: Location, depth: number): void {
    if (depth > this.options.maxDepth) {
      this.lexer.fail("hocon/too-deep", `nesting deeper than ${this.options.maxDepth} levels`, at);
    }
  }

  /** Consumes blanks (whitespace, newlines, comments); true when a newline was among them. */
  private skipBlank(): boolean {
    let newline = false;
    if (this.pending) {
      const type = this.lexer.type;
      if (type !== Tok.Space && type !== Tok.Newline) return false;
      newline = type === Tok.Newline;
      this.pending = false;
    }
    return this.lexer.skipBlank() || newline;
  }

  /** The kind of the current token, scanning it first if the last one was consumed. */
  private peek(): TokType {
    if (!this.pending) {
      this.lexer.next();
      this.pending = true;
    }
    return this.lexer.type;
  }

  /** peek() for the start of a value or the next part of one (pyhocon reads text there its own way). */
  private peekValue(): TokType {
    if (this.pending || !this.pyhocon) return this.peek();
    this.lexer.valueText = true;
    try {
      return this.peek();
    } finally {
      this.lexer.valueText = false;
    }
  }

  /** Consumes the current token; its fields stay readable until the next peek. */
  private take(): void {
    this.pending = false;
  }

  /** Where the current token starts. */
  private here(): Location {
    return { file: this.options.file, line: this.lexer.tokLine, column: this.lexer.tokColumn };
  }

  /** Fails at the current token. */
  private fail(code: HoconErrorCode, message: string): never {
    return this.lexer.failHere(code, message);
  }

  private unexpected(expected: string): never {
    return this.fail("hocon/unexpected-token", `expected ${expected}, found ${describeToken(this.lexer.type)}`);
  }
}

/**
 * A number token's value. `-0` is 0, as pyhocon and JSON output have it. An integer a JS
 * number cannot hold exactly stays exact as a bigint (pyhocon's integers have no limit).
 */
function numberValue(text: string): number | bigint {
  const n = Number(text) + 0;
  return Number.isSafeInteger(n) || !/^[+-]?\d+$/.test(text) ? n : BigInt(text);
}

// pyhocon's unquoted key: ASCII letters and digits, 8-bit letters, `._-/` and spaces.
const PYHOCON_KEY = /^[A-Za-z0-9\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff._\-/ ]+$/;

/** A key pyhocon can read: one quoted string, or one run of its unquoted key characters. */
function pyhoconReadsKey(parts: readonly PathPart[] | undefined, firstQuoted: boolean, firstText: string): boolean {
  if (parts === undefined) return firstQuoted || PYHOCON_KEY.test(firstText);
  let text = "";
  for (const p of parts) {
    if (p.quoted) return false;
    text += p.text;
  }
  return PYHOCON_KEY.test(text);
}

/**
 * A value made of one token: unquoted `true`, `false` and `null` become literals; pyhocon
 * reads them in any case (`True`, `NULL`), the spec only in lower case.
 */
function wholeValue(node: Node, pyhocon: boolean): Node {
  if (node.kind !== "scalar" || typeof node.value !== "string" || node.quoted) return node;
  const lower = node.text.length > 5 ? "" : pyhocon ? node.text.toLowerCase() : node.text;
  if (lower === "true") return literal(node, true);
  if (lower === "false") return literal(node, false);
  if (lower === "null") return literal(node, null);
  return node;
}

function literal(node: ScalarNode, value: boolean | null): ScalarNode {
  return { kind: "scalar", value, text: node.text, loc: node.loc, space: node.space, quoted: node.quoted };
}
