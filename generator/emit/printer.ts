// The code printer: a tiny TypeScript syntax tree (just the constructs the emitters
// produce) printed through docs shaped exactly like prettier 3's TypeScript printer
// builds them for the same syntax (default options: printWidth 80, double quotes,
// semicolons, trailing commas "all"). Emitters build these nodes, never strings of code,
// so generated files are already prettier-formatted. test/emit/prettier.test.ts checks it.
import {
  align,
  breakParent,
  conditionalGroup,
  fill,
  group,
  hardline,
  ifBreak,
  indent,
  indentIfBreak,
  join,
  line,
  printDoc,
  softline,
  stringWidth,
  textLines,
  willBreak,
  type Doc,
} from "./doc.js";
import { memberChain, type ChainNode } from "./print/chain.js";
import { jsDocLines, numberText, propertyKey, quote } from "./print/literals.js";
import { Unsupported } from "./print/out.js";
import {
  arrayShouldBreak,
  couldExpand,
  isConciselyPrintedArray,
  isHuggedTypeArgument,
  isHuggedUnion,
  isPoorlyBreakableChain,
  shouldGroupLastArgument,
} from "./print/shapes.js";
import { printStatementDirect } from "./print/statement-print.js";

export { numberText, propertyKey, quote };

// Separators shared by every list: docs are immutable, so one array serves all.
const COMMA_LINE: Doc = [",", line];
const SEMI_LINE: Doc = [";", line];
const LINE_BAR: Doc = [line, "| "];
/** The end of a broken argument list: `,` on the last argument's line, `)` on its own. */
const TRAILING_COMMA_CLOSE_PAREN: Doc = [ifBreak(","), softline, ")"];

// ---------------------------------------------------------------------------- types

export type TsType =
  /** A type name, possibly qualified (`T.TasksTask`), with optional type arguments. */
  | { readonly kind: "ref"; readonly name: string; readonly args?: readonly TsType[] }
  | { readonly kind: "keyword"; readonly name: "string" | "number" | "boolean" | "null" | "unknown" | "never" | "undefined" }
  | { readonly kind: "literal"; readonly value: string | number | boolean }
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
  /** Absent in JavaScript. */
  readonly type?: TsType;
}

export const t = {
  ref: (name: string, args?: readonly TsType[]): TsType => ({ kind: "ref", name, args }),
  kw: (name: "string" | "number" | "boolean" | "null" | "unknown" | "never" | "undefined"): TsType => ({
    kind: "keyword",
    name,
  }),
  lit: (value: string | number | boolean): TsType => ({ kind: "literal", value }),
  array: (element: TsType): TsType => ({ kind: "array", element }),
  /** `readonly [A, B]` (what `[a, b] as const` is typed as). */
  readonlyTuple: (elements: readonly TsType[]): TsType => ({ kind: "tuple", elements, readonly: true }),
  union: (members: readonly TsType[]): TsType => normalizeUnion(members),
  object: (members: readonly TsMember[]): TsType => ({ kind: "object", members }),
  /** `A & B`; one member is returned as is. */
  intersection: (members: readonly TsType[]): TsType => (members.length === 1 ? members[0] : { kind: "intersection", members }),
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
      return JSON.stringify(type.members);
  }
}

/** The type printed on its own (used for tests). */
export function printType(type: TsType): string {
  return printDoc(typeDoc(type, "alias-member"));
}

export type TypeContext = "alias" | "property" | "array" | "type-arg" | "alias-member";

function typeDoc(type: TsType, ctx: TypeContext): Doc {
  switch (type.kind) {
    case "keyword":
      return type.name;
    case "literal":
      return typeof type.value === "string" ? quote(type.value) : String(type.value);
    case "ref":
      return type.args?.length ? [type.name, typeArgsDoc(type.args)] : type.name;
    case "array": {
      const el = type.element;
      if (el.kind === "union") {
        if (isHuggedUnion(el)) return ["(", unionMembersDoc(el), ")", "[]"];
        return ["(", group([indent([softline, unionGroup(el)]), softline]), ")", "[]"];
      }
      if (el.kind === "intersection") return ["(", intersectionDoc(el.members), ")", "[]"];
      return [typeDoc(el, "array"), "[]"];
    }
    case "tuple": {
      // prettier breaks a tuple type one element per line, never several to a line.
      const body: Doc =
        type.elements.length === 0
          ? "[]"
          : group(["[", indent([softline, join(COMMA_LINE, type.elements.map((m) => typeDoc(m, "type-arg")))]), ifBreak(","), softline, "]"]);
      return type.readonly ? ["readonly ", body] : body;
    }
    case "intersection":
      return intersectionDoc(type.members);
    case "union":
      if (isHuggedUnion(type)) return unionMembersDoc(type);
      if (ctx === "property") return group(indent([softline, unionGroup(type)]));
      if (ctx === "alias") return group(indent([line, unionGroup(type)]));
      return unionGroup(type);
    case "object":
      return objectTypeDoc(type.members);
  }
}

