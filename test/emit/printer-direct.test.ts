// The direct printer (generator/emit/print/) against two independent oracles: prettier
// itself (formatting the printed module changes nothing) on random statements of the
// kinds the emitters build, with short and long names so that flat and broken layouts
// both occur; and the doc printer (printer.ts docs through printDoc) on the same random
// statements and on every statement the emitters build for the ClearML corpus.
import fc from "fast-check";
import * as prettier from "prettier";
import { describe, expect, it } from "vitest";
import { emitClientDtsModule, emitClientJsModule, emitEndpointsDtsModule, emitEndpointsJsModule } from "../../generator/emit/client.js";
import { indexModule, zodIndexModule } from "../../generator/emit/package.js";
import { planEmit } from "../../generator/emit/plan.js";
import { Unsupported } from "../../generator/emit/print/out.js";
import { printStatementDirect } from "../../generator/emit/print/statement-print.js";
import { e, printModule, printStatementViaDocs, t, type Expr, type Statement, type TsMember, type TsType } from "../../generator/emit/printer.js";
import { emitTypesJsModule, emitTypesModule } from "../../generator/emit/types.js";
import { emitZodIndexDtsModule, emitZodJsModule, zodValidators } from "../../generator/emit/zod.js";
import { corpus } from "./helpers.js";

type Printable = Exclude<Statement, { kind: "blank" }>;

/** The direct printer's text, or undefined for a shape it leaves to the docs. */
function direct(s: Printable): string | undefined {
  try {
    return printStatementDirect(s).replace(/[ \t]+$/, "");
  } catch (err) {
    if (err instanceof Unsupported) return undefined;
    throw err;
  }
}

// ------------------------------------------------------------------ arbitraries

// Names from 1 to ~60 columns: long ones push statements past the 80-column line.
const name = fc.oneof(
  fc.constantFrom("a", "id", "Task", "value", "get_all", "status_reason"),
  fc.constantFrom("TasksGetAllExRequestV2_13", "OrganizationGetEntitiesCountRequest", "queuesGetNextTaskFromQueueExtended"),
  fc.integer({ min: 20, max: 60 }).map((n) => "LongName" + "x".repeat(n - 8)),
);
const qualified = fc.oneof(name, name.map((n) => "T." + n));
const key = fc.oneof({ weight: 5, arbitrary: name }, { weight: 1, arbitrary: fc.constantFrom("2.13", "weird-key", "x y") });
const str = fc.oneof(name, fc.constantFrom("", "say \"hi\"", "it's", "tasks.get_all", "must match ^[a-z]+$", "line\nbreak"));
// A block with some text, as the emitters write them (an empty block is printed as an empty
// line, which prettier would remove; the emitters never ask for one).
const doc = fc.option(
  fc.tuple(str.filter((s) => s.trim() !== ""), fc.array(fc.oneof(str, fc.constant("")), { maxLength: 2 })).map(([first, more]) => [first, ...more]),
  { nil: undefined, freq: 3 },
);

const typeArb: fc.Arbitrary<TsType> = fc.letrec<{ type: TsType; leaf: TsType; member: TsMember }>((tie) => ({
  leaf: fc.oneof(
    fc.constantFrom("string", "number", "boolean", "null", "unknown", "never", "undefined").map((k) => t.kw(k as "string")),
    str.map((s) => t.lit(s)),
    fc.integer({ min: -5, max: 5000 }).map((n) => t.lit(n)),
    qualified.map((n) => t.ref(n)),
  ),
  type: fc.oneof(
    { depthSize: "small" },
    { weight: 6, arbitrary: tie("leaf") },
    // Type arguments as the emitters write them.
    { weight: 1, arbitrary: tie("type").map((v) => t.ref("Record", [t.kw("string"), v])) },
    { weight: 1, arbitrary: qualified.map((n) => t.ref("Promise", [t.ref(n)])) },
    { weight: 1, arbitrary: fc.tuple(qualified, fc.array(str, { minLength: 1, maxLength: 6 })).map(([n, ks]) => t.ref("Omit", [t.ref(n), t.union(ks.map((k) => t.lit(k)))])) },
    { weight: 2, arbitrary: tie("type").map((el) => t.array(el)) },
    // Tuples hold literals and names (endpoint lists, enum values), as the emitters build them.
    { weight: 1, arbitrary: fc.array(tie("leaf"), { maxLength: 4 }).map((els) => t.readonlyTuple(els)) },
    { weight: 2, arbitrary: fc.array(tie("leaf"), { minLength: 2, maxLength: 8 }).map((ms) => t.union(ms)) },
    { weight: 1, arbitrary: tie("type").map((m) => t.union([m, t.kw("null")])) },
    { weight: 2, arbitrary: fc.array(tie("member"), { maxLength: 3 }).map((ms) => t.object(ms)) },
  ),
  member: fc.oneof(
    { weight: 4, arbitrary: fc.record({ kind: fc.constant("property" as const), name: key, optional: fc.boolean(), readonly: fc.boolean(), type: tie("type"), doc }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant("index" as const), key: fc.constantFrom("key", "name"), type: tie("type"), doc }) },
  ),
})).type;

