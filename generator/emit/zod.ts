// The zod 4 validators of one service. They are emitted as JavaScript (`src/zod/<service>.js`)
// plus declarations (all services' in `src/zod/index.d.ts`): each validator is declared with its exact type,
// so tsc never infers zod's deep types when checking the package (that inference and the
// check against the annotations are very slow on a large API). The declarations say
// `TypedValidator<T.X>` (the runtime's validator.ts) and never import zod: that is
// `BasicValidator<T.X>` (parse, safeParse, Standard Schema), or `z.ZodType<T.X, T.X>` once a
// user opts in with the package's root `zod-types.d.ts`. So only zod users make tsc load
// zod's many declaration files. `emitZodCheckModule` renders the same expressions as
// TypeScript annotated `z.ZodType<T.X, T.X>`: tests type-check it to prove the opt-in typing
// true, input included (and the runtime's tests prove every `z.ZodType<T, T>` a `BasicValidator<T>`).
//
// Requests are checked exactly as strictly as the server checks them (it validates every
// request body against the JSON Schema and answers 400/12 otherwise); responses are never
// validated by the server, so their validators only check types.
// - Requests reject unknown keys (`z.strictObject`) where the schema says
//   `additionalProperties: false`; responses accept them (`z.looseObject`): servers add fields.
// - Requests enforce pattern, minLength/maxLength, minimum/maximum/exclusive*, multipleOf,
//   minItems/maxItems, uniqueItems and min/maxProperties (see schema/constraints.ts); responses
//   do not. Definitions with such keywords or `additionalProperties: false` somewhere get a
//   second validator (`<Name>Strict`, see plan.ts) used on the request side.
// - Responses accept null for an optional property (`z.optional(z.nullable(...))`), as
//   do the definitions a response reaches: the server sends null for unset fields
//   (nullable.ts). Requests are checked with their nulls removed (the runtime does that,
//   as the server does), so their validators stay as written.
// - Formats (date-time, email, ...) are not checked on either side. ClearML's detailed
//   request check is `jsonschema.validate` without a FormatChecker (formats are
//   annotations there), and most endpoints are parsed by jsonmodels, which reads times
//   leniently; a strict client check would refuse bodies the server takes.
// - Definitions are declared in dependency order; a reference back into a cycle uses
//   `z.lazy`, so recursive definitions work.
// - A request or response version that appends properties to an earlier one (plan.ts
//   ShapeBase) spreads that version's property validators, kept in a module-local
//   `shapeOf<Name>` const, instead of repeating them: the same validation, the same output
//   key order, each property validator built once.
import type { ArraySchema, NumberSchema, ObjectSchema, Property, RequestShape, ResponseShape, SchemaNode, SchemaNumber, StringSchema } from "../schema/model.js";
import type { DefinitionPlan, ServicePlan, ShapePlan } from "./plan.js";
import { e, numberText, t, type Expr, type ObjectProp, type Statement } from "./printer.js";
import { admitsNull } from "./nullable.js";
import { compilePattern, lengthPattern, numberMeets, stringMeets } from "../schema/constraints.js";
import { validatorTableDeclaration, validatorTableTypeImports } from "./validator-table.js";
import { GENERATED_HEADER, generatedHeader, moduleNamespace } from "./shared.js";

type Mode = "loose" | "strict";

interface Ctx {
  readonly byName: ReadonlyMap<string, DefinitionPlan>;
  /** Validators already declared (by exported name): references to others need z.lazy. */
  readonly declared: Set<string>;
  /** Response side (nullable.ts): optional properties admit null. Set per validator. */
  readonly nullable: boolean;
}

/** One exported validator: its name, the type it validates (in the types module) and its zod expression. */
export interface ValidatorDecl {
  readonly name: string;
  readonly typeName: string;
  readonly value: Expr;
  /** A module-local object of property validators declared just before it, which its value and later versions' shapes use. */
  readonly shape?: { readonly name: string; readonly value: Expr };
}

