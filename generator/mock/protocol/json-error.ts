// Where a JSON text first goes wrong. V8's JSON.parse messages do not always give a
// position, so on failure the text is scanned once (linear) to find it.
const WS = new Set([0x20, 0x09, 0x0a, 0x0d]);

export interface JsonErrorAt {
  readonly line: number;
  readonly column: number;
  readonly reason: string;
}

export function jsonErrorAt(text: string): JsonErrorAt | undefined {
  const scanner = new Scanner(text);
  const offset = scanner.run();
  if (offset === undefined) return undefined;
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (text.charCodeAt(i) === 0x0a) {
      line += 1;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1, reason: scanner.reason };
}

class Fail {
  constructor(readonly offset: number) {}
}

class Scanner {
  private pos = 0;
  reason = "";

  constructor(private readonly text: string) {}

  /** Offset of the first error, or undefined when the text is valid JSON. */
  run(): number | undefined {
    try {
      this.value(0);
      this.ws();
      if (this.pos < this.text.length) this.fail("unexpected text after the JSON value");
      return undefined;
    } catch (err) {
      if (err instanceof Fail) return err.offset;
      throw err;
    }
  }

  private fail(reason: string): never {
    this.reason = reason;
    throw new Fail(this.pos);
  }

  private ws(): void {
    while (this.pos < this.text.length && WS.has(this.text.charCodeAt(this.pos))) this.pos++;
  }

  private value(depth: number): void {
    // Iterating would avoid recursion, but JSON.parse already accepted nothing this deep.
    if (depth > 5000) this.fail("nesting too deep");
    this.ws();
    const c = this.text[this.pos];
    if (c === "{") return this.object(depth);
    if (c === "[") return this.array(depth);
    if (c === '"') return this.string();
    if (c === "-" || (c !== undefined && c >= "0" && c <= "9")) return this.number();
    for (const word of ["true", "false", "null"]) {
      if (this.text.startsWith(word, this.pos)) {
        this.pos += word.length;
        return;
      }
    }
    this.fail(c === undefined ? "unexpected end of input" : `unexpected character ${JSON.stringify(c)}`);
  }

  /** Steps over the opening bracket; true (and past `close`) when the container is empty. */
  private empty(close: string): boolean {
    this.pos++;
    this.ws();
    if (this.text[this.pos] !== close) return false;
    this.pos++;
    return true;
  }

  private object(depth: number): void {
    if (this.empty("}")) return;
    for (;;) {
      this.ws();
      if (this.text[this.pos] !== '"') this.fail("expected a double-quoted property name");
      this.string();
      this.ws();
      if (this.text[this.pos] !== ":") this.fail("expected ':' after the property name");
      this.pos++;
      this.value(depth + 1);
      this.ws();
      const c = this.text[this.pos];
      if (c === ",") this.pos++;
      else if (c === "}") {
        this.pos++;
        return;
      } else this.fail("expected ',' or '}'");
    }
  }

  private array(depth: number): void {
    if (this.empty("]")) return;
    for (;;) {
      this.value(depth + 1);
      this.ws();
      const c = this.text[this.pos];
      if (c === ",") this.pos++;
      else if (c === "]") {
        this.pos++;
        return;
      } else this.fail("expected ',' or ']'");
    }
  }

  private string(): void {
    this.pos++;
    while (this.pos < this.text.length) {
      const c = this.text.charCodeAt(this.pos);
      if (c === 0x22) {
        this.pos++;
        return;
      }
      if (c < 0x20) this.fail("control character in string");
      if (c === 0x5c) {
        const e = this.text[this.pos + 1];
        if (e === "u") {
          if (!/^[0-9a-fA-F]{4}$/.test(this.text.slice(this.pos + 2, this.pos + 6))) this.fail("bad \\u escape");
          this.pos += 6;
          continue;
        }
        if (e === undefined || !'"\\/bfnrt'.includes(e)) this.fail("bad escape");
        this.pos += 2;
        continue;
      }
      this.pos++;
    }
    this.fail("unterminated string");
  }

  private number(): void {
    const m = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(this.text.slice(this.pos, this.pos + 400));
    if (!m) this.fail("bad number");
    this.pos += m[0].length;
  }
}
