// One statement printed straight to text, laid out as prettier 3 lays out the same syntax
// (test/emit/printer-prettier.test.ts checks it against prettier). A statement starts at
// column 0 after a hard break, so no layout depends on another statement.
import type { Statement, TsParam, TsType, TypeContext } from "../printer.js";

import { assignmentLayout, flatExpr, headExpr, measureExpr, printAssignmentRight, printExpr, printExprGroup } from "./expr-print.js";
import { jsDocLines, lineCommentText, quote } from "./literals.js";
import { begin, finish, head, newline, printLines, printText, room, stringWidth, text, textLinesThenBreak } from "./out.js";
import { isHuggedUnion } from "./shapes.js";
import {
  flatList,
  flatParams,
  flatType,
  headType,
  measureList,
  measureParams,
  measureType,
  printSignatureBroken,
  printMemberLine,
  printPrefixedType,
  printType,
  typeCanBreak,
} from "./type-print.js";

type TypeParams = NonNullable<Extract<Statement, { kind: "type" }>["typeParams"]>;

/** The statement's text (without the final line break). */
export function printStatementDirect(s: Exclude<Statement, { kind: "blank" }>): string {
  begin();
  try {
    printStatement(s);
    return finish();
  } catch (err) {
    finish();
    throw err;
  }
}

function printStatement(s: Exclude<Statement, { kind: "blank" }>): void {
  switch (s.kind) {
    case "import": {
      const kw = s.typeOnly ? "import type " : "import ";
      const from = " from " + quote(s.from) + ";";
      if (s.namespace) {
        text(kw + "* as " + s.namespace + from);
        return;
      }
      const names = s.names ?? [];
      if (names.length === 0) {
        text(kw + "{}" + from);
        return;
      }
      if (names.length === 1) {
        text(kw + "{ " + names[0] + " }" + from);
        return;
      }
      text(kw);
      let b = room(stringWidth(from)) - 4;
      for (let i = 0; i < names.length && b >= 0; i++) b -= stringWidth(names[i]) + (i > 0 ? 2 : 0);
      if (b >= 0) text("{ " + names.join(", ") + " }");
      else printLines("{", names, ",", "}", "", printText);
      text(from);
      return;
    }
    case "export-all":
      text("export " + (s.typeOnly ? "type " : "") + "*" + (s.as ? " as " + s.as : "") + " from " + quote(s.from) + ";");
      return;
    case "comment":
      text("// " + lineCommentText(s.text));
      return;
    case "type": {
      printDoc(s.doc);
      const params = s.typeParams ?? [];
      const brokenUnion = s.type.kind === "union" && !isHuggedUnion(s.type);
      text("export type " + s.name);
      if (params.length > 1 && params.some((p) => p.constraint) && !brokenUnion) {
        // prettier's break-lhs layout for complex type parameters: group([left, " = ", group(type)]).
        const b = measureTypeParams(params, room(1) - 3);
        if (b >= 0 && measureType(s.type, "alias", b) >= 0) {
          text(flatTypeParams(params) + " = " + flatType(s.type, "alias") + ";");
          return;
        }
        let after = 3 + headType(s.type, "alias");
        if (!head.stop) after += 1;
        printTypeParams(params, after);
        text(" = ");
        if (measureType(s.type, "alias", room(1)) >= 0) text(flatType(s.type, "alias"));
        else printType(s.type, "alias", "", 1);
        text(";");
        return;
      }
      if (params.length > 0) printTypeParams(params, 2);
      text(" =");
      if (brokenUnion) {
        // group([left, " =", union]): the union's own group decides the same way.
        printType(s.type, "alias", "", 1);
      } else {
        printTypeFluid(s.type, "alias", "", 1);
      }
      text(";");
      return;
    }
    case "interface": {
      printDoc(s.doc);
      text("export interface");
      printHeritage(s.name, s.extends ?? [], s.members.length === 0 ? 3 : 2);
      if (s.members.length === 0) {
        text(" {}");
        return;
      }
      printLines(" {", s.members, ";", "}", "", printMemberLine);
      return;
    }
    case "const": {
      printDoc(s.doc);
      if (!s.local) text("export ");
      const left = s.type ? s.name + ": " : s.name;
      // group(["const ", assignment, ";"]): flat when all of it fits.
      let b = room(1) - 6 - stringWidth(left) - 3;
      if (s.type && b >= 0) b = measureType(s.type, "property", b);
      if (b >= 0 && measureExpr(s.value, b) >= 0) {
        text("const " + left + (s.type ? flatType(s.type, "property") : "") + " = " + flatExpr(s.value) + ";");
        return;
      }
      text("const ");
      if (s.type && isBreakLhs(s.type)) {
        // group([name: type, " = ", group(value)]): the annotation breaks before the value does.
        let after = 3 + headExpr(s.value);
        if (!head.stop) after += 1;
        text(left);
        printType(s.type, "property", "", after);
        text(" = ");
        printExprGroup(s.value, "", false, 1);
        text(";");
        return;
      }
      const layout = assignmentLayout(s.name, s.value, false, s.type ? typeCanBreak(s.type) : false);
      if (s.type) {
        // group(left): then ` =` and a line, or ` = ` and the value's first piece.
        let after = 2;
        if (layout === "never-break-after-operator") {
          after = 3 + headExpr(s.value);
          if (!head.stop) after += 1;
        }
        printPrefixedType(left, s.type, "", after);
      } else text(left);
      printAssignmentRight(layout, " =", s.value, "", 1);
      text(";");
      return;
    }
    case "declare-const":
      printDoc(s.doc);
      text("export declare const ");
      printPrefixedType(s.name + ": ", s.type, "", 1);
      text(";");
      return;
    case "function":
      printDoc(s.doc);
      text("export function " + s.name);
      printSignature(s.params, s.returns, 2);
      text(" {");
      newline("  ");
      text("return ");
      printExpr(s.body, "  ", false, 1);
      text(";");
      newline("");
      text("}");
      return;
    case "declare-function":
      printDoc(s.doc);
      text("export declare function " + s.name);
      printSignature(s.params, s.returns, 1);
      text(";");
      return;
  }
}

