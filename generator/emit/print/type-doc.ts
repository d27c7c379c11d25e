// The docs of types, type members and signatures, with the layouts prettier 3 gives them.
import type { TsMember, TsParam, TsType, TypeContext } from "../printer.js";
import { concat, fluid, group, hardline, ifBreak, indent, join, line, list, softline, holdsLine, type Doc } from "./doc.js";
import { jsDocLines, methodKey, numberText, propertyKey, quote } from "./literals.js";
import { isHuggedTypeArgument, isHuggedUnion } from "./shapes.js";

export function literalText(value: string | number | bigint | boolean): string {
  return typeof value === "string" ? quote(value) : typeof value === "number" || typeof value === "bigint" ? numberText(value) : String(value);
}

export function typeDoc(type: TsType, ctx: TypeContext): Doc {
  switch (type.kind) {
    case "keyword":
      return type.name;
    case "literal":
      return literalText(type.value);
    case "ref":
      return type.args?.length ? concat(type.name, typeArgsDoc(type.args)) : type.name;
    case "array": {
      const el = type.element;
      if (el.kind === "union") return concat("(", parenthesizedUnion(el.members), ")[]");
      if (el.kind === "intersection") return concat("(", intersectionDoc(el.members), ")[]");
      return concat(typeDoc(el, "array"), "[]");
    }
    case "tuple": {
      const prefix = type.readonly ? "readonly " : "";
      if (type.elements.length === 0) return prefix + "[]";
      const several = type.elements.length > 1;
      const elements = type.elements.map((el) => (several && el.kind === "union" && !isHuggedUnion(el) ? tupleUnion(el.members) : typeDoc(el, "type-arg")));
      return [prefix, group(list("[", elements, "]", true))];
    }
    case "union":
      if (isHuggedUnion(type)) return join(" | ", type.members.map((m) => typeDoc(m, "alias-member")));
      if (ctx !== "property" && ctx !== "alias") return unionGroup(type.members);
      return group(indent([ctx === "alias" ? line : softline, unionGroup(type.members)]));
    case "object":
      if (type.members.length === 0) return "{}";
      return ["{", indent(type.members.map((m) => [hardline, memberDoc(m), ";"])), hardline, "}"];
    case "intersection":
      return ctx === "alias-member" ? ["(", intersectionDoc(type.members), ")"] : intersectionDoc(type.members);
  }
}

/** `A | B` flat, else `| A` one member per line. */
function unionGroup(members: readonly TsType[]): Doc {
  return group([ifBreak("| "), join([line, "| "], members.map((m) => indent(typeDoc(m, "alias-member"))))]);
}

/** A union between parentheses: on lines of its own when broken. */
function parenthesizedUnion(members: readonly TsType[]): Doc {
  if (isHuggedUnion({ members })) return typeDoc({ kind: "union", members }, "alias-member");
  return group([indent([softline, unionGroup(members)]), softline]);
}

/** A union element of a tuple of several: parenthesized on lines of its own when broken. */
function tupleUnion(members: readonly TsType[]): Doc {
  return group([ifBreak("("), indent([softline, unionGroup(members)]), softline, ifBreak(")")]);
}

function typeArgsDoc(args: readonly TsType[]): Doc {
  if (isHuggedTypeArgument(args)) return concat("<", typeDoc(args[0], "type-arg"), ">");
  return group(list("<", args.map((a) => typeDoc(a, "type-arg")), ">", false));
}

/**
 * prettier's printIntersectionType: broken, two non-objects go to the next line (` &`,
 * indented), an object meets its neighbour on the same line (` & `).
 */
function intersectionDoc(members: readonly TsType[]): Doc {
  const parts: Doc[] = [];
  let wasIndented = false;
  for (let i = 0; i < members.length; i++) {
    const m = members[i].kind === "union" ? ["(", parenthesizedUnion((members[i] as Extract<TsType, { kind: "union" }>).members), ")"] : typeDoc(members[i], "alias-member");
    if (i === 0) {
      parts.push(m);
      continue;
    }
    const previousIsObject = members[i - 1].kind === "object";
    const isObject = members[i].kind === "object";
    if (!previousIsObject && !isObject) parts.push(indent([" &", line, m]));
    else if (previousIsObject && isObject) parts.push(" & ", wasIndented ? indent(m) : m);
    else {
      if (i > 1) wasIndented = true;
      parts.push(" & ", i > 1 ? indent(m) : m);
    }
  }
  return group(parts);
}

/** A JSDoc block, each line then a line break; nothing for no lines. */
export function jsDocDoc(lines: readonly string[] | undefined): Doc {
  const block = lines && lines.length > 0 ? jsDocLines(lines) : [];
  return block.length === 0 ? "" : [join(hardline, block), hardline];
}

function memberDoc(m: TsMember): Doc {
  const doc = jsDocDoc(m.doc);
  switch (m.kind) {
    case "property":
      return [doc, prefixedType((m.readonly ? "readonly " : "") + propertyKey(m.name) + (m.optional ? "?: " : ": "), m.type)];
    case "index":
      return [doc, group(["[", group([indent([softline, m.key + ": string"]), softline]), "]: ", typeDoc(m.type, "property")])];
    case "method":
      return [doc, group([methodKey(m.name), signatureDoc(m.params, m.returns, true)])];
  }
}

/** group([prefix, type]), in property context unless told. */
export function prefixedType(prefix: string, type: TsType, ctx: TypeContext = "property"): Doc {
  return group(concat(prefix, typeDoc(type, ctx)));
}

/**
 * prettier's fluid layout for the type after an operator (` =`, ` extends`): flat, else
 * after a space when its first piece fits there, else on the next line, indented.
 */
export function fluidType(type: TsType, ctx: TypeContext): Doc {
  return group(fluid(typeDoc(type, ctx)));
}

/**
 * `(params): returns` (prettier's printFunctionParameters and shouldGroupFunctionParameters):
 * a lone parameter before an object (or otherwise breaking) return type is a group of its
 * own; else the parameters go one per line once the signature breaks. (prettier hugs a lone
 * object-typed parameter: TsParam cannot be one.) `groupedReturn`: `: returns` is a group (methods).
 */
export function signatureDoc(params: readonly TsParam[], returns: TsType | undefined, groupedReturn: boolean): Doc {
  const parameters = params.length === 0 ? "()" : list("(", params.map(paramDoc), ")", true);
  if (!returns) return parameters;
  const returned = typeDoc(returns, "property");
  const grouped = params.length === 1 && (returns.kind === "object" || holdsLine(returned, true));
  return [grouped ? group(parameters) : parameters, groupedReturn ? group(concat(": ", returned)) : [": ", returned]];
}

function paramDoc(p: TsParam): Doc {
  return p.type ? concat(p.name + (p.optional ? "?: " : ": "), typeDoc(p.type, "property")) : p.name;
}
