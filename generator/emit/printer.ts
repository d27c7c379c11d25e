// The code printer: a tiny TypeScript syntax tree (the constructs the emitters produce),
// printed exactly as prettier 3 formats it (printWidth 80, double quotes, semicolons,
// trailing commas): print/ turns each node into prettier's document and renders it, so
// generated files need no formatter (test/emit/printer-prettier.test.ts checks it).
import { numberText, propertyKey, quote } from "./print/literals.js";
import { newStacks, render, renderInto } from "./print/render.js";
import { statementDoc } from "./print/statement-doc.js";
import { typeDoc } from "./print/type-doc.js";

export { numberText, propertyKey, quote };

type Keyword = "string" | "number" | "boolean" | "null" | "unknown" | "never" | "undefined";

export type TsType =
  /** A type name, possibly qualified (`T.TasksTask`). */
  | { readonly kind: "ref"; readonly name: string; readonly args?: readonly TsType[] }
  | { readonly kind: "keyword"; readonly name: Keyword }
  /** A bigint prints with all its digits (a schema's integer beyond 2^53). */
  | { readonly kind: "literal"; readonly value: string | number | bigint | boolean }
  | { readonly kind: "array"; readonly element: TsType }
  | { readonly kind: "tuple"; readonly elements: readonly TsType[]; readonly readonly?: boolean }
  | { readonly kind: "union"; readonly members: readonly TsType[] }
  | { readonly kind: "intersection"; readonly members: readonly TsType[] }
  | { readonly kind: "object"; readonly members: readonly TsMember[] };

type Documented = { readonly doc?: readonly string[] };

export type TsMember = Documented &
  (
    | { readonly kind: "property"; readonly name: string; readonly optional?: boolean; readonly readonly?: boolean; readonly type: TsType }
    | { readonly kind: "index"; readonly key: string; readonly type: TsType }
    | { readonly kind: "method"; readonly name: string; readonly params: readonly TsParam[]; readonly returns: TsType }
  );

/** `type` is absent in JavaScript, and never an object literal type: prettier hugs a lone one, a layout the emitters never need. */
export type TsParam = { readonly name: string; readonly optional?: boolean; readonly type?: ParamType };

export type ParamType = Exclude<TsType, { kind: "object" }>;

export const t = {
  ref: (name: string, args?: readonly TsType[]): Extract<TsType, { kind: "ref" }> => ({ kind: "ref", name, args }),
  kw: (name: Keyword): TsType => ({ kind: "keyword", name }),
  lit: (value: string | number | bigint | boolean): TsType => ({ kind: "literal", value }),
  array: (element: TsType): TsType => ({ kind: "array", element }),
  /** `readonly [A, B]` (what `[a, b] as const` is typed as). */
  readonlyTuple: (elements: readonly TsType[]): TsType => ({ kind: "tuple", elements, readonly: true }),
  union: (members: readonly TsType[]): TsType => normalizeUnion(members),
  object: (members: readonly TsMember[]): TsType => ({ kind: "object", members }),
  /** `A & B`, nested intersections flattened (as prettier prints them); one member is returned as is. */
  intersection: (members: readonly TsType[]): TsType => {
    const flat = members.flatMap((m) => (m.kind === "intersection" ? m.members : [m]));
    return flat.length === 1 ? flat[0] : { kind: "intersection", members: flat };
  },
};

/** Flattens nested unions and drops repeated members but objects (structurally equal: printed alike); one member is returned as is. */
function normalizeUnion(members: readonly TsType[]): TsType {
  const flat: TsType[] = [];
  const seen = new Set<string>();
  const visit = (m: TsType): void => {
    if (m.kind === "union") return m.members.forEach(visit);
    const key = m.kind === "object" ? "" : memberKey(m);
    if (key === "" || !seen.has(key)) flat.push(m);
    seen.add(key);
  };
  members.forEach(visit);
  return flat.length === 1 ? flat[0] : flat.length === 0 ? t.kw("never") : { kind: "union", members: flat };
}

/** Equal for members printed alike: the common ones by their text, the rest as JSON (a bigint as an object no literal can be). */
const memberKey = (m: TsType): string =>
  m.kind === "keyword" || (m.kind === "ref" && !m.args) ? m.name : m.kind === "literal" ? (typeof m.value === "string" ? JSON.stringify(m.value) : String(m.value)) : m.kind === "array" ? memberKey(m.element) + "[]" : JSON.stringify(m, (_key, v: unknown) => (typeof v === "bigint" ? { bigint: v.toString() } : v));

/** The type printed on its own, as a union's member would be (used for tests). */
export const printType = (type: TsType): string => render(typeDoc(type, "alias-member"));

