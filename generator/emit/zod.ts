// The zod 4 validators of one service. They are emitted as JavaScript plus declarations
// (`src/zod/<service>.js` and `.d.ts`): each validator is declared with its exact type
// (`z.ZodType<T.X>`), so tsc never infers zod's deep types when checking the package
// (that inference and the check against the annotations cost ~40 s on the ClearML corpus;
// the declarations check in well under a second). `emitZodCheckModule` renders the same
// expressions as annotated TypeScript: tests type-check it to prove the declarations true.
//
// Choices:
// - Responses accept unknown keys (`z.looseObject`): servers add fields.
// - Requests reject unknown keys (`z.strictObject`) only where the schema says
//   `additionalProperties: false`; definitions with such objects get a second, strict
//   validator (`<Name>Strict`) used on the request side.
// - Formats (date-time, uri, ...) are validated as plain strings: the server sends ISO
//   strings in several shapes (with and without zone), so a strict check would reject
//   real answers. Length/range constraints are documentation only, for the same reason.
// - Definitions are declared in dependency order; a reference back into a cycle uses
//   `z.lazy`, so recursive definitions work.
import type { ObjectSchema, SchemaNode } from "../schema/model.js";
import type { DefinitionPlan, ServicePlan } from "./plan.js";
import { e, t, type Expr, type Statement, type TsType } from "./printer.js";
import { findBatchItem, generatedHeader } from "./shared.js";

type Mode = "loose" | "strict";

interface Ctx {
  readonly byName: ReadonlyMap<string, DefinitionPlan>;
  /** Validators already declared (by exported name): references to others need z.lazy. */
  readonly declared: Set<string>;
}

/** One exported validator: its name, the type it validates (in the types module) and its zod expression. */
export interface ValidatorDecl {
  readonly name: string;
  readonly typeName: string;
  readonly value: Expr;
}

/** Every validator of a service, in declaration order (dependencies first). */
export function zodValidators(sp: ServicePlan): ValidatorDecl[] {
  const ctx: Ctx = { byName: new Map(sp.definitions.map((d) => [d.definition.name, d])), declared: new Set() };
  const out: ValidatorDecl[] = [];
  const declare = (name: string, typeName: string, value: Expr): void => {
    out.push({ name, typeName, value });
    ctx.declared.add(name);
  };

  // Dependency order by depth-first search; a definition on the current path is only reachable lazily.
  const onPath = new Set<string>();
  const visit = (dp: DefinitionPlan, mode: Mode): void => {
    const name = validatorName(dp, mode);
    if (ctx.declared.has(name) || onPath.has(name)) return;
    onPath.add(name);
    for (const dep of refsOf(dp.definition.schema)) {
      const target = ctx.byName.get(dep);
      if (target) visit(target, mode === "strict" && target.strictName ? "strict" : "loose");
    }
    onPath.delete(name);
    declare(name, dp.typeName, schemaExpr(dp.definition.schema, mode, ctx));
  };
  for (const dp of sp.definitions) {
    visit(dp, "loose");
    if (dp.strictName) visit(dp, "strict");
  }

  for (const ep of sp.endpoints) {
    for (const vp of ep.versions) {
      const r = vp.request;
      if (r.declare && r.shape.kind === "schema") declare(r.name, r.name, schemaExpr(r.shape.schema, "strict", ctx));
      const s = vp.response;
      if (s.declare && s.shape.kind === "schema") declare(s.name, s.name, schemaExpr(s.shape.schema, "loose", ctx));
    }
  }
  return out;
}

/** `src/zod/<service>.js`: the validators as plain ESM JavaScript. */
export function emitZodJsModule(sp: ServicePlan, validators: readonly ValidatorDecl[]): Statement[] {
  const out: Statement[] = [generatedHeader(sp.service), { kind: "import", names: ["z"], from: "zod" }, { kind: "blank" }];
  for (const v of validators) out.push({ kind: "const", name: v.name, value: v.value }, { kind: "blank" });
  return out;
}

/** `src/zod/<service>.d.ts`: each validator declared with the type it validates. */
export function emitZodDtsModule(sp: ServicePlan, validators: readonly ValidatorDecl[]): Statement[] {
  const out: Statement[] = [
    generatedHeader(sp.service),
    { kind: "import", typeOnly: true, names: ["z"], from: "zod" },
    { kind: "import", typeOnly: true, namespace: "T", from: `../types/${sp.module}.js` },
    { kind: "blank" },
  ];
  for (const v of validators) out.push({ kind: "declare-const", name: v.name, type: validatorType(v) });
  return out;
}

/**
 * The validators as annotated TypeScript (`export const X: z.ZodType<T.X> = ...;`), the
 * same expressions as the .js module: type-checking it proves the .d.ts declarations.
 */