const isObjectType = (m: TsType): boolean => m.kind === "object";

/** prettier's printIntersectionType; a union member is parenthesized and breaks one member per line. */
function intersectionDoc(members: readonly TsType[]): Doc {
  let wasIndented = false;
  return group(
    members.map((m, i): Doc => {
      const doc =
        m.kind === "union"
          ? isHuggedUnion(m)
            ? ["(", unionMembersDoc(m), ")"]
            : ["(", group([indent([softline, unionGroup(m)]), softline]), ")"]
          : typeDoc(m, "alias-member");
      if (i === 0) return doc;
      const previous = members[i - 1];
      if (isObjectType(previous) && isObjectType(m)) return [" & ", wasIndented ? indent(doc) : doc];
      if (!isObjectType(previous) && !isObjectType(m)) return indent([" &", line, doc]);
      if (i > 1) wasIndented = true;
      return [" & ", i > 1 ? indent(doc) : doc];
    }),
  );
}

function unionMembersDoc(u: { members: readonly TsType[] }): Doc {
  return join(" | ", u.members.map((m) => typeDoc(m, "alias-member")));
}

function unionGroup(u: { members: readonly TsType[] }): Doc {
  return group([ifBreak("| "), join(LINE_BAR, u.members.map((m) => align(2, typeDoc(m, "alias-member"))))]);
}

function typeArgsDoc(args: readonly TsType[]): Doc {
  if (isHuggedTypeArgument(args)) return ["<", typeDoc(args[0], "type-arg"), ">"];
  return group(["<", indent([softline, join(COMMA_LINE, args.map((a) => typeDoc(a, "type-arg")))]), softline, ">"]);
}

function objectTypeDoc(members: readonly TsMember[]): Doc {
  if (members.length === 0) return "{}";
  const printed = members.map((m) => withDoc(m.doc, memberDoc(m)));
  return group(["{", indent([line, join(SEMI_LINE, printed), ifBreak(";")]), line, "}"], { shouldBreak: true });
}

function memberDoc(m: TsMember): Doc {
  switch (m.kind) {
    case "property":
      return group([(m.readonly ? "readonly " : "") + propertyKey(m.name) + (m.optional ? "?: " : ": "), typeDoc(m.type, "property")]);
    case "index":
      return group(["[", group([indent([softline, m.key + ": string"]), softline]), "]: ", typeDoc(m.type, "property")]);
    case "method":
      return group([propertyKey(m.name), paramsDoc(m.params), group([": ", typeDoc(m.returns, "property")])]);
  }
}

function paramsDoc(params: readonly TsParam[]): Doc {
  if (params.length === 0) return "()";
  const printed = params.map((p): Doc => (p.type ? [p.name + (p.optional ? "?: " : ": "), typeDoc(p.type, "property")] : p.name));
  return ["(", indent([softline, join(COMMA_LINE, printed)]), ifBreak(","), softline, ")"];
}

function withDoc(lines: readonly string[] | undefined, doc: Doc): Doc {
  return lines && lines.length > 0 ? [jsDoc(lines), hardline, doc] : doc;
}

// ---------------------------------------------------------------------- expressions

export type Expr =
  /** An identifier or a dotted member access (`V.TasksTask`). */
  | { readonly kind: "id"; readonly name: string }
  | { readonly kind: "string"; readonly value: string }
  | { readonly kind: "number"; readonly value: number }
  | { readonly kind: "boolean"; readonly value: boolean }
  | { readonly kind: "call"; readonly callee: string; readonly args: readonly Expr[] }
  | { readonly kind: "array"; readonly items: readonly Expr[] }
  | { readonly kind: "object"; readonly props: readonly { readonly key: string; readonly value: Expr }[] }
  /** `target.name(args)`: a method call, printed as prettier prints member chains. */
  | { readonly kind: "method"; readonly target: Expr; readonly name: string; readonly args: readonly Expr[] }
  /** `() => body` */
  | { readonly kind: "arrow"; readonly body: Expr }
  | { readonly kind: "as-const"; readonly expr: Expr };

