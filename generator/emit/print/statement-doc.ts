// The doc of one statement, laid out as prettier 3 lays out the same syntax. A statement
// starts at column 0 after a hard break, so no layout depends on another statement.
import type { Statement, TsType } from "../printer.js";
import { group, hardline, holdsLine, indent, join, line, list, type Doc } from "./doc.js";
import { assignmentRight, exprDoc } from "./expr-doc.js";
import { lineCommentText, quote } from "./literals.js";
import { isHuggedUnion } from "./shapes.js";
import { fluidType, jsDocDoc, prefixedType, signatureDoc, typeDoc } from "./type-doc.js";

type TypeParams = NonNullable<Extract<Statement, { kind: "type" }>["typeParams"]>;

export function statementDoc(s: Exclude<Statement, { kind: "blank" }>): Doc {
  switch (s.kind) {
    case "import": {
      const kw = s.typeOnly ? "import type " : "import ";
      const from = " from " + quote(s.from) + ";";
      if (s.namespace) return kw + "* as " + s.namespace + from;
      const names = s.names ?? [];
      if (names.length <= 1) return kw + (names.length === 0 ? "{}" : "{ " + names[0] + " }") + from;
      return [kw, group(list("{", names, "}", true, line)), from];
    }
    case "export-all":
      return "export " + (s.typeOnly ? "type " : "") + "*" + (s.as ? " as " + s.as : "") + " from " + quote(s.from) + ";";
    case "comment":
      return "// " + lineCommentText(s.text);
    case "type": {
      const params = s.typeParams ?? [];
      const left = ["export type ", s.name];
      if (s.type.kind === "union" && !isHuggedUnion(s.type)) {
        // group([left, " =", union]): the union's own group decides the same way.
        return [jsDocDoc(s.doc), left, params.length > 0 ? typeParamsDoc(params) : "", " =", typeDoc(s.type, "alias"), ";"];
      }
      if (params.length > 1 && params.some((p) => p.constraint)) {
        // prettier's break-lhs layout for complex type parameters.
        return [jsDocDoc(s.doc), group([left, typeParamsDoc(params), " = ", group(typeDoc(s.type, "alias")), ";"])];
      }
      return [jsDocDoc(s.doc), left, params.length > 0 ? typeParamsDoc(params) : "", " =", fluidType(s.type, "alias"), ";"];
    }
    case "interface": {
      const body = typeDoc({ kind: "object", members: s.members }, "property");
      return [jsDocDoc(s.doc), "export interface", heritageDoc(s.name, s.extends ?? []), " ", body];
    }
    case "const": {
      const start = s.local ? "const " : "export const ";
      if (s.type && isBreakLhs(s.type)) {
        // The annotation breaks before the value does.
        return [jsDocDoc(s.doc), group([start, s.name, ": ", typeDoc(s.type, "property"), " = ", group(exprDoc(s.value)), ";"])];
      }
      const type = s.type && typeDoc(s.type, "property");
      const left = type ? group([s.name + ": ", type]) : s.name;
      return [jsDocDoc(s.doc), group([start, left, assignmentRight(s.name, " =", s.value, false, type ? holdsLine(type, false) : false), ";"])];
    }
    case "declare-const":
      return [jsDocDoc(s.doc), "export declare const ", prefixedType(s.name + ": ", s.type), ";"];
    case "function":
      return [
        jsDocDoc(s.doc),
        "export function " + s.name,
        group(signatureDoc(s.params, s.returns, false)),
        " {",
        indent([hardline, "return ", exprDoc(s.body), ";"]),
        hardline,
        "}",
      ];
    case "declare-function":
      return [jsDocDoc(s.doc), "export declare function " + s.name, group(signatureDoc(s.params, s.returns, false)), ";"];
  }
}

/** prettier's break-lhs layout for a const: an annotation with several type arguments one of which has its own. */
function isBreakLhs(type: TsType): boolean {
  return type.kind === "ref" && (type.args?.length ?? 0) > 1 && type.args!.some((a) => a.kind === "ref" && (a.args?.length ?? 0) > 0);
}

/** `<A extends B, C>`: one per line, each followed by `,`, when it does not fit. */
function typeParamsDoc(params: TypeParams): Doc {
  const printed = params.map((p): Doc => (p.constraint ? [p.name, " extends", fluidType(p.constraint, "property")] : p.name));
  return group(list("<", printed, ">", true));
}

/**
 * ` Name extends ...` as prettier 3 prints it (its class printer): several bases may move
 * to the next line, `extends` first, then the list, itself broken one per line if need be;
 * one plain base stays inline, a qualified one (`T.Foo`) may move to the next line.
 */
function heritageDoc(name: string, bases: readonly TsType[]): Doc {
  if (bases.length === 0) return " " + name;
  const only = bases[0];
  if (bases.length === 1 && !(only.kind === "ref" && only.name.includes(".") && !only.args?.length)) return [" ", name, " extends ", typeDoc(only, "type-arg")];
  const list = bases.length === 1 ? prefixedType("extends ", only, "type-arg") : ["extends", group(indent([line, join([",", line], bases.map((b) => typeDoc(b, "type-arg")))]))];
  return group([" ", name, indent([line, list])]);
}
