// Random schema folders whose file names, service, endpoint, definition and property
// names, descriptions, titles, enum values, defaults and patterns are drawn from hostile
// text (quotes, backticks, backslashes, comment ends, `${`, line terminators, NUL,
// `</script>`, `__proto__`, non-BMP characters, lone surrogates, and code that leaves a
// trace if it ever runs). Each folder is generated with the real pipeline; then one fresh
// Node process imports every generated module of every package (nothing planted may run)
// and one tsc program checks them all. Fixed seed: the same folders every run.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { blocksGeneration } from "../../generator/schema/blocking.js";
import { generateFrom, importEveryModule, packagesFolder, payload, typecheckPackages, writePackage } from "./hostile.js";
import { writeSchemas } from "./helpers.js";

const FRAGMENTS = [
  '"', "'", "`", "\\", "\\u0041", "*/", "/*", "//", "${", "}", "${x}", "\u2028", "\u2029", "\r", "\n", "\r\n", "\t", "\0", "\x1b", "\x7f",
  "</script>", "<!--", "-->", "__proto__", "constructor", "new", "prototype", "😀", "𝒳", "\ud800", "\udfff", "a²", "xⸯ", "é", "ünï", "漢字",
  "\ufeff", "\u0085", "\u200d", "#", ": ", " ", "-", ".", "@type {never}", "{@link x}", "a",
  `*/ ${payload()} /*`, `\n${payload()}//`, `\u2028${payload()}\u2028`, `"; ${payload()} "`, `\`; ${payload()} \``, `\\"; ${payload()}; //`,
];

/** Text made of hostile fragments. */
const hostile = fc.array(fc.constantFrom(...FRAGMENTS), { minLength: 1, maxLength: 5 }).map((parts) => parts.join(""));

/** A regular expression (ECMAScript, `u` flag) that matches the text literally, so a pattern can carry it. */
function literalPattern(text: string): string {
  return `^(?:${text.replace(/[\\^$.*+?()[\]{}|/]/g, "\\$&")}|[a-z]+)$`;
}

const finiteNumber = fc.constantFrom(-0, 0, 1, -1, 0.1, 1e21, -1e-7, 5e-324, 1.7976931348623157e308, 2 ** 53);

/** A property's schema: strings with hostile enums, defaults, patterns; numbers at the edges of a double. */
const propertySchema = fc.oneof(
  fc.record({ type: fc.constant("string"), description: hostile, title: hostile, enum: fc.uniqueArray(hostile, { minLength: 1, maxLength: 3 }) }).map((s) => ({ ...s, default: s.enum[0] })),
  fc.record({ type: fc.constant("string"), description: hostile, default: hostile, pattern: hostile.map(literalPattern), minLength: fc.constantFrom(0, 1, 3) }),
  fc.record({ type: fc.constantFrom("number", "integer"), description: hostile, minimum: finiteNumber, maximum: finiteNumber }),
  fc.record({ type: fc.constant("number"), enum: fc.uniqueArray(finiteNumber, { minLength: 1, maxLength: 3, comparator: Object.is }) }),
  fc.record({ type: fc.constant("object"), description: hostile, default: fc.dictionary(hostile, hostile, { maxKeys: 2 }), additionalProperties: fc.constant(true) }),
  fc.record({ type: fc.constant("array"), items: fc.constant({ type: "string" }), description: hostile, default: fc.array(hostile, { maxLength: 2 }) }),
);

const objectSchema = fc
  .record({ description: hostile, props: fc.uniqueArray(fc.tuple(hostile, propertySchema), { minLength: 1, maxLength: 4, selector: ([name]) => name }), strict: fc.boolean(), requireFirst: fc.boolean() })
  .map(({ description, props, strict, requireFirst }) => ({
    type: "object",
    description,
    properties: Object.fromEntries(props),
    ...(requireFirst ? { required: [props[0][0]] } : {}),
    ...(strict ? { additionalProperties: false } : {}),
  }));

/** Routable names that are words with a meaning in JavaScript or to the runtime's lookups. */
const SPECIAL_NAMES = ["__proto__", "constructor", "prototype", "toString", "hasOwnProperty", "then", "new", "delete", "default", "eval", "arguments", "__"];
const ACTION = fc.oneof(fc.constantFrom(...SPECIAL_NAMES), fc.nat(9).map((i) => `get_e${i}`));
const SERVICE_FILE = fc.constantFrom(...SPECIAL_NAMES.filter((n) => !n.startsWith("_")), "svc");

/** A service whose name is routable and whose content is hostile: definitions (names kept distinct once made identifiers) and endpoints. */
const serviceText = fc
  .record({
    description: hostile,
    definitions: fc.array(fc.tuple(hostile, objectSchema), { minLength: 1, maxLength: 2 }),
    endpoints: fc.uniqueArray(fc.record({ action: ACTION, description: hostile, request: objectSchema, response: objectSchema, refRequest: fc.boolean() }), { minLength: 1, maxLength: 3, selector: (e) => e.action }),
    unroutable: fc.array(hostile, { maxLength: 1 }),
  })
  .map(({ description, definitions, endpoints, unroutable }) => {
    const defs = Object.fromEntries(definitions.map(([name, schema], i) => [`d${i}_${name}`, schema]));
    const firstDef = Object.keys(defs)[0];
    const service: Record<string, unknown> = { _description: description, _definitions: defs };
    for (const e of endpoints) {
      const request = e.refRequest ? { type: "object", properties: { ref: { $ref: `#/definitions/${firstDef}` } } } : e.request;
      service[e.action] = { "2.1": { description: e.description, request, response: e.response } };
    }
    // Names the server cannot route: reported and left out, never emitted.
    for (const name of unroutable) service[`${name}-`] = { "2.1": { description: name, request: { type: "object" }, response: { type: "object" } } };
    return JSON.stringify(service, null, 2);
  });

/** A schema folder: one or two routable services, and maybe a service whose file name is hostile. */
const folder = fc.record({
  services: fc.uniqueArray(fc.tuple(SERVICE_FILE, serviceText), { minLength: 1, maxLength: 2, selector: ([name]) => name }),
  hostileFile: fc.option(fc.tuple(hostile, serviceText), { nil: undefined }),
});

describe("hostile schema folders (fuzz)", () => {
  it("generate packages that import without running anything planted and type-check", () => {
    const parent = packagesFolder();
    const packages: string[] = [];
    fc.assert(
      fc.property(folder, ({ services, hostileFile }) => {
        const files: Record<string, string> = {};
        for (const [name, text] of services) files[`${name}.conf`] = text;
        // A file name can hold anything but `/` and NUL; the service it names is left out.
        if (hostileFile) files[`x${hostileFile[0].replace(/[/\0]/g, "")}.conf`] = hostileFile[1];
        const { load, result } = generateFrom(writeSchemas(files));
        expect(load.findings.filter(blocksGeneration)).toEqual([]);
        expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
        for (const d of [...load.findings, ...result.diagnostics]) expect(d.location.line).toBeGreaterThan(0);
        packages.push(writePackage(result.files, parent));
      }),
      { seed: 14, numRuns: 8 },
    );
    const run = importEveryModule(packages);
    expect(run.errors).toEqual([]);
    expect(run.pwned).toBe(false);
    expect(run.imported).toBeGreaterThan(packages.length * 5);
    const tsc = typecheckPackages(packages);
    expect(tsc.output).toBe("");
    expect(tsc.ok).toBe(true);
  }, 180_000);
});