export const e = {
  id: (name: string): Expr => ({ kind: "id", name }),
  str: (value: string): Expr => ({ kind: "string", value }),
  num: (value: number): Expr => ({ kind: "number", value }),
  bool: (value: boolean): Expr => ({ kind: "boolean", value }),
  call: (callee: string, ...args: Expr[]): Expr => ({ kind: "call", callee, args }),
  array: (items: readonly Expr[]): Expr => ({ kind: "array", items }),
  object: (props: readonly { key: string; value: Expr }[]): Expr => ({ kind: "object", props }),
  method: (target: Expr, name: string, ...args: Expr[]): Expr => ({ kind: "method", target, name, args }),
  arrow: (body: Expr): Expr => ({ kind: "arrow", body }),
  asConst: (expr: Expr): Expr => ({ kind: "as-const", expr }),
};

function exprDoc(x: Expr): Doc {
  switch (x.kind) {
    case "id":
      return x.name;
    case "string":
      return quote(x.value);
    case "number":
      return numberText(x.value);
    case "boolean":
      return String(x.value);
    case "call":
      return callDoc(x);
    case "method":
      return memberChainDoc(x);
    case "array":
      return arrayDoc(x.items);
    case "object":
      return objectDoc(x.props);
    case "arrow":
      return group([group("()"), " =>", group(indent([line, exprDoc(x.body)]))]);
    case "as-const":
      return [exprDoc(x.expr), " as const"];
  }
}

function callDoc(x: { callee: string; args: readonly Expr[] }): Doc {
  const args = callArgumentsDoc(x.args);
  // A one-call member chain (`z.object(...)`) is grouped; a plain call is not.
  return x.callee.includes(".") ? group([x.callee, args]) : [x.callee, args];
}

/**
 * prettier's printMemberChain for `a.b(...).c(...)`: the nodes are cut into groups, each
 * ending with its calls; past two groups the chain is printed one `.call()` per line when
 * any group but the last breaks, else whichever of one line / expanded fits.
 */
function memberChainDoc(x: Extract<Expr, { kind: "method" }>): Doc {
  const { groups, merge } = memberChain(x);
  const nodeDoc = (n: ChainNode): Doc => (n.kind === "call" ? callArgumentsDoc(n.args) : n.name);
  const printed: Doc[] = groups.map((g) => g.map(nodeDoc));
  if (groups.length <= (merge ? 3 : 2)) return group(printed);
  const expanded: Doc = [printed[0], merge ? printed[1] : "", indent([hardline, join(hardline, printed.slice(merge ? 2 : 1))])];
  if (printed.slice(0, -1).some(willBreak)) return group(expanded);
  return [willBreak(printed) ? breakParent : "", conditionalGroup([printed, expanded])];
}

/** prettier's printCallArguments, including last-argument hugging. */
function callArgumentsDoc(args: readonly Expr[]): Doc {
  if (args.length === 0) return "()";
  const last = args[args.length - 1];
  if (args.length === 1 && !couldExpand(last)) {
    // The common case (`z.optional(x)`), built without the general path's intermediate arrays.
    const only = exprDoc(last);
    return group(["(", indent([softline, only]), TRAILING_COMMA_CLOSE_PAREN], { shouldBreak: willBreak(only) });
  }
  // Each argument is built once: the hugging states below share the last argument's doc
  // (building it again per state doubles the work at every nesting level).
  const docs = args.map(exprDoc);
  const printed: Doc[] = docs.map((d, i) => (i < args.length - 1 ? [d, COMMA_LINE] : d));
  const allArgsBrokenOut = (): Doc =>
    group(["(", indent([line, ...printed, ","]), line, ")"], { shouldBreak: true });
  if (shouldGroupLastArgument(args)) {
    const head = printed.slice(0, -1);
    if (head.some(willBreak)) return allArgsBrokenOut();
    const lastDoc = docs[docs.length - 1];
    if (willBreak(lastDoc)) {
      return [breakParent, conditionalGroup([["(", ...head, group(lastDoc, { shouldBreak: true }), ")"], allArgsBrokenOut()])];
    }
    return [
      printed.some(willBreak) ? breakParent : "",
      conditionalGroup([
        ["(", ...head, lastDoc, ")"],
        ["(", ...head, group(lastDoc, { shouldBreak: true }), ")"],
        allArgsBrokenOut(),
      ]),
    ];
  }
  return group(["(", indent([softline, ...printed]), TRAILING_COMMA_CLOSE_PAREN], {
    shouldBreak: printed.some(willBreak),
  });
}