export function emitZodCheckModule(sp: ServicePlan, validators: readonly ValidatorDecl[], typesModule: string): Statement[] {
  const out: Statement[] = [
    generatedHeader(sp.service),
    { kind: "import", names: ["z"], from: "zod" },
    { kind: "import", typeOnly: true, namespace: "T", from: typesModule },
    { kind: "blank" },
  ];
  for (const v of validators) out.push({ kind: "const", name: v.name, type: validatorType(v), value: v.value }, { kind: "blank" });
  return out;
}

function validatorType(v: ValidatorDecl): TsType {
  return t.ref("z.ZodType", [t.ref(`T.${v.typeName}`)]);
}

/** The validator a request of this version is checked with (the item validator for batches). */
export function requestValidatorName(sp: ServicePlan, vp: ServicePlan["endpoints"][number]["versions"][number]): string | undefined {
  const r = vp.request.shape;
  if (r.kind === "schema") return vp.request.name;
  const item = findBatchItem(sp, r);
  return item && item.request.shape.kind === "schema" ? item.request.name : undefined;
}

function validatorName(dp: DefinitionPlan, mode: Mode): string {
  return mode === "strict" && dp.strictName ? dp.strictName : dp.typeName;
}

function refsOf(root: SchemaNode): string[] {
  const out: string[] = [];
  const stack: SchemaNode[] = [root];
  while (stack.length > 0) {
    const n = stack.pop()!;
    switch (n.kind) {
      case "ref":
        out.push(n.name);
        break;
      case "object":
        for (let i = n.properties.length - 1; i >= 0; i--) stack.push(n.properties[i].schema);
        if (typeof n.additionalProperties === "object") stack.push(n.additionalProperties);
        break;
      case "array":
        if (n.items) stack.push(n.items);
        break;
      case "union":
        if (n.base) stack.push(n.base);
        for (let i = n.variants.length - 1; i >= 0; i--) stack.push(n.variants[i]);
        break;
    }
  }
  return out;
}

function schemaExpr(node: SchemaNode, mode: Mode, ctx: Ctx): Expr {
  switch (node.kind) {
    case "object":
      return objectExpr(node, mode, ctx);
    case "array":
      return e.call("z.array", node.items ? schemaExpr(node.items, mode, ctx) : e.call("z.unknown"));
    case "string":
      if (node.const !== undefined) return e.call("z.literal", e.str(node.const));
      if (node.enum) return node.enum.length > 0 ? e.call("z.enum", e.array(node.enum.map((v) => e.str(v)))) : e.call("z.never");
      return e.call("z.string");
    case "number":
    case "integer": {
      const literals = node.const !== undefined ? [node.const] : node.enum;
      if (literals) {
        if (literals.length === 0) return e.call("z.never");
        return literals.length === 1
          ? e.call("z.literal", e.num(literals[0]))
          : e.call("z.union", e.array(literals.map((v) => e.call("z.literal", e.num(v)))));
      }
      return e.call(node.kind === "integer" ? "z.int" : "z.number");
    }
    case "boolean":
      return node.const !== undefined ? e.call("z.literal", e.bool(node.const)) : e.call("z.boolean");
    case "null":
      return e.call("z.null");
    case "ref": {
      const target = ctx.byName.get(node.name);
      if (!target) return e.call("z.unknown");
      const name = validatorName(target, mode);
      return ctx.declared.has(name) ? e.id(name) : e.call("z.lazy", e.arrow(e.id(name)));
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
  const extra = node.additionalProperties;
  if (node.properties.length === 0) {
    if (node.patternProperties?.length) return e.call("z.record", e.call("z.string"), e.call("z.unknown"));
    // Strips unknown keys rather than rejecting them in responses, so the output stays `Record<string, never>`.
    if (extra === false) return e.call(mode === "strict" ? "z.strictObject" : "z.object", e.object([]));
    if (typeof extra === "object") return e.call("z.record", e.call("z.string"), schemaExpr(extra, mode, ctx));
    return e.call("z.record", e.call("z.string"), e.call("z.unknown"));
  }
  const shape = node.properties.map((p) => {
    const value = schemaExpr(p.schema, mode, ctx);
    return { key: p.name, value: p.required ? value : e.call("z.optional", value) };
  });
  if (typeof extra === "object" && !node.patternProperties?.length) {
    // Keys other than the declared ones must match the schema.
    return e.method(e.call("z.object", e.object(shape)), "catchall", schemaExpr(extra, mode, ctx));
  }
  const factory = mode === "strict" && extra === false && !node.patternProperties?.length ? "z.strictObject" : "z.looseObject";
  return e.call(factory, e.object(shape));
}