const memberArb = fc.record({ kind: fc.constant("property" as const), name: key, optional: fc.boolean(), readonly: fc.boolean(), type: typeArb, doc });

/**
 * Expressions shaped like the validators and endpoint descriptions the emitters build.
 * `lazy`: with `z.lazy(() => Name)` anywhere; the doc printer misses prettier's
 * function-composition rule (a call among several arguments whose own argument is an
 * arrow breaks every argument out), so the prettier property goes without.
 */
const exprs = (lazy: boolean): fc.Arbitrary<Expr> => fc.letrec<{ expr: Expr; leaf: Expr; check: Expr }>((tie) => ({
  leaf: fc.oneof(
    qualified.map((n) => e.id(n)),
    str.map((s) => e.str(s)),
    fc.integer({ min: -5, max: 100000 }).map((n) => e.num(n)),
    fc.boolean().map((b) => e.bool(b)),
    fc.constantFrom("z.string", "z.int", "z.unknown", "z.null", "z.boolean").map((c) => e.call(c)),
  ),
  expr: fc.oneof(
    { depthSize: "small" },
    { weight: 5, arbitrary: tie("leaf") },
    { weight: 3, arbitrary: fc.tuple(fc.constantFrom("z.optional", "z.array", "z.literal"), tie("expr")).map(([c, x]) => e.call(c, x)) },
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom("z.record", "z.intersection", "callEndpoint", "RegExp"), fc.array(tie("expr"), { minLength: 1, maxLength: 4 })).map(([c, xs]) => e.call(c, ...xs)) },
    { weight: 1, arbitrary: fc.array(str, { minLength: 1, maxLength: 8 }).map((vs) => e.call("z.enum", e.array(vs.map((v) => e.str(v))))) },
    { weight: 1, arbitrary: fc.array(tie("expr"), { maxLength: 4 }).map((xs) => e.call("z.union", e.array(xs))) },
    { weight: 2, arbitrary: fc.tuple(fc.constantFrom("z.looseObject", "z.strictObject", "z.object"), fc.array(fc.record({ key, value: tie("expr") }), { maxLength: 4 })).map(([c, ps]) => e.call(c, e.object(ps))) },
    { weight: 1, arbitrary: fc.array(fc.record({ key, value: tie("expr") }), { maxLength: 4 }).map((ps) => e.object(ps)) },
    { weight: 1, arbitrary: fc.array(tie("leaf"), { maxLength: 4 }).map((xs) => e.array(xs)) },
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom("z.int", "z.string", "z.number"), fc.array(tie("check"), { minLength: 1, maxLength: 3 })).map(([c, checks]) => e.method(e.call(c), "check", ...checks)) },
    { weight: lazy ? 1 : 0, arbitrary: qualified.map((n) => e.call("z.lazy", e.arrow(e.id(n)))) },
  ),
  check: fc.oneof(
    fc.tuple(fc.constantFrom("z.gte", "z.lt", "z.multipleOf", "z.minLength"), fc.integer({ min: -5, max: 1e6 })).map(([c, n]) => e.call(c, e.num(n))),
    fc.tuple(str, str).map(([pattern, message]) => e.call("z.regex", e.call("RegExp", e.str(pattern), e.str("u")), e.str(message))),
  ),
})).expr;

/**
 * Statements; `signatures`: the parameter and return types of functions and methods. The
 * doc printer lays out signatures the emitters build (names and `Promise<T.Name>`) as
 * prettier does, not every signature (prettier hugs a lone object-typed parameter, and
 * breaks before a long return type differently), so the prettier property keeps to those;
 * `annotations` likewise for the types of consts, `exprArb` for the values.
 */
