// The code printer: a tiny TypeScript syntax tree (just the constructs the emitters
// produce) printed exactly as prettier 3 formats it (default options: printWidth 80,
// double quotes, semicolons, trailing commas "all"), straight to text by print/. Emitters
// build these nodes, never strings of code, so generated files are already
// prettier-formatted. test/emit/printer-prettier.test.ts checks it against prettier.
import { numberText, propertyKey, quote } from "./print/literals.js";
import { begin, finish } from "./print/out.js";
import { printStatementDirect } from "./print/statement-print.js";
import { printType as printTypeTo } from "./print/type-print.js";

export { numberText, propertyKey, quote };

// ---------------------------------------------------------------------------- types

export type TsType =
  /** A type name, possibly qualified (`T.TasksTask`), with optional type arguments. */
  | { readonly kind: "ref"; readonly name: string; readonly args?: readonly TsType[] }
  | { readonly kind: "keyword"; readonly name: "string" | "number" | "boolean" | "null" | "unknown" | "never" | "undefined" }
  /** A bigint prints with all its digits (a schema's integer beyond 2^53). */
  | { readonly kind: "literal"; readonly value: string | number | bigint | boolean }
  | { readonly kind: "array"; readonly element: TsType }
  /** `[A, B]`, or `readonly [A, B]`. */
  | { readonly kind: "tuple"; readonly elements: readonly TsType[]; readonly readonly?: boolean }
  | { readonly kind: "union"; readonly members: readonly TsType[] }
  | { readonly kind: "intersection"; readonly members: readonly TsType[] }
  | { readonly kind: "object"; readonly members: readonly TsMember[] };

export type TsMember =
  | {
      readonly kind: "property";
      readonly name: string;
      readonly optional?: boolean;
      readonly readonly?: boolean;
      readonly type: TsType;
      readonly doc?: readonly string[];
    }
  | { readonly kind: "index"; readonly key: string; readonly type: TsType; readonly doc?: readonly string[] }
  | {
      readonly kind: "method";
      readonly name: string;
      readonly params: readonly TsParam[];
      readonly returns: TsType;
      readonly doc?: readonly string[];
    };

export interface TsParam {
  readonly name: string;
  readonly optional?: boolean;
  /**
   * Absent in JavaScript. Never an object type literal: prettier hugs a lone one (its braces
   * break with the signature), a layout the emitters never need.
   */
  readonly type?: ParamType;
}

export type ParamType = Exclude<TsType, { kind: "object" }>;

export const t = {
  ref: (name: string, args?: readonly TsType[]): Extract<TsType, { kind: "ref" }> => ({ kind: "ref", name, args }),
  kw: (name: "string" | "number" | "boolean" | "null" | "unknown" | "never" | "undefined"): TsType => ({
    kind: "keyword",
    name,
  }),
  lit: (value: string | number | bigint | boolean): TsType => ({ kind: "literal", value }),
  array: (element: TsType): TsType => ({ kind: "array", element }),
  /** `readonly [A, B]` (what `[a, b] as const` is typed as). */
  readonlyTuple: (elements: readonly TsType[]): TsType => ({ kind: "tuple", elements, readonly: true }),
  union: (members: readonly TsType[]): TsType => normalizeUnion(members),
  object: (members: readonly TsMember[]): TsType => ({ kind: "object", members }),
  /** `A & B`, nested intersections flattened (prettier would print them so); one member is returned as is. */
  intersection: (members: readonly TsType[]): TsType => {
    const flat = members.flatMap((m) => (m.kind === "intersection" ? m.members : [m]));
    return flat.length === 1 ? flat[0] : { kind: "intersection", members: flat };
  },
};

/** Flattens nested unions and drops members that print identically; one member is returned as is. */
function normalizeUnion(members: readonly TsType[]): TsType {
  const flat: TsType[] = [];
  const seen = new Set<string>();
  const visit = (m: TsType): void => {
    if (m.kind === "union") {
      m.members.forEach(visit);
      return;
    }
    const key = m.kind === "object" ? undefined : typeKey(m);
    if (key !== undefined) {
      if (seen.has(key)) return;
      seen.add(key);
    }
    flat.push(m);
  };
  members.forEach(visit);
  if (flat.length === 1) return flat[0];
  if (flat.length === 0) return t.kw("never");
  return { kind: "union", members: flat };
}

/** A structural key: equal keys print identically (cheaper than printing for de-duplication). */
function typeKey(type: TsType): string {
  switch (type.kind) {
    case "keyword":
      return type.name;
    case "literal":
      return typeof type.value === "string" ? JSON.stringify(type.value) : String(type.value);
    case "ref":
      return type.args?.length ? `${type.name}<${type.args.map(typeKey).join(",")}>` : type.name;
    case "array":
      return `(${typeKey(type.element)})[]`;
    case "tuple":
      return `${type.readonly ? "readonly " : ""}[${type.elements.map(typeKey).join(",")}]`;
    case "union":
      return `(${type.members.map(typeKey).join("|")})`;
    case "intersection":
      return `(${type.members.map(typeKey).join("&")})`;
    case "object":
      // A bigint (a literal beyond 2^53) as an object no literal can be, so keys never collide.
      return JSON.stringify(type.members, (_key, v: unknown) => (typeof v === "bigint" ? { bigint: v.toString() } : v));
  }
}