/** Every validator of a service, in declaration order (dependencies first). */
export function zodValidators(sp: ServicePlan): ValidatorDecl[] {
  const base: Ctx = { byName: new Map(sp.definitions.map((d) => [d.definition.name, d])), declared: new Set(), nullable: false };
  const requestSide = base;
  const responseSide: Ctx = { ...base, nullable: true };
  const ctx = base;
  const out: ValidatorDecl[] = [];
  const declare = (name: string, typeName: string, value: Expr, shape?: ValidatorDecl["shape"]): void => {
    out.push({ name, typeName, value, shape });
    ctx.declared.add(name);
  };

  // Dependency order by depth-first search; a definition on the current path is only reachable lazily.
  const onPath = new Set<string>();
  const byDefinition = new Map(sp.definitions.map((d) => [d.definition, d]));
  const visit = (dp: DefinitionPlan, mode: Mode): void => {
    const name = validatorName(dp, mode);
    if (ctx.declared.has(name) || onPath.has(name)) return;
    onPath.add(name);
    for (const dep of dp.refs) {
      const target = byDefinition.get(dep);
      if (target) visit(target, mode === "strict" && target.strictName ? "strict" : "loose");
    }
    onPath.delete(name);
    // The loose validator checks the definition's type (widened when a response reaches it); the strict one checks requests only.
    declare(name, dp.typeName, schemaExpr(dp.definition.schema, mode, mode === "loose" && dp.nullable ? responseSide : requestSide));
  };
  for (const dp of sp.definitions) {
    visit(dp, "loose");
    if (dp.strictName) visit(dp, "strict");
  }

  for (const ep of sp.endpoints) {
    // Versions that a later one extends (plan.ts ShapeBase) keep their shape in a local const.
    const extended = new Set<string>();
    for (const vp of ep.versions) for (const p of [vp.request, vp.response]) if (p.declare && p.base) extended.add(p.base.name);
    const version = (p: ShapePlan<RequestShape | ResponseShape>, mode: Mode): void => {
      if (!p.declare || p.shape.kind !== "schema") return;
      const ctx = mode === "loose" ? responseSide : requestSide;
      const schema = p.shape.schema;
      if (schema.kind !== "object" || (!p.base && !extended.has(p.name))) {
        declare(p.name, p.name, schemaExpr(schema, mode, ctx));
        return;
      }
      // plan.ts gives a base only to an object with properties, no catchall and no min/maxProperties: a plain strict or loose object.
      const own = p.base ? schema.properties.slice(p.base.inherited) : schema.properties;
      const props: ObjectProp[] = [...(p.base ? [{ spread: shapeName(p.base.name) }] : []), ...propertyValidators(own, mode, ctx)];
      if (!extended.has(p.name)) {
        declare(p.name, p.name, withOwnProto(e.call(objectFactory(schema, mode), e.object(props)), schema.properties, mode, ctx));
        return;
      }
      const shape = { name: shapeName(p.name), value: e.object(props) };
      declare(p.name, p.name, withOwnProto(e.call(objectFactory(schema, mode), e.id(shape.name)), schema.properties, mode, ctx), shape);
    };
    for (const vp of ep.versions) {
      version(vp.request, "strict");
      version(vp.response, "loose");
    }
  }
  return out;
}

/** The local const of a validator's property validators: never an exported name, which pascalCase starts with a capital. */
function shapeName(validator: string): string {
  return `shapeOf${validator}`;
}

/** `src/zod/<service>.js`: the validators as plain ESM JavaScript. */
export function emitZodJsModule(sp: ServicePlan, validators: readonly ValidatorDecl[]): Statement[] {
  // A namespace import: bundlers keep only the zod functions used. `{ z }` is zod's whole
  // API as one object (every locale included), which no bundler can take apart.
  const out: Statement[] = [generatedHeader(sp.service), { kind: "import", namespace: "z", from: "zod" }, { kind: "blank" }];
  for (const v of validators) {
    if (v.shape) out.push({ kind: "const", local: true, name: v.shape.name, value: v.shape.value }, { kind: "blank" });
    out.push({ kind: "const", name: v.name, value: v.value }, { kind: "blank" });
  }
  return out;
}

/** The runtime module that declares `TypedValidator`, from `src/zod/`. */
const VALIDATOR_TYPES_MODULE = "../runtime/validator.js";

/**
 * `src/zod/index.d.ts`: every service's validators declared as `TypedValidator<T.X>`, in
 * one file (the per-service .js modules are internal: the endpoints and this index import
 * them; one declaration file instead of one per service saves tsc a file per service). It
 * imports the runtime's validator.js only (not its index), so a user of `<package>/zod`
 * loads one runtime declaration file, and never zod's unless they opt in.
 */
