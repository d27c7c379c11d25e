// Random input and random damage to the real corpus files: parseString only ever returns
// a value or throws a HoconError with a usable position (never another error type).
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { propertyRuns } from "../support/property-runs.js";
import { describe, it } from "vitest";
import { HoconError, parseString } from "../../hocon/index.js";
import type { ParseOptions } from "../../hocon/index.js";

const SERVICES = path.resolve(process.cwd(), "../shared/corpus/clearml-server/services");
const corpus = readdirSync(SERVICES).filter((f) => f.endsWith(".conf")).sort()
  .map((name) => ({ name, text: readFileSync(path.join(SERVICES, name), "utf8") }));
const byPath = new Map(corpus.map((c) => [path.join(SERVICES, c.name), c.text]));

const FRAGMENTS = [
  "{", "}", "[", "]", ":", "=", ",", "+=", "+", "$", "${", "${?", "}", '"', '"""', "\\", "\\u", "#", "//", "\n", " ", "\t",
  "a", "b", "a.b", '"k.2"', "1", "2.5", "-", ".", "true", "False", "null", "include", ' "x.conf"', " file(", " required(", ")",
  "${a}", "${b}", "${?a}", "${a.b}", "a = ${a} [1]", "^", "é", "\uFEFF", "\r",
];
const TOKENS = ["{", "}", "[", "]", ",", ":", "=", "+=", '"', '"""', "${", "}", "${x}", "include \"_common.conf\"", "\n", "#", "\\", "true", "2.1"];

// Plain checks rather than expect(): thousands of runs, and fast-check reports the input.
function check(text: string, options?: ParseOptions): void {
  try {
    const { value } = parseString(text, options);
    if (value === null || typeof value !== "object" || Array.isArray(value)) throw new Error("root is not an object");
  } catch (e) {
    if (!(e instanceof HoconError)) throw e;
    if (!(e.line >= 1 && e.column >= 1)) throw new Error(`bad position ${e.line}:${e.column}`);
    if (!e.format().startsWith(`${e.file}:${e.line}:${e.column}: error: `)) throw new Error(`bad format: ${e.format()}`);
  }
}

// Any UTF-16 code unit, lone surrogates included, biased towards ASCII where the syntax is.
const utf16Unit = fc.oneof(
  { weight: 3, arbitrary: fc.integer({ min: 0, max: 127 }) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 0xffff }) },
).map((c) => String.fromCharCode(c));

const mutation = fc.oneof(
  fc.record({ kind: fc.constant("delete" as const), at: fc.nat(), len: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ kind: fc.constant("duplicate" as const), at: fc.nat(), len: fc.integer({ min: 1, max: 200 }) }),
  fc.record({ kind: fc.constant("char" as const), at: fc.nat(), text: fc.string({ minLength: 1, maxLength: 1 }) }),
  fc.record({ kind: fc.constant("token" as const), at: fc.nat(), text: fc.constantFrom(...TOKENS) }),
);
type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never;

function apply(text: string, m: Mutation): string {
  const at = m.at % (text.length + 1);
  switch (m.kind) {
    case "delete":
      return text.slice(0, at) + text.slice(at + m.len);
    case "duplicate":
      return text.slice(0, at + m.len) + text.slice(at, at + m.len) + text.slice(at + m.len);
    default:
      return text.slice(0, at) + m.text + text.slice(at);
  }
}

describe("parseString on arbitrary input", () => {
  it("returns a value or throws a located HoconError for random fragments", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 60 }), (parts) => check(parts.join(""))),
      { numRuns: propertyRuns(3000) },
    );
  }, 30_000);

  it("returns a value or throws a located HoconError for random strings", () => {
    fc.assert(fc.property(fc.string({ maxLength: 200, unit: utf16Unit }), (text) => check(text)), { numRuns: propertyRuns(2000) });
  }, 30_000);

  it("returns a value or throws a located HoconError for damaged corpus files", () => {
    const readFile = (p: string) => byPath.get(p);
    fc.assert(
      fc.property(fc.constantFrom(...corpus), fc.array(mutation, { minLength: 1, maxLength: 5 }), (file, mutations) => {
        const text = mutations.reduce(apply, file.text);
        check(text, { file: path.join(SERVICES, file.name), readFile });
      }),
      { numRuns: propertyRuns(300) },
    );
  }, 30_000);
});