function arrayDoc(items: readonly Expr[]): Doc {
  if (items.length === 0) return "[]";
  // prettier fills arrays of numbers several to a line.
  if (isConciselyPrintedArray({ kind: "array", items })) return conciseArrayDoc(items);
  const shouldBreak = arrayShouldBreak(items);
  return group(["[", indent([softline, join(COMMA_LINE, items.map((i) => group(exprDoc(i))))]), ifBreak(","), softline, "]"], {
    shouldBreak,
  });
}

function conciseArrayDoc(items: readonly Expr[]): Doc {
  const id = Symbol("array");
  const parts: Doc[] = [];
  items.forEach((item, i) => {
    const last = i === items.length - 1;
    parts.push([exprDoc(item), last ? ifBreak(",", "", id) : ","]);
    if (!last) parts.push(line);
  });
  return group(["[", indent([softline, fill(parts)]), softline, "]"], { id });
}

function objectDoc(props: readonly { key: string; value: Expr }[]): Doc {
  if (props.length === 0) return "{}";
  const printed = props.map((p) => assignmentDoc(propertyKey(p.key), ":", p.value, true));
  return group(["{", indent([line, join(COMMA_LINE, printed)]), ifBreak(","), line, "}"], { shouldBreak: true });
}

/** prettier's printAssignment with its layout choice, for `key: value` and `name = value`. */
function assignmentDoc(left: Doc, operator: string, right: Expr, isObjectProperty: boolean): Doc {
  const rightDoc = exprDoc(right);
  const hasShortKey = isObjectProperty && typeof left === "string" && stringWidth(left) < 2 + 3;
  const leftCanBreak = typeof left !== "string" && docCanBreak(left);
  if (!hasShortKey && (right.kind === "string" || isPoorlyBreakableChain(right))) {
    return group([group(left), operator, group(indent([line, rightDoc]))]);
  }
  if (!leftCanBreak && (hasShortKey || right.kind === "boolean" || right.kind === "number")) {
    return group([group(left), operator + " ", rightDoc]);
  }
  const id = Symbol("assignment");
  return group([group(left), operator, group(indent(line), { id }), indentIfBreak(rightDoc, id)]);
}

function docCanBreak(doc: Doc): boolean {
  if (typeof doc === "string") return false;
  if (Array.isArray(doc)) return (doc as readonly Doc[]).some(docCanBreak);
  const c = doc as Exclude<Doc, string | readonly Doc[]>;
  switch (c.type) {
    case "line":
      return true;
    case "group":
      return docCanBreak(c.contents);
    case "if-break":
      return docCanBreak(c.breakContents) || docCanBreak(c.flatContents);
    case "indent":
    case "align":
    case "indent-if-break":
      return docCanBreak(c.contents);
    default:
      return false;
  }
}

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
  | { readonly kind: "const"; readonly name: string; readonly type?: TsType; readonly value: Expr; readonly doc?: readonly string[] }
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

function statementDoc(s: Statement): Doc {
  switch (s.kind) {
    case "import": {
      const kw = s.typeOnly ? "import type " : "import ";
      if (s.namespace) return [kw, "* as ", s.namespace, " from ", quote(s.from), ";"];
      const names = s.names ?? [];
      const spec: Doc =
        names.length === 1
          ? ["{ ", names[0], " }"]
          : group(["{", indent([line, join([",", line], [...names])]), ifBreak(","), line, "}"]);
      return [kw, spec, " from ", quote(s.from), ";"];
    }
    case "export-all":
      return ["export ", s.typeOnly ? "type " : "", "*", s.as ? [" as ", s.as] : "", " from ", quote(s.from), ";"];
    case "type": {
      const params: Doc = s.typeParams?.length
        ? group([
            "<",
            indent([
              softline,
              join(
                [",", line],
                s.typeParams.map((p) => (p.constraint ? [p.name, " extends ", typeDoc(p.constraint, "type-arg")] : p.name)),
              ),
            ]),
            ifBreak(","),
            softline,
            ">",
          ])
        : "";
      const left = group(["type ", s.name, params]);
      const right =
        s.type.kind === "union" && !isHuggedUnion(s.type)
          ? group([left, " =", typeDoc(s.type, "alias")])
          : fluid(left, " =", typeDoc(s.type, "alias"));
      return withDoc(s.doc, ["export ", right, ";"]);
    }
    case "interface": {
      const body =
        s.members.length === 0
          ? "{}"
          : ["{", indent([hardline, join(hardline, s.members.map((m) => [withDoc(m.doc, memberDoc(m)), ";"]))]), hardline, "}"];
      return withDoc(s.doc, ["export interface", heritageDoc(s.name, s.extends ?? []), " ", body]);
    }
    case "const": {
      const left: Doc = s.type ? group([s.name + ": ", typeDoc(s.type, "property")]) : group(s.name);
      return withDoc(s.doc, ["export ", group(["const ", assignmentDoc(left, " =", s.value, false), ";"])]);
    }
    case "declare-const":
      return withDoc(s.doc, ["export declare const ", group([s.name + ": ", typeDoc(s.type, "property")]), ";"]);
    case "function":
      return withDoc(s.doc, [
        "export function ",
        s.name,
        signatureDoc(s.params, s.returns),
        " {",
        indent([hardline, "return ", exprDoc(s.body), ";"]),
        hardline,
        "}",
      ]);
    case "declare-function":
      return withDoc(s.doc, ["export declare function ", s.name, signatureDoc(s.params, s.returns), ";"]);
    case "blank":
      return "";
    case "comment":
      return "// " + s.text;
  }
}