export function emitZodIndexDtsModule(services: readonly { sp: ServicePlan; validators: readonly ValidatorDecl[] }[]): Statement[] {
  const withValidators = services.filter((s) => s.validators.length > 0);
  const out: Statement[] = [
    GENERATED_HEADER,
    { kind: "import", typeOnly: true, names: ["TypedValidator"], from: VALIDATOR_TYPES_MODULE },
    ...validatorTableTypeImports(),
    ...withValidators.map(({ sp }): Statement => ({ kind: "import", typeOnly: true, namespace: typesNamespace(sp), from: `../types/${sp.module}.js` })),
  ];
  for (const { sp, validators } of withValidators) {
    out.push({ kind: "blank" }, { kind: "comment", text: `Service ${sp.service.name}.` });
    const ns = typesNamespace(sp);
    for (const v of validators) out.push({ kind: "declare-const", name: v.name, type: t.ref("TypedValidator", [t.ref(`${ns}.${v.typeName}`)]) });
  }
  out.push({ kind: "blank" }, validatorTableDeclaration());
  return out;
}

/** The local name the validators' declarations give a service's types module. */
function typesNamespace(sp: ServicePlan): string {
  return moduleNamespace("T_", sp);
}

/**
 * The validators as annotated TypeScript (`export const X: z.ZodType<T.X, T.X> = ...;`), the
 * same expressions as the .js module: type-checking it proves the .d.ts declarations
 * (what `TypedValidator<T.X>` is with the zod opt-in).
 */
export function emitZodCheckModule(sp: ServicePlan, validators: readonly ValidatorDecl[], typesModule: string): Statement[] {
  const out: Statement[] = [
    generatedHeader(sp.service),
    { kind: "import", names: ["z"], from: "zod" },
    { kind: "import", typeOnly: true, namespace: "T", from: typesModule },
    { kind: "blank" },
  ];
  for (const v of validators) {
    if (v.shape) out.push({ kind: "const", local: true, name: v.shape.name, value: v.shape.value }, { kind: "blank" });
    out.push({ kind: "const", name: v.name, type: t.ref("z.ZodType", [t.ref(`T.${v.typeName}`), t.ref(`T.${v.typeName}`)]), value: v.value }, { kind: "blank" });
  }
  return out;
}

function validatorName(dp: DefinitionPlan, mode: Mode): string {
  return mode === "strict" && dp.strictName ? dp.strictName : dp.typeName;
}

function schemaExpr(node: SchemaNode, mode: Mode, ctx: Ctx): Expr {
  switch (node.kind) {
    case "object":
      return objectExpr(node, mode, ctx);
    case "array": {
      const plain = e.call("z.array", node.items ? schemaExpr(node.items, mode, ctx) : e.call("z.unknown"));
      return mode === "strict" ? withChecks(plain, arrayChecks(node)) : plain;
    }
    case "string":
      if (node.const !== undefined) {
        return mode === "loose" || stringMeets(node.const, node) ? e.call("z.literal", e.str(node.const)) : e.call("z.never");
      }
      if (node.enum) {
        // A request value must also meet the string's constraints: drop the values that cannot.
        const values = mode === "strict" ? node.enum.filter((v) => stringMeets(v, node)) : node.enum;
        return values.length > 0 ? e.call("z.enum", e.array(values.map((v) => e.str(v)))) : e.call("z.never");
      }
      return mode === "strict" ? withChecks(e.call("z.string"), stringChecks(node)) : e.call("z.string");
    case "number":
    case "integer": {
      const listed = node.const !== undefined ? [node.const] : node.enum;
      const literals = listed && mode === "strict" ? listed.filter((v) => numberMeets(v, node)) : listed;
      if (literals) {
        if (literals.length === 0) return e.call("z.never");
        return literals.length === 1
          ? e.call("z.literal", e.num(literals[0]))
          : e.call("z.union", e.array(literals.map((v) => e.call("z.literal", e.num(v)))));
      }
      const plain = e.call(node.kind === "integer" ? "z.int" : "z.number");
      return mode === "strict" ? withChecks(plain, numberChecks(node)) : plain;
    }
    case "boolean":
      return node.const !== undefined ? e.call("z.literal", e.bool(node.const)) : e.call("z.boolean");
    case "null":
      return e.call("z.null");
    case "ref": {
      const target = ctx.byName.get(node.name);
      if (!target) return e.call("z.unknown");
      const name = validatorName(target, mode);
      const referenced = ctx.declared.has(name) ? e.id(name) : e.call("z.lazy", e.arrow(e.id(name)));
      // Keywords beside `$ref`: the server sends what they describe, so a response must meet
      // both; its validator ignores them, so a request is checked by the `$ref` alone.
      return node.base && mode === "loose" ? e.call("z.intersection", referenced, objectExpr(node.base, mode, ctx)) : referenced;
    }
    case "union": {
      const exprs = node.variants.map((v) => schemaExpr(v, mode, ctx));
      const variants = exprs.length === 1 ? exprs[0] : e.call("z.union", e.array(exprs));
      // Keywords beside anyOf/oneOf apply to the same value: the base object and a variant must both accept it.
      return node.base ? e.call("z.intersection", objectExpr(node.base, mode, ctx), variants) : variants;
    }
    case "any":
      return e.call("z.unknown");
  }
}

