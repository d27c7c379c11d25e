// The docs of types, type members and signatures, with the layouts prettier 3 gives them.
import type { TsMember, TsParam, TsType, TypeContext } from "../printer.js";
import { concat, fluid, group, hardline, holdsLine, ifBreak, indent, join, line, list, softline, type Doc } from "./doc.js";
import { jsDocLines, methodKey, numberText, propertyKey, quote } from "./literals.js";
import { isHuggedTypeArgument, isHuggedUnion } from "./shapes.js";

export function typeDoc(type: TsType, ctx: TypeContext): Doc {
  switch (type.kind) {
    case "keyword":
      return type.name;
    case "literal":
      return typeof type.value === "string" ? quote(type.value) : typeof type.value === "boolean" ? String(type.value) : numberText(type.value);
    case "ref":
      if (!type.args?.length) return type.name;
      if (isHuggedTypeArgument(type.args)) return concat(type.name, "<", typeDoc(type.args[0], "type-arg"), ">");
      return concat(type.name, group(list("<", type.args.map((a) => typeDoc(a, "type-arg")), ">", false)));
    case "array": {
      const el = type.element;
      if (el.kind === "union") return concat("(", parenthesizedUnion(el.members), ")[]");
      return el.kind === "intersection" ? concat("(", intersectionDoc(el.members), ")[]") : concat(typeDoc(el, "array"), "[]");
    }
    case "tuple": {
      const prefix = type.readonly ? "readonly " : "";
      if (type.elements.length === 0) return prefix + "[]";
      const several = type.elements.length > 1;
      // A union element of several, unless hugged: parenthesized on lines of its own when broken.
      const elements = type.elements.map((el) =>
        several && el.kind === "union" && !isHuggedUnion(el) ? group([ifBreak("("), indent([softline, unionGroup(el.members)]), softline, ifBreak(")")]) : typeDoc(el, "type-arg"),
      );
      return [prefix, group(list("[", elements, "]", true))];
    }
    case "union":
      if (isHuggedUnion(type)) return join(" | ", type.members.map((m) => typeDoc(m, "alias-member")));
      if (ctx !== "property" && ctx !== "alias") return unionGroup(type.members);
      return group(indent([ctx === "alias" ? line : softline, unionGroup(type.members)]));
    case "object":
      if (type.members.length === 0) return "{}";
      return ["{", indent(type.members.map((m) => [hardline, jsDocDoc(m.doc), memberDoc(m), ";"])), hardline, "}"];
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

/** prettier's printIntersectionType: broken, two non-objects go to the next line, an object meets its neighbour on its line. */
function intersectionDoc(members: readonly TsType[]): Doc {
  let wasIndented = false;
  return group(
    members.map((type, i) => {
      const m = type.kind === "union" ? ["(", parenthesizedUnion(type.members), ")"] : typeDoc(type, "alias-member");
      const objects = (i > 0 && members[i - 1].kind === "object" ? 1 : 0) + (type.kind === "object" ? 1 : 0);
      if (i === 0) return m;
      if (objects === 0) return indent([" &", line, m]);
      if (objects === 1 && i > 1) wasIndented = true;
      return [" & ", wasIndented ? indent(m) : m];
    }),
  );
}

/** A JSDoc block, each line then a line break; nothing for no lines. */
export function jsDocDoc(lines: readonly string[] | undefined): Doc {
  const block = lines && lines.length > 0 ? jsDocLines(lines) : [];
  return block.length === 0 ? "" : [join(hardline, block), hardline];
}

function memberDoc(m: TsMember): Doc {
  if (m.kind === "property") return prefixedType((m.readonly ? "readonly " : "") + propertyKey(m.name) + (m.optional ? "?: " : ": "), m.type);
  if (m.kind === "method") return group([methodKey(m.name), signatureDoc(m.params, m.returns, true)]);
  return group(["[", group([indent([softline, m.key + ": string"]), softline]), "]: ", typeDoc(m.type, "property")]);
}

export const prefixedType = (prefix: string, type: TsType, ctx: TypeContext = "property"): Doc => group(concat(prefix, typeDoc(type, ctx)));

/** The type after an operator (` =`, ` extends`) in prettier's fluid layout. */
export const fluidType = (type: TsType, ctx: TypeContext): Doc => group(fluid(typeDoc(type, ctx)));

/**
 * `(params): returns`, prettier's shouldGroupFunctionParameters: a lone parameter before a breaking return
 * type is a group of its own; else they go one per line once the signature breaks. `groupedReturn`: for methods.
 */
export function signatureDoc(params: readonly TsParam[], returns: TsType | undefined, groupedReturn: boolean): Doc {
  const parameters = params.length === 0 ? "()" : list("(", params.map((p) => (p.type ? concat(p.name + (p.optional ? "?: " : ": "), typeDoc(p.type, "property")) : p.name)), ")", true);
  if (!returns) return parameters;
  const returned = typeDoc(returns, "property");
  const grouped = params.length === 1 && (returns.kind === "object" || holdsLine(returned, true));
  return [grouped ? group(parameters) : parameters, groupedReturn ? group(concat(": ", returned)) : [": ", returned]];
}