/** `(params): returns`, or `(params)` untyped: the parameters break before the return type does. */
function signatureDoc(params: readonly TsParam[], returns: TsType | undefined): Doc {
  return group(returns ? [paramsDoc(params), ": ", typeDoc(returns, "property")] : paramsDoc(params));
}

/**
 * ` Name extends ...` as prettier 3 prints it (its class printer): several bases may move
 * to the next line, `extends` first, then the list, itself broken one per line if need be;
 * one plain base stays inline, a qualified one (`T.Foo`) may move to the next line.
 */
function heritageDoc(name: string, bases: readonly TsType[]): Doc {
  if (bases.length === 0) return [" ", name];
  const printed = bases.map((h) => typeDoc(h, "type-arg"));
  if (bases.length > 1) {
    return group([" ", name, indent([line, "extends", group(indent([line, join(COMMA_LINE, printed)]))])]);
  }
  const only = bases[0];
  if (only.kind === "ref" && only.name.includes(".") && !only.args?.length) {
    return group([" ", name, indent([line, group(["extends ", printed[0]])])]);
  }
  return [" ", name, " extends ", printed[0]];
}

function fluid(left: Doc, operator: string, right: Doc): Doc {
  const id = Symbol("assignment");
  return group([left, operator, group(indent(line), { id }), indentIfBreak(right, id)]);
}

/** Prints a whole module: statements one per line, `blank` statements as empty lines. */
export function printModule(statements: readonly Statement[]): string {
  // One statement at a time: statements are separated by hard breaks at column 0, so no
  // layout decision in one depends on another, and each statement's doc is garbage as
  // soon as it is printed (young garbage is nearly free; a whole module's doc was not).
  const pieces: string[] = [];
  let previousBlank = true;
  for (const s of statements) {
    if (s.kind === "blank") {
      if (!previousBlank) pieces.push("\n");
      previousBlank = true;
      continue;
    }
    pieces.push(trimTrailingBlanks(printStatement(s)), "\n");
    previousBlank = false;
  }
  const text = pieces.join("");
  // A trailing blank statement must not leave an empty last line.
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 10) end--;
  return end === text.length ? text : text.slice(0, end) + "\n";
}

/**
 * A statement printed straight to text; the rare shapes the direct printer leaves to the
 * docs (it prints exactly what printDoc prints for the docs) go through printDoc.
 */
function printStatement(s: Exclude<Statement, { kind: "blank" }>): string {
  return printStatementDirect(s);
}

/** The statement printed through docs only (the direct printer's reference, for tests). */
export function printStatementViaDocs(s: Exclude<Statement, { kind: "blank" }>): string {
  return trimTrailingBlanks(printDoc(statementDoc(s)));
}

/** What the hard break after a statement trims: spaces and tabs at its end. */
function trimTrailingBlanks(text: string): string {
  const last = text.charCodeAt(text.length - 1);
  return last === 32 || last === 9 ? text.replace(/[ \t]+$/, "") : text;
}

// -------------------------------------------------------------------------- helpers

/** A JSDoc block; `*\/` inside the text is escaped, trailing spaces dropped. */
export function jsDoc(lines: readonly string[]): Doc {
  const block = jsDocLines(lines);
  return block.length === 0 ? "" : textLines(block);
}
