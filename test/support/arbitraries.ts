// Strings of any Unicode code point except lone surrogates: what fast-check's
// `fc.string({ unit: "binary" })` draws, the same values for the same seed. fast-check builds
// that unit with a lookup table of all 1.1 million code points, the first time each process
// asks for it, which takes seconds; this unit computes both directions instead.
import fc from "fast-check";

const SURROGATES = 0xe000 - 0xd800;

/** One code point as a string; the inverse lets fast-check recognise (and shrink) values it did not draw. */
const codePoint = fc.nat({ max: 0x10ffff - SURROGATES }).map(
  (n) => String.fromCodePoint(n < 0xd800 ? n : n + SURROGATES),
  (value) => {
    const c = typeof value === "string" ? value.codePointAt(0) : undefined;
    if (c === undefined || String.fromCodePoint(c) !== value || (c >= 0xd800 && c < 0xe000)) throw new Error("not one code point");
    return c < 0xd800 ? c : c - SURROGATES;
  },
);

export function anyCodePointString(constraints: Omit<fc.StringConstraints, "unit"> = {}): fc.Arbitrary<string> {
  return fc.string({ ...constraints, unit: codePoint });
}