export type TypeContext = "alias" | "property" | "array" | "type-arg" | "alias-member";

export type Expr =
  /** An identifier or a dotted member access (`V.TasksTask`). */
  | { readonly kind: "id"; readonly name: string }
  | { readonly kind: "string"; readonly value: string }
  /** A bigint prints with all its digits. */
  | { readonly kind: "number"; readonly value: number | bigint }
  | { readonly kind: "boolean"; readonly value: boolean }
  | { readonly kind: "call"; readonly callee: string; readonly args: readonly Arg[] }
  | { readonly kind: "array"; readonly items: readonly Expr[] }
  | { readonly kind: "object"; readonly props: readonly ObjectProp[] }
  /** `target.name(args)`: at most two calls in a chain, all the member-chain layout covers. */
  | { readonly kind: "method"; readonly target: MethodTarget; readonly name: string; readonly args: readonly Arg[] }
  | { readonly kind: "as-const"; readonly expr: Expr };

export type MethodTarget = Extract<Expr, { kind: "id" | "call" }>;

/** `key: value`, or `...name` (the properties of another object). */
export type ObjectProp = { readonly key: string; readonly value: Expr } | { readonly spread: string };

/** `() => name` (a lazy reference), only ever a call's argument: elsewhere prettier's arrow layouts are ones the emitters never need. */
export type Arrow = { readonly kind: "arrow"; readonly body: Extract<Expr, { kind: "id" }> };

export type Arg = Expr | Arrow;

export const e = {
  id: (name: string): Extract<Expr, { kind: "id" }> => ({ kind: "id", name }),
  str: (value: string): Expr => ({ kind: "string", value }),
  num: (value: number | bigint): Expr => ({ kind: "number", value }),
  bool: (value: boolean): Expr => ({ kind: "boolean", value }),
  call: (callee: string, ...args: Arg[]): Extract<Expr, { kind: "call" }> => ({ kind: "call", callee, args }),
  array: (items: readonly Expr[]): Expr => ({ kind: "array", items }),
  object: (props: readonly ObjectProp[]): Expr => ({ kind: "object", props }),
  method: (target: MethodTarget, name: string, ...args: Arg[]): Extract<Expr, { kind: "method" }> => ({ kind: "method", target, name, args }),
  arrow: (body: Extract<Expr, { kind: "id" }>): Arrow => ({ kind: "arrow", body }),
  asConst: (expr: Expr): Expr => ({ kind: "as-const", expr }),
};

type Signature = { readonly name: string; readonly params: readonly TsParam[] };

export type Statement =
  | { readonly kind: "import"; readonly typeOnly?: boolean; readonly names?: readonly string[]; readonly namespace?: string; readonly from: string }
  | { readonly kind: "export-all"; readonly typeOnly?: boolean; readonly from: string; readonly as?: string }
  | (Documented &
      (
        | { readonly kind: "type"; readonly name: string; readonly typeParams?: readonly { readonly name: string; readonly constraint?: TsType }[]; readonly type: TsType }
        | { readonly kind: "interface"; readonly name: string; readonly extends?: readonly TsType[]; readonly members: readonly TsMember[] }
        /** `export const name = value;`, or without `export` when `local`. */
        | { readonly kind: "const"; readonly name: string; readonly type?: TsType; readonly value: Expr; readonly local?: boolean }
        /** `export declare const name: type;` (declaration files). */
        | { readonly kind: "declare-const"; readonly name: string; readonly type: TsType }
        /** Parameters without a type (and no `returns`) make a JavaScript function; `body` is what it returns. */
        | (Signature & { readonly kind: "function"; readonly returns?: TsType; readonly body: Expr })
        | (Signature & { readonly kind: "declare-function"; readonly returns: TsType })
      ))
  /** An empty line between statements. */
  | { readonly kind: "blank" }
  /** A `//` comment line. */
  | { readonly kind: "comment"; readonly text: string };

/** Prints a whole module: statements one per line, `blank` statements as empty lines. */
export function printModule(statements: readonly Statement[]): string {
  // Each statement starts at column 0 after a hard break: no layout in one depends on another.
  const pieces: string[] = [];
  const stacks = newStacks();
  let previousBlank = true;
  for (const s of statements) {
    if (s.kind !== "blank") pieces.push(renderInto(statementDoc(s), [], stacks).join(""));
    // A blank statement is an empty line, never two in a row nor one at the start.
    if (s.kind !== "blank" || !previousBlank) pieces.push("\n");
    previousBlank = s.kind === "blank";
  }
  // A trailing blank statement leaves no empty last line.
  if (previousBlank) pieces.pop();
  return pieces.join("");
}