/** The type printed on its own, as a union's member would be (used for tests). */
export function printType(type: TsType): string {
  begin();
  printTypeTo(type, "alias-member", "", 0);
  return finish();
}

export type TypeContext = "alias" | "property" | "array" | "type-arg" | "alias-member";

// ---------------------------------------------------------------------- expressions

export type Expr =
  /** An identifier or a dotted member access (`V.TasksTask`). */
  | { readonly kind: "id"; readonly name: string }
  | { readonly kind: "string"; readonly value: string }
  /** A bigint prints with all its digits, as a number literal. */
  | { readonly kind: "number"; readonly value: number | bigint }
  | { readonly kind: "boolean"; readonly value: boolean }
  | { readonly kind: "call"; readonly callee: string; readonly args: readonly Arg[] }
  | { readonly kind: "array"; readonly items: readonly Expr[] }
  | { readonly kind: "object"; readonly props: readonly ObjectProp[] }
  /**
   * `target.name(args)`: a method call on a name or a call (at most two calls in a chain,
   * all the member-chain layout covers), printed as prettier prints member chains.
   */
  | { readonly kind: "method"; readonly target: MethodTarget; readonly name: string; readonly args: readonly Arg[] }
  | { readonly kind: "as-const"; readonly expr: Expr };

/** What a method is called on. */
export type MethodTarget = Extract<Expr, { kind: "id" | "call" }>;

/** An object literal's member: `key: value`, or `...name` (the properties of another object). */
export type ObjectProp = { readonly key: string; readonly value: Expr } | { readonly spread: string };

/**
 * `() => name` (a lazy reference), only ever a call's argument: elsewhere (a value, an
 * element, `as const`'s operand) prettier lays arrow functions out by rules the emitters
 * never need.
 */
export interface Arrow {
  readonly kind: "arrow";
  readonly body: Extract<Expr, { kind: "id" }>;
}

/** A call's argument. */
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

// ----------------------------------------------------------------------- statements

export type Statement =
  | { readonly kind: "import"; readonly typeOnly?: boolean; readonly names?: readonly string[]; readonly namespace?: string; readonly from: string }
  | { readonly kind: "export-all"; readonly typeOnly?: boolean; readonly from: string; readonly as?: string }
  | {
      readonly kind: "type";
      readonly name: string;
      readonly typeParams?: readonly { readonly name: string; readonly constraint?: TsType }[];
      readonly type: TsType;
      readonly doc?: readonly string[];
    }
  | {
      readonly kind: "interface";
      readonly name: string;
      readonly extends?: readonly TsType[];
      readonly members: readonly TsMember[];
      readonly doc?: readonly string[];
    }
  /** `export const name = value;`, or without `export` when `local`. */
  | { readonly kind: "const"; readonly name: string; readonly type?: TsType; readonly value: Expr; readonly doc?: readonly string[]; readonly local?: boolean }
  /** `export declare const name: type;` (declaration files). */
  | { readonly kind: "declare-const"; readonly name: string; readonly type: TsType; readonly doc?: readonly string[] }
  | {
      readonly kind: "function";
      readonly name: string;
      /** Parameters without a type (and no `returns`) make a JavaScript function. */
      readonly params: readonly TsParam[];
      readonly returns?: TsType;
      /** The single `return` expression of the body. */
      readonly body: Expr;
      readonly doc?: readonly string[];
    }
  /** `export declare function name(params): returns;` (declaration files). */
  | {
      readonly kind: "declare-function";
      readonly name: string;
      readonly params: readonly TsParam[];
      readonly returns: TsType;
      readonly doc?: readonly string[];
    }
  /** A blank line between statements. */
  | { readonly kind: "blank" }
  /** A `//` comment line. */
  | { readonly kind: "comment"; readonly text: string };

/** Prints a whole module: statements one per line, `blank` statements as empty lines. */
export function printModule(statements: readonly Statement[]): string {
  // Statements are separated by hard breaks at column 0: no layout decision in one depends on another.
  const pieces: string[] = [];
  let previousBlank = true;
  for (const s of statements) {
    if (s.kind === "blank") {
      if (!previousBlank) pieces.push("\n");
      previousBlank = true;
      continue;
    }
    pieces.push(trimTrailingBlanks(printStatementDirect(s)), "\n");
    previousBlank = false;
  }
  const text = pieces.join("");
  // A trailing blank statement must not leave an empty last line.
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 10) end--;
  return end === text.length ? text : text.slice(0, end) + "\n";
}

/** What the hard break after a statement trims: spaces and tabs at its end. */
function trimTrailingBlanks(text: string): string {
  const last = text.charCodeAt(text.length - 1);
  return last === 32 || last === 9 ? text.replace(/[ \t]+$/, "") : text;
}
