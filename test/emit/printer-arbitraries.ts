// Random syntax for the printer's tests: every shape the printer's AST can express (types,
// expressions, statements), with short and long names so that both flat and broken layouts
// occur at every nesting level.
import fc from "fast-check";
import { e, t, type Arg, type Expr, type ParamType, type Statement, type TsMember, type TsParam, type TsType } from "../../generator/emit/printer.js";

type Printable = Exclude<Statement, { kind: "blank" }>;

// Names from 1 to ~60 columns: long ones push statements past the 80-column line.
const name = fc.oneof(
  fc.constantFrom("a", "id", "Task", "value", "get_all", "status_reason", "z"),
  fc.constantFrom("TasksGetAllExRequestV2_13", "OrganizationGetEntitiesCountRequest", "queuesGetNextTaskFromQueueExtended"),
  fc.integer({ min: 20, max: 60 }).map((n) => "LongName" + "x".repeat(n - 8)),
);
const qualified = fc.oneof(name, name.map((n) => "T." + n));
const key = fc.oneof({ weight: 5, arbitrary: name }, { weight: 1, arbitrary: fc.constantFrom("2.13", "weird-key", "x y", "é") });
const str = fc.oneof(name, fc.constantFrom("", "say \"hi\"", "it's", "tasks.get_all", "must match ^[a-z]+$", "line\nbreak", "漢字"));
/** JSDoc lines, empty ones included (an empty block prints nothing). */
const doc = fc.option(fc.array(fc.oneof(str, fc.constant(""), fc.constant("a */ b")), { maxLength: 3 }), { nil: undefined, freq: 3 });

const keyword = fc.constantFrom("string", "number", "boolean", "null", "unknown", "never", "undefined").map((k) => t.kw(k as "string"));

const typeArb: fc.Arbitrary<TsType> = fc.letrec<{ type: TsType; leaf: TsType; member: TsMember; param: TsParam }>((tie) => ({
  leaf: fc.oneof(
    keyword,
    str.map((s) => t.lit(s)),
    fc.integer({ min: -5, max: 5000 }).map((n) => t.lit(n)),
    fc.boolean().map((b) => t.lit(b)),
    qualified.map((n) => t.ref(n)),
  ),
  type: fc.oneof(
    { depthSize: "small" },
    { weight: 6, arbitrary: tie("leaf") },
    { weight: 2, arbitrary: fc.tuple(qualified, fc.array(tie("type"), { minLength: 1, maxLength: 3 })).map(([n, args]) => t.ref(n, args)) },
    { weight: 2, arbitrary: tie("type").map((el) => t.array(el)) },
    { weight: 1, arbitrary: fc.tuple(fc.array(tie("type"), { maxLength: 4 }), fc.boolean()).map(([els, ro]): TsType => ({ kind: "tuple", elements: els, readonly: ro })) },
    { weight: 2, arbitrary: fc.array(tie("type"), { minLength: 2, maxLength: 6 }).map((ms) => t.union(ms)) },
    { weight: 1, arbitrary: tie("type").map((m) => t.union([m, t.kw("null")])) },
    { weight: 1, arbitrary: fc.array(tie("type"), { minLength: 2, maxLength: 4 }).map((ms) => t.intersection(ms)) },
    { weight: 2, arbitrary: fc.array(tie("member"), { maxLength: 3 }).map((ms) => t.object(ms)) },
  ),
  member: fc.oneof(
    { weight: 4, arbitrary: fc.record({ kind: fc.constant("property" as const), name: key, optional: fc.boolean(), readonly: fc.boolean(), type: tie("type"), doc }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant("index" as const), key: fc.constantFrom("key", "name"), type: tie("type"), doc }) },
    {
      weight: 1,
      arbitrary: fc.record({
        kind: fc.constant("method" as const),
        name: key,
        params: fc.array(tie("param"), { maxLength: 3 }),
        returns: tie("type"),
        doc,
      }),
    },
  ),
  param: fc.record({ name, optional: fc.boolean(), type: tie("type").filter((x): x is ParamType => x.kind !== "object") }),
})).type;

