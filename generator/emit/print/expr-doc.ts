// The docs of expressions: calls (with prettier's last-argument hugging), member chains,
// arrays, objects and their properties' assignment layouts.
import type { Arg, Expr, ObjectProp } from "../printer.js";
import { breakParent, concat, conditionalGroup, fluid, group, hardline, holdsLine, ifBreak, indent, join, line, list, softline, stringWidth, type Doc } from "./doc.js";
import { numberText, objectKey, quote } from "./literals.js";
import { arrayShouldBreak, couldExpand, isConciselyPrintedArray, isFunctionCompositionArgs, isPoorlyBreakableChain, isShortChain, shouldGroupLastArgument } from "./shapes.js";

export function exprDoc(x: Arg): Doc {
  switch (x.kind) {
    case "id":
      return x.name;
    case "string":
      return quote(x.value);
    case "number":
      return numberText(x.value);
    case "boolean":
      return x.value ? "true" : "false";
    case "call":
      // A dotted callee is a short member chain: its one group would add nothing to the arguments'.
      return concat(x.callee, argsDoc(x.args));
    case "method":
      return memberChainDoc(x);
    case "array":
      return arrayDoc(x.items);
    case "object":
      return x.props.length === 0 ? "{}" : group(list("{", x.props.map(propDoc), "}", true, line), true);
    case "arrow":
      return group(["() =>", group(indent([line, exprDoc(x.body)]))]);
    case "as-const":
      return concat(exprDoc(x.expr), " as const");
  }
}

function arrayDoc(items: readonly Expr[]): Doc {
  if (items.length === 0) return "[]";
  if (isConciselyPrintedArray({ kind: "array", items })) {
    // prettier fills numbers, as many to a line as fit: what a group around each line before a number decides too.
    const parts = items.map((item, i) => (i === 0 ? exprDoc(item) : group([line, exprDoc(item)])));
    return group(["[", indent([softline, join(",", parts)]), ifBreak(","), softline, "]"]);
  }
  return group(list("[", items.map((item) => group(exprDoc(item))), "]", true), arrayShouldBreak(items));
}

function propDoc(p: ObjectProp): Doc {
  if ("spread" in p) return "..." + p.spread;
  const key = objectKey(p.key);
  return group(concat(key, assignmentRight(key, ":", p.value, true, false)));
}

/**
 * The operator and value of `left op value` (an object property, or a const named `left`)
 * in prettier's printAssignment layouts. `leftCanBreak`: the left side holds a line.
 */
export function assignmentRight(left: string, operator: string, value: Arg, isObjectProperty: boolean, leftCanBreak: boolean): Doc {
  const hasShortKey = isObjectProperty && stringWidth(left) < 2 + 3;
  // break-after-operator
  if (!hasShortKey && (value.kind === "string" || isPoorlyBreakableChain(value))) return [operator, group(indent([line, exprDoc(value)]))];
  // never-break-after-operator; a negative number is a unary expression to prettier, not a numeric literal.
  if (!leftCanBreak && (hasShortKey || value.kind === "boolean" || (value.kind === "number" && numberText(value.value)[0] !== "-"))) {
    return concat(operator, " ", exprDoc(value));
  }
  return [operator, fluid(exprDoc(value))];
}

/** prettier's printCallArguments, including last-argument hugging. */
function argsDoc(args: readonly Arg[]): Doc {
  if (args.length === 0) return "()";
  const printed = args.map(exprDoc);
  if (isFunctionCompositionArgs(args)) return brokenOut(printed);
  if ((args.length === 1 && !couldExpand(args[0])) || !shouldGroupLastArgument(args)) return group(list("(", printed, ")", true));
  for (let i = 0; i < args.length - 1; i++) if (holdsLine(printed[i], true)) return brokenOut(printed);
  const last = printed[printed.length - 1];
  const leading: Doc[] = ["("];
  for (let i = 0; i < printed.length - 1; i++) leading.push(printed[i], ", ");
  return [holdsLine(last, true) ? breakParent : "", conditionalGroup([[...leading, last, ")"], [...leading, group(last, true), ")"], brokenOut(printed)])];
}

const brokenOut = (printed: readonly Doc[]): Doc => group(list("(", printed, ")", true, line), true);

/**
 * prettier's printMemberChain. Its groups: the callee's head (`a.b`), `.c(...)`, the method's. Short (one group)
 * unless all three exist; else on one line when it fits, or one `.call()` per line, which a forced break imposes
 * in the first call, or in the last when the first takes an arrow function.
 */
function memberChainDoc(x: Extract<Expr, { kind: "method" }>): Doc {
  const t = x.target;
  const last = concat("." + x.name, argsDoc(x.args));
  if (t.kind === "id") return group(concat(t.name, last));
  if (isShortChain(x)) return group(concat(t.callee, argsDoc(t.args), last));
  const dot = t.callee.lastIndexOf(".");
  const middle = concat(t.callee.slice(dot), argsDoc(t.args));
  const expanded = [t.callee.slice(0, dot), indent([hardline, middle, hardline, last])];
  if (holdsLine(middle, true) || (holdsLine(last, true) && t.args.some((a) => a.kind === "arrow"))) return group(expanded);
  return [holdsLine(last, true) ? breakParent : "", conditionalGroup([concat(t.callee.slice(0, dot), middle, last), expanded])];
}