function objectExpr(node: ObjectSchema, mode: Mode, ctx: Ctx): Expr {
  const plain = objectShapeExpr(node, mode, ctx);
  return mode === "strict" ? withChecks(plain, objectChecks(node)) : plain;
}

/** A zod validator expression: a call (`z.string()`), or a call's method (`.catchall(...)`, `.check(...)`). */
type Validator = Extract<Expr, { kind: "call" | "method" }>;

function objectShapeExpr(node: ObjectSchema, mode: Mode, ctx: Ctx): Validator {
  const extra = node.additionalProperties;
  if (node.properties.length === 0) {
    if (node.patternProperties?.length) return e.call("z.record", e.call("z.string"), e.call("z.unknown"));
    // Strips unknown keys rather than rejecting them in responses, so the output stays `Record<string, never>`.
    if (extra === false) return e.call(mode === "strict" ? "z.strictObject" : "z.object", e.object([]));
    if (typeof extra === "object") return e.call("z.record", e.call("z.string"), schemaExpr(extra, mode, ctx));
    return e.call("z.record", e.call("z.string"), e.call("z.unknown"));
  }
  const shape = propertyValidators(node.properties, mode, ctx);
  if (typeof extra === "object" && !node.patternProperties?.length) {
    // Keys other than the declared ones must match the schema.
    return withOwnProto(e.method(e.call("z.object", e.object(shape)), "catchall", schemaExpr(extra, mode, ctx)), node.properties, mode, ctx);
  }
  return withOwnProto(e.call(objectFactory(node, mode), e.object(shape)), node.properties, mode, ctx);
}

/**
 * zod skips a `__proto__` key of an object's shape (it only keeps it from counting as
 * unknown), and later checks see the parsed output, which never has it. So a declared
 * `__proto__` property is checked before the object, on the input itself: an own
 * `__proto__` shadows the inherited accessor; without one, the value read is the
 * prototype, which only an optional property accepts.
 */
function withOwnProto(validator: Validator, properties: readonly Property[], mode: Mode, ctx: Ctx): Validator {
  const proto = properties.find((p) => p.name === "__proto__");
  if (!proto) return validator;
  const value = schemaExpr(proto.schema, mode, ctx);
  const checks: Check[] = [e.call("z.refine", e.id('(value) => typeof value === "object" && value !== null'), e.object([{ key: "abort", value: e.bool(true) }, { key: "message", value: e.str("expected object") }]))];
  if (proto.required) {
    checks.push(e.call("z.refine", e.id('(value) => Object.hasOwn(value, "__proto__")'), e.str("__proto__ is required")), e.call("z.property", e.str("__proto__"), value));
  } else {
    const absent = e.call("z.custom", e.id("(value) => value === Object.prototype"));
    checks.push(e.call("z.property", e.str("__proto__"), e.call("z.optional", e.call("z.union", e.array([absent, optionalValue(proto, value, ctx)])))));
  }
  return e.call("z.pipe", e.method(e.call("z.any"), "check", ...checks), validator);
}

function propertyValidators(properties: readonly Property[], mode: Mode, ctx: Ctx): ObjectProp[] {
  return properties.map((p) => {
    const value = schemaExpr(p.schema, mode, ctx);
    return { key: p.name, value: p.required ? value : e.call("z.optional", optionalValue(p, value, ctx)) };
  });
}

/** An optional property's value validator: on the response side it admits null too (nullable.ts). */
function optionalValue(p: Property, value: Expr, ctx: Ctx): Expr {
  return ctx.nullable && !admitsNull(p.schema) ? e.call("z.nullable", value) : value;
}