/**
 * prettier's break-lhs layout for a const: an annotation with several type arguments one
 * of which has its own.
 */
function isBreakLhs(type: TsType): boolean {
  return type.kind === "ref" && (type.args?.length ?? 0) > 1 && type.args!.some((a) => a.kind === "ref" && (a.args?.length ?? 0) > 0);
}

/** `<A extends B, C>`: one per line, each followed by `,`, when it does not fit. */
function printTypeParams(params: TypeParams, rest: number): void {
  if (measureTypeParams(params, room(rest)) >= 0) {
    text(flatTypeParams(params));
    return;
  }
  printLines("<", params, ",", ">", "", printTypeParam);
}

function printTypeParam(p: TypeParams[number]): void {
  if (p.constraint) printConstraint(p.name, p.constraint);
  else text(p.name);
}

/**
 * `Name extends Constraint` in a broken list (prettier's printTypeParameter): the
 * constraint moves to the next line when not even its first piece fits after `extends`.
 */
function printConstraint(name: string, constraint: TsType): void {
  text(name + " extends");
  printTypeFluid(constraint, "property", "  ", 1);
}

/**
 * prettier's fluid layout for the type after an operator (` =`, ` extends`): flat, else
 * after a space when its first piece fits there, else on the next line, indented.
 */
function printTypeFluid(type: TsType, ctx: TypeContext, ind: string, rest: number): void {
  if (measureType(type, ctx, room(rest) - 1) >= 0) {
    text(" " + flatType(type, ctx));
    return;
  }
  let h = headType(type, ctx);
  if (!head.stop) h += rest;
  if (h === 0 || room(h) - 1 >= 0) {
    text(" ");
    printType(type, ctx, ind, rest);
  } else {
    newline(ind + "  ");
    printType(type, ctx, ind + "  ", rest);
  }
}

function measureTypeParams(params: TypeParams, budget: number): number {
  let b = budget - 2;
  for (let i = 0; i < params.length && b >= 0; i++) {
    const p = params[i];
    b -= stringWidth(p.name) + (i > 0 ? 2 : 0);
    if (p.constraint) b = measureType(p.constraint, "property", b - 9);
  }
  return b;
}

function flatTypeParams(params: TypeParams): string {
  return "<" + params.map((p) => (p.constraint ? p.name + " extends " + flatType(p.constraint, "property") : p.name)).join(", ") + ">";
}

function printDoc(lines: readonly string[] | undefined): void {
  if (lines && lines.length > 0) textLinesThenBreak(jsDocLines(lines), "");
}

/** group([params, ": ", returns]): broken, the parameters go one per line first. */
function printSignature(params: readonly TsParam[], returns: TsType | undefined, rest: number): void {
  let b = measureParams(params, room(rest));
  if (returns && b >= 0) b = measureType(returns, "property", b - 2);
  if (b >= 0) {
    text(flatParams(params) + (returns ? ": " + flatType(returns, "property") : ""));
    return;
  }
  printSignatureBroken(params, returns, "", rest, false);
}

/**
 * ` Name extends ...` as prettier 3 prints it (its class printer): several bases may move to the next line,
 * `extends` first, then the list, itself broken one per line if need be; one plain base
 * stays inline, a qualified one (`T.Foo`) may move to the next line.
 */
function printHeritage(name: string, bases: readonly TsType[], rest: number): void {
  if (bases.length === 0) {
    text(" " + name);
    return;
  }
  const only = bases[0];
  if (bases.length === 1 && !(only.kind === "ref" && only.name.includes(".") && !only.args?.length)) {
    text(" " + name + " extends ");
    printType(only, "type-arg", "", rest);
    return;
  }
  // Flat: ` Name extends A, B`.
  if (measureList(bases, "type-arg", room(rest) - 1 - stringWidth(name) - 9, 2) >= 0) {
    text(" " + name + " extends " + flatList(bases, "type-arg", ", "));
    return;
  }
  text(" " + name);
  newline("  ");
  if (bases.length === 1) {
    printPrefixedType("extends ", only, "  ", rest, "type-arg");
    return;
  }
  text("extends");
  if (measureList(bases, "type-arg", room(rest) - 1, 2) >= 0) {
    text(" " + flatList(bases, "type-arg", ", "));
    return;
  }
  for (let i = 0; i < bases.length; i++) {
    newline("    ");
    const last = i === bases.length - 1;
    printType(bases[i], "type-arg", "    ", last ? rest : 1);
    if (!last) text(",");
  }
}
