// The doc of one statement, laid out as prettier 3 lays out the same syntax. A statement
// starts at column 0 after a hard break, so no layout depends on another statement.
import type { Statement, TsType } from "../printer.js";
import { group, hardline, holdsLine, indent, join, line, list, type Doc } from "./doc.js";
import { assignmentRight, exprDoc } from "./expr-doc.js";
import { lineCommentText, quote } from "./literals.js";
import { isHuggedUnion } from "./shapes.js";
import { fluidType, jsDocDoc, prefixedType, signatureDoc, typeDoc } from "./type-doc.js";

export function statementDoc(s: Exclude<Statement, { kind: "blank" }>): Doc {
  switch (s.kind) {
    case "import": {
      const kw = s.typeOnly ? "import type " : "import ";
      const from = " from " + quote(s.from) + ";";
      const names = s.names ?? [];
      if (s.namespace || names.length <= 1) return kw + (s.namespace ? "* as " + s.namespace : names.length === 0 ? "{}" : "{ " + names[0] + " }") + from;
      return [kw, group(list("{", names, "}", true, line)), from];
    }
    case "export-all":
      return "export " + (s.typeOnly ? "type " : "") + "*" + (s.as ? " as " + s.as : "") + " from " + quote(s.from) + ";";
    case "comment":
      return "// " + lineCommentText(s.text);
  }
  return [jsDocDoc(s.doc), declarationDoc(s)];
}

function declarationDoc(s: Exclude<Statement, { kind: "blank" | "import" | "export-all" | "comment" }>): Doc {
  switch (s.kind) {
    case "type": {
      // `<A extends B, C>`: one per line, each followed by `,`, when it does not fit.
      const params = s.typeParams?.length ? group(list("<", s.typeParams.map((p): Doc => (p.constraint ? [p.name, " extends", fluidType(p.constraint, "property")] : p.name)), ">", true)) : "";
      // group([left, " =", union]): the union's own group decides the same way.
      if (s.type.kind === "union" && !isHuggedUnion(s.type)) return ["export type ", s.name, params, " =", typeDoc(s.type, "alias"), ";"];
      // prettier's break-lhs layout for complex type parameters.
      if ((s.typeParams?.length ?? 0) > 1 && s.typeParams!.some((p) => p.constraint)) return group(["export type ", s.name, params, " = ", group(typeDoc(s.type, "alias")), ";"]);
      return ["export type ", s.name, params, " =", fluidType(s.type, "alias"), ";"];
    }
    case "interface":
      return ["export interface", heritageDoc(s.name, s.extends ?? []), " ", typeDoc({ kind: "object", members: s.members }, "property")];
    case "const": {
      const start = s.local ? "const " : "export const ";
      // prettier's break-lhs layout: an annotation with several type arguments, one with its own, breaks before the value does.
      if (s.type?.kind === "ref" && (s.type.args?.length ?? 0) > 1 && s.type.args!.some((a) => a.kind === "ref" && (a.args?.length ?? 0) > 0)) {
        return group([start, s.name, ": ", typeDoc(s.type, "property"), " = ", group(exprDoc(s.value)), ";"]);
      }
      const type = s.type && typeDoc(s.type, "property");
      return group([start, type ? group([s.name + ": ", type]) : s.name, assignmentRight(s.name, " =", s.value, false, type ? holdsLine(type, false) : false), ";"]);
    }
    case "declare-const":
      return ["export declare const ", prefixedType(s.name + ": ", s.type), ";"];
    case "function":
      return ["export function " + s.name, group(signatureDoc(s.params, s.returns, false)), " {", indent([hardline, "return ", exprDoc(s.body), ";"]), hardline, "}"];
    case "declare-function":
      return ["export declare function " + s.name, group(signatureDoc(s.params, s.returns, false)), ";"];
  }
}

/**
 * ` Name extends ...` as prettier 3's class printer: several bases may move to the next line, then
 * one per line; one plain base stays inline, a qualified one (`T.Foo`) may move to the next line.
 */
function heritageDoc(name: string, bases: readonly TsType[]): Doc {
  if (bases.length === 0) return " " + name;
  const only = bases[0];
  if (bases.length === 1 && !(only.kind === "ref" && only.name.includes(".") && !only.args?.length)) return [" ", name, " extends ", typeDoc(only, "type-arg")];
  const list = bases.length === 1 ? prefixedType("extends ", only, "type-arg") : ["extends", group(indent([line, join([",", line], bases.map((b) => typeDoc(b, "type-arg")))]))];
  return group([" ", name, indent([line, list])]);
}
