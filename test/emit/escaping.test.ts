// The printer's one escaping path per context: whatever text a schema carries, a comment
// stays a comment, a string literal reads back as the same string (also once written as
// UTF-8), a property key names that property, and no number prints as code that fails.
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { e, numberText, printModule, propertyKey, quote, t, type Statement } from "../../generator/emit/printer.js";

const TERMINATORS = ["\n", "\r", "\r\n", "\u2028", "\u2029"];

/** The module parsed by TypeScript: its statements and its syntax errors. */
function parse(text: string): { statements: readonly ts.Statement[]; errors: string[] } {
  const file = ts.createSourceFile("m.ts", text, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const diagnostics = (file as unknown as { parseDiagnostics: ts.Diagnostic[] }).parseDiagnostics;
  return { statements: file.statements, errors: diagnostics.map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n")) };
}

/** True when TypeScript's scanner reads the whole text as one identifier. */
function tsIdentifier(text: string): boolean {
  const scanner = ts.createScanner(ts.ScriptTarget.ES2022, true, ts.LanguageVariant.Standard, text);
  const token = scanner.scan();
  return token === ts.SyntaxKind.Identifier && scanner.getTokenEnd() === text.length;
}

/** Evaluates the text as a JavaScript expression, after a round trip through UTF-8 (as written to a file). */
function evaluate(text: string): unknown {
  return new Function(`return (${Buffer.from(text, "utf8").toString("utf8")});`)();
}

describe("a // comment", () => {
  it.each(TERMINATORS)("stays one comment whatever line terminator the text holds (%j)", (br) => {
    const text = printModule([{ kind: "comment", text: `from x${br}globalThis.__pwned = 1;${br}\`` }, { kind: "blank" }, { kind: "const", name: "a", value: e.num(1) }]);
    const { statements, errors } = parse(text);
    expect(errors).toEqual([]);
    expect(statements.map((s) => s.getText())).toEqual(["export const a = 1;"]);
  });
});

describe("a JSDoc block", () => {
  it.each(TERMINATORS)("holds the text, `*/` and line terminators (%j) included", (br) => {
    const doc = [`ends here */ globalThis.__pwned = 1; /*`, `a${br}*/ globalThis.__pwned = 2;`, `b${br}c`];
    const statements: Statement[] = [{ kind: "const", name: "a", value: e.num(1), doc }];
    const parsed = parse(printModule(statements));
    expect(parsed.errors).toEqual([]);
    expect(parsed.statements.map((s) => s.getText())).toEqual(["export const a = 1;"]);
  });
});

describe("a string literal", () => {
  const hostile = ['"', "'", "`", "\\", "${x}", "*/", "</script>", "\0", "\x7f", "\u2028", "\u2029", "\r\n", "\ud800", "\udc00x", "a\ud83d\ude00b", "\ud83d"];
  it.each(hostile)("reads back as the same string after a UTF-8 round trip (%j)", (s) => {
    for (const value of [s, `a${s}b`, `"'${s}`]) expect(evaluate(quote(value))).toBe(value);
  });
});

describe("a property key", () => {
  it("is bare only when TypeScript and JavaScript read it as that identifier", () => {
    const wrong: string[] = [];
    for (let cp = 0x80; cp <= 0x3ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const c = String.fromCodePoint(cp);
      for (const key of [c, `a${c}`, `_${c}$`]) {
        if (propertyKey(key) !== key) continue;
        const js = (() => {
          try {
            return Object.keys(new Function(`return { ${key}: 1 };`)())[0] === key;
          } catch {
            return false;
          }
        })();
        if (!js || !tsIdentifier(key)) wrong.push(`U+${cp.toString(16)} in ${JSON.stringify(key)}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it.each(["a²", "xⸯ", "a-b", "sp ace", "1a", "", "a\u2028", "\ud800"])("is quoted when it is no identifier (%j)", (key) => {
    const key2 = propertyKey(key);
    expect(key2).toBe(quote(key));
    const parsed = parse(printModule([{ kind: "interface", name: "I", members: [{ kind: "property", name: key, type: t.kw("string") }] }]));
    expect(parsed.errors).toEqual([]);
  });

  it("stays bare for identifiers prettier writes bare", () => {
    for (const key of ["get_all", "é", "µ", "$x", "Ωmega", "ключ"]) expect(propertyKey(key)).toBe(key);
  });

  it("of an object literal is an own property even when it is __proto__", () => {
    const text = printModule([{ kind: "const", name: "o", value: e.object([{ key: "__proto__", value: e.num(1) }, { key: "b", value: e.num(2) }]) }]);
    const body = text.replace(/^export const o = /, "").replace(/;\s*$/, "");
    const o = evaluate(body) as object;
    expect(Object.getPrototypeOf(o)).toBe(Object.prototype);
    expect(Object.keys(o)).toEqual(["__proto__", "b"]);
    expect(Object.getOwnPropertyDescriptor(o, "__proto__")?.value).toBe(1);
  });

  it("of a method named `new` declares a method, not a construct signature", () => {
    const text = printModule([
      { kind: "interface", name: "I", members: [{ kind: "method", name: "new", params: [{ name: "body", type: t.ref("string") }], returns: t.kw("number") }] },
    ]);
    const parsed = parse(text);
    expect(parsed.errors).toEqual([]);
    const member = (parsed.statements[0] as ts.InterfaceDeclaration).members[0];
    expect(ts.SyntaxKind[member.kind]).toBe("MethodSignature");
  });
});

describe("a number literal", () => {
  it.each([Infinity, -Infinity, NaN])("is never printed for %s, which has no literal", (n) => {
    expect(() => numberText(n)).toThrow(/finite/);
  });
});