/** The zod factory of an object with properties and no catchall: requests reject unknown keys only where the schema says so. */
function objectFactory(node: ObjectSchema, mode: Mode): string {
  return mode === "strict" && node.additionalProperties === false && !node.patternProperties?.length ? "z.strictObject" : "z.looseObject";
}

// ---- Request-side constraints -------------------------------------------------------------
// All of a node's checks go into one `.check(...)` call (zod's standalone checks such as
// z.gte, z.regex, z.refine), so the expression stays a short member chain.

type Check = Expr;

/** The validator with its checks, or unchanged when it has none. */
function withChecks(base: Validator, checks: readonly Check[]): Validator {
  if (checks.length === 0) return base;
  // `z.object(...).catchall(...)` is already a chain: the checks go on an intersection instead.
  if (base.kind === "method") return e.call("z.intersection", base, e.method(e.call("z.record", e.call("z.string"), e.call("z.unknown")), "check", ...checks));
  return e.method(base, "check", ...checks);
}

function stringChecks(node: StringSchema): Check[] {
  const checks: Check[] = [];
  const length = lengthPattern(node.minLength, node.maxLength);
  if (length) checks.push(e.call("z.regex", e.call("RegExp", e.str(length), e.str("u")), e.str(lengthMessage(node.minLength, node.maxLength))));
  if (node.pattern !== undefined && compilePattern(node.pattern)) {
    checks.push(e.call("z.regex", e.call("RegExp", e.str(node.pattern), e.str("u")), e.str(`must match ${node.pattern}`)));
  }
  return checks;
}

function lengthMessage(min = 0, max?: number): string {
  const chars = (n: number): string => `${n} character${n === 1 ? "" : "s"}`;
  if (max === undefined) return `must be at least ${chars(min)} long`;
  if (min === 0) return `must be at most ${chars(max)} long`;
  return min === max ? `must be exactly ${chars(min)} long` : `must be ${min} to ${chars(max)} long`;
}

function numberChecks(node: NumberSchema): Check[] {
  const checks: Check[] = [];
  if (node.minimum !== undefined) checks.push(e.call("z.gte", e.num(node.minimum)));
  if (node.exclusiveMinimum !== undefined) checks.push(e.call("z.gt", e.num(node.exclusiveMinimum)));
  if (node.maximum !== undefined) checks.push(e.call("z.lte", e.num(node.maximum)));
  if (node.exclusiveMaximum !== undefined) checks.push(e.call("z.lt", e.num(node.exclusiveMaximum)));
  if (node.multipleOf !== undefined && node.multipleOf > 0) checks.push(e.call("z.multipleOf", e.num(node.multipleOf)));
  return checks;
}

function arrayChecks(node: ArraySchema): Check[] {
  const checks: Check[] = [];
  if (node.minItems !== undefined && node.minItems > 0) checks.push(e.call("z.minLength", e.num(node.minItems)));
  if (node.maxItems !== undefined) checks.push(e.call("z.maxLength", e.num(node.maxItems)));
  if (node.uniqueItems) checks.push(e.call("z.refine", uniqueItemsCheck(node.items), e.str("must not repeat items")));
  return checks;
}

function objectChecks(node: ObjectSchema): Check[] {
  const checks: Check[] = [];
  const count = "(value) => Object.keys(value).length";
  if (node.minProperties !== undefined && node.minProperties > 0) {
    checks.push(e.call("z.refine", e.id(`${count} >= ${numberText(node.minProperties)}`), e.str(`must have at least ${node.minProperties} keys`)));
  }
  if (node.maxProperties !== undefined) {
    checks.push(e.call("z.refine", e.id(`${count} <= ${numberText(node.maxProperties)}`), e.str(`must have at most ${node.maxProperties} keys`)));
  }
  return checks;
}

/**
 * uniqueItems, written out where it is used (the generated modules export only
 * validators). Items that are JSON scalars are compared as such (what JSON Schema's deep
 * equality means for them); other items as their JSON text.
 */
function uniqueItemsCheck(items: SchemaNode | undefined): Expr {
  const scalar = items !== undefined && ["string", "number", "integer", "boolean"].includes(items.kind);
  return e.id(
    scalar
      ? "(items) => new Set(items).size === items.length"
      : "(items) => new Set(items.map((item) => JSON.stringify(item))).size === items.length",
  );
}