function statements(signatures: fc.Arbitrary<TsType>, annotations: fc.Arbitrary<TsType>, exprArb: fc.Arbitrary<Expr>): fc.Arbitrary<Printable> {
  const paramsArb = fc.array(fc.record({ name, optional: fc.boolean(), type: signatures }), { maxLength: 4 });
  const methodArb = fc.record({ kind: fc.constant("method" as const), name: key, params: paramsArb, returns: signatures });
  return fc.oneof(
    fc.record({ kind: fc.constant("import" as const), typeOnly: fc.boolean(), names: fc.array(name, { minLength: 1, maxLength: 6 }), from: str }),
    fc.record({ kind: fc.constant("import" as const), typeOnly: fc.boolean(), namespace: name, from: str }),
    fc.record({ kind: fc.constant("export-all" as const), typeOnly: fc.boolean(), from: str }),
    fc.record({ kind: fc.constant("comment" as const), text: name }),
    fc.record({ kind: fc.constant("type" as const), name, type: typeArb, doc }),
    fc.record({
      kind: fc.constant("interface" as const),
      name,
      extends: fc.array(fc.oneof(qualified.map((n) => t.ref(n)), typeArb.map((a) => t.ref("Omit", [t.ref("Base"), a]))), { maxLength: 4 }),
      members: fc.array(fc.oneof({ weight: 3, arbitrary: memberArb }, { weight: 1, arbitrary: methodArb }), { maxLength: 4 }),
      doc,
    }),
    fc.record({ kind: fc.constant("const" as const), name, type: fc.option(annotations, { nil: undefined }), value: exprArb, doc }),
    fc.record({ kind: fc.constant("declare-const" as const), name, type: typeArb, doc }),
    fc.record({ kind: fc.constant("declare-function" as const), name, params: paramsArb, returns: signatures, doc }),
    fc.record({
      kind: fc.constant("function" as const),
      name,
      params: fc.array(fc.record({ name }), { maxLength: 4 }),
      body: exprArb,
      doc,
    }),
  );
}

const anyStatement = statements(typeArb, typeArb, exprs(true));
const emitterLikeSignature = fc.oneof(qualified.map((n) => t.ref(n)), qualified.map((n) => t.ref("Promise", [t.ref(n)])));
// A validator's annotation: `z.ZodType<T.Name>`.
const emitterLikeStatement = statements(emitterLikeSignature, qualified.map((n) => t.ref("z.ZodType", [t.ref(n)])), exprs(false));

// ------------------------------------------------------------------ properties

describe("the direct printer", () => {
  it("prints random statements exactly as the doc printer does", () => {
    fc.assert(
      fc.property(anyStatement, (s) => {
        const text = direct(s);
        if (text !== undefined) expect(text).toBe(printStatementViaDocs(s));
      }),
      { numRuns: 3000 },
    );
  });

  it("prints random modules that prettier leaves unchanged", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(emitterLikeStatement, { minLength: 1, maxLength: 12 }), async (statements) => {
        const text = printModule(statements);
        expect(await prettier.format(text, { parser: "typescript" })).toBe(text);
      }),
      { numRuns: 150 },
    );
  });

  it("prints every statement the emitters build for the corpus as the doc printer does", () => {
    const plan = planEmit(corpus(), { includeInternal: true });
    const services = plan.services.map((sp) => ({ sp, validators: zodValidators(sp) }));
    const modules: Statement[][] = [zodIndexModule(plan), emitZodIndexDtsModule(services), emitClientJsModule(plan), emitClientDtsModule(plan), indexModule(plan)];
    for (const { sp, validators } of services) {
      modules.push(emitTypesModule(sp), emitZodJsModule(sp, validators), emitEndpointsJsModule(sp), emitEndpointsDtsModule(sp));
      const values = emitTypesJsModule(sp);
      if (values) modules.push(values);
    }
    let printed = 0;
    let leftToDocs = 0;
    for (const s of modules.flat()) {
      if (s.kind === "blank") continue;
      const text = direct(s);
      if (text === undefined) leftToDocs++;
      else {
        printed++;
        expect(text).toBe(printStatementViaDocs(s));
      }
    }
    // The doc path is for rare shapes only.
    expect(printed).toBeGreaterThan(4000);
    expect(leftToDocs).toBeLessThan(printed / 100);
  });
});