const exprArb: fc.Arbitrary<Expr> = fc.letrec<{ expr: Expr; leaf: Expr; arg: Arg }>((tie) => ({
  leaf: fc.oneof(
    qualified.map((n) => e.id(n)),
    str.map((s) => e.str(s)),
    fc.integer({ min: -5, max: 100000 }).map((n) => e.num(n)),
    fc.boolean().map((b) => e.bool(b)),
    fc.constantFrom("z.string", "z.int", "z.unknown", "z.null", "z.boolean", "f").map((c) => e.call(c)),
  ),
  expr: fc.oneof(
    { depthSize: "small" },
    { weight: 5, arbitrary: tie("leaf") },
    { weight: 3, arbitrary: fc.tuple(fc.constantFrom("z.optional", "z.array", "z.lazy", "f", "T.make"), tie("arg")).map(([c, x]) => e.call(c, x)) },
    {
      weight: 2,
      arbitrary: fc.tuple(fc.constantFrom("z.record", "z.intersection", "callEndpoint", "RegExp"), fc.array(tie("arg"), { minLength: 1, maxLength: 4 })).map(([c, xs]) => e.call(c, ...xs)),
    },
    { weight: 1, arbitrary: fc.array(fc.integer({ min: -5, max: 100000 }), { minLength: 1, maxLength: 30 }).map((ns) => e.array(ns.map((n) => e.num(n)))) },
    { weight: 2, arbitrary: fc.array(tie("expr"), { maxLength: 4 }).map((xs) => e.array(xs)) },
    {
      weight: 2,
      arbitrary: fc
        .array(fc.oneof({ weight: 4, arbitrary: fc.record({ key, value: tie("expr") }) }, { weight: 1, arbitrary: fc.record({ spread: name }) }), { maxLength: 4 })
        .map((ps) => e.object(ps)),
    },
    // Member chains: `name.method(...)` or `callee(...).method(...)`.
    {
      weight: 2,
      arbitrary: fc
        .tuple(fc.oneof(qualified.map((n) => e.id(n)), fc.tuple(fc.constantFrom("z.object", "z.int", "f"), fc.array(tie("arg"), { maxLength: 2 })).map(([c, xs]) => e.call(c, ...xs))), name, fc.array(tie("arg"), { maxLength: 3 }))
        .map(([target, m, args]) => e.method(target, m, ...args)),
    },
    { weight: 1, arbitrary: tie("expr").map((x) => e.asConst(x)) },
  ),
  // A call's argument: an expression, or a lazy reference `() => Name`.
  arg: fc.oneof({ weight: 5, arbitrary: tie("expr") }, { weight: 1, arbitrary: qualified.map((n): Arg => e.arrow(e.id(n))) }),
})).expr;

const paramsArb = (typed: boolean): fc.Arbitrary<TsParam[]> =>
  fc.array(typed ? fc.record({ name, optional: fc.boolean(), type: typeArb.filter((x): x is ParamType => x.kind !== "object") }) : fc.record({ name }), { maxLength: 4 });

export const statementArb: fc.Arbitrary<Printable> = fc.oneof(
  fc.record({ kind: fc.constant("import" as const), typeOnly: fc.boolean(), names: fc.array(name, { minLength: 1, maxLength: 6 }), from: str }),
  fc.record({ kind: fc.constant("import" as const), typeOnly: fc.boolean(), namespace: name, from: str }),
  fc.record({ kind: fc.constant("export-all" as const), typeOnly: fc.boolean(), from: str, as: fc.option(name, { nil: undefined }) }),
  fc.record({ kind: fc.constant("comment" as const), text: name }),
  fc.record({
    kind: fc.constant("type" as const),
    name,
    typeParams: fc.option(fc.array(fc.record({ name, constraint: fc.option(typeArb, { nil: undefined }) }), { minLength: 1, maxLength: 3 }), { nil: undefined }),
    type: typeArb,
    doc,
  }),
  fc.record({
    kind: fc.constant("interface" as const),
    name,
    extends: fc.array(fc.oneof(qualified.map((n) => t.ref(n)), fc.tuple(qualified, fc.array(typeArb, { minLength: 1, maxLength: 2 })).map(([n, args]) => t.ref(n, args))), { maxLength: 4 }),
    members: fc.array(
      fc.oneof(
        { weight: 3, arbitrary: fc.record({ kind: fc.constant("property" as const), name: key, optional: fc.boolean(), readonly: fc.boolean(), type: typeArb, doc }) },
        { weight: 1, arbitrary: fc.record({ kind: fc.constant("index" as const), key: fc.constantFrom("key", "name"), type: typeArb, doc }) },
        { weight: 1, arbitrary: fc.record({ kind: fc.constant("method" as const), name: key, params: paramsArb(true), returns: typeArb, doc }) },
      ),
      { maxLength: 4 },
    ),
    doc,
  }),
  fc.record({ kind: fc.constant("const" as const), name, type: fc.option(typeArb, { nil: undefined }), value: exprArb, doc, local: fc.option(fc.constant(true), { nil: undefined }) }),
  fc.record({ kind: fc.constant("declare-const" as const), name, type: typeArb, doc }),
  fc.record({ kind: fc.constant("declare-function" as const), name, params: paramsArb(true), returns: typeArb, doc }),
  fc.record({ kind: fc.constant("function" as const), name, params: paramsArb(false), body: exprArb, doc }),
  fc.record({ kind: fc.constant("function" as const), name, params: paramsArb(true), returns: typeArb, body: exprArb, doc }),
);
