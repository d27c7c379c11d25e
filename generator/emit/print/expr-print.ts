// Expressions printed straight to text with the layout prettier 3 gives them: its docs
// (groups, conditional groups, fills) are not built, each group is decided where it
// stands. Unlike types, expressions meet conditional groups (call arguments hugging their last object or array, member chains), whose chosen
// state is printed in flat mode while a forced break inside still breaks: so printing
// carries a mode (`flat`) and a forced break is known per node (`forcedExpr`).
import type { Arg, Expr, ObjectProp } from "../printer.js";
import { isShortChain, memberChain, type ChainNode, type MemberChain } from "./chain.js";
import { numberText, objectKey, quote } from "./literals.js";
import { head, newline, printLines, room, stringWidth, text } from "./out.js";
import {
  arrayShouldBreak,
  couldExpand,
  isConciselyPrintedArray,
  isFunctionCompositionArgs,
  isPoorlyBreakableChain,
  shouldGroupLastArgument,
} from "./shapes.js";

const NEVER = -1;


// ------------------------------------------------------------------ forced breaks

/** Whether the expression's doc holds a forced break (a non-empty object, a broken array). */
function forcedExpr(x: Arg): boolean {
  switch (x.kind) {
    case "id":
    case "string":
    case "number":
    case "boolean":
      return false;
    case "call":
      return isFunctionCompositionArgs(x.args) || x.args.some(forcedExpr);
    case "method":
      return forcedExpr(x.target) || isFunctionCompositionArgs(x.args) || x.args.some(forcedExpr);
    case "array":
      return arrayShouldBreak(x.items) || x.items.some(forcedExpr);
    case "object":
      return x.props.length > 0;
    case "arrow":
      return forcedExpr(x.body);
    case "as-const":
      return forcedExpr(x.expr);
  }
}

// ------------------------------------------------------------------ flat measures

function atomText(x: Extract<Expr, { kind: "id" | "string" | "number" | "boolean" }>): string {
  switch (x.kind) {
    case "id":
      return x.name;
    case "string":
      return quote(x.value);
    case "number":
      return numberText(x.value);
    case "boolean":
      return x.value ? "true" : "false";
  }
}

/** `budget` minus the expression's flat width; negative as soon as it does not fit or holds a forced break. */
export function measureExpr(x: Arg, budget: number): number {
  switch (x.kind) {
    case "id":
    case "string":
    case "number":
    case "boolean":
      return budget - stringWidth(atomText(x));
    case "call": {
      const b = budget - stringWidth(x.callee);
      return b < 0 ? b : measureArgs(x.args, b);
    }
    case "method": {
      const b = measureExpr(x.target, budget) - 1 - stringWidth(x.name);
      return b < 0 ? b : measureArgs(x.args, b);
    }
    case "array":
      if (x.items.length === 0) return budget - 2;
      if (arrayShouldBreak(x.items)) return NEVER;
      return measureExprList(x.items, budget - 2);
    case "object":
      return x.props.length === 0 ? budget - 2 : NEVER;
    case "arrow":
      return measureExpr(x.body, budget - 6);
    case "as-const":
      return measureExpr(x.expr, budget - 9);
  }
}

function measureExprList(items: readonly Arg[], budget: number): number {
  let b = budget;
  for (let i = 0; i < items.length && b >= 0; i++) b = measureExpr(items[i], i > 0 ? b - 2 : b);
  return b;
}

function measureArgs(args: readonly Arg[], budget: number): number {
  if (isFunctionCompositionArgs(args)) return NEVER;
  return args.length === 0 ? budget - 2 : measureExprList(args, budget - 2);
}

export function flatExpr(x: Arg): string {
  switch (x.kind) {
    case "id":
    case "string":
    case "number":
    case "boolean":
      return atomText(x);
    case "call":
      return x.callee + flatArgs(x.args);
    case "method":
      return flatExpr(x.target) + "." + x.name + flatArgs(x.args);
    case "array":
      return "[" + flatExprList(x.items) + "]";
    case "object":
      if (x.props.length === 0) return "{}";
      throw new Error("printer: an object with properties is never flat");
    case "arrow":
      return "() => " + flatExpr(x.body);
    case "as-const":
      return flatExpr(x.expr) + " as const";
  }
}

function flatExprList(items: readonly Arg[]): string {
  if (items.length === 0) return "";
  let s = flatExpr(items[0]);
  for (let i = 1; i < items.length; i++) s += ", " + flatExpr(items[i]);
  return s;
}

function flatArgs(args: readonly Arg[]): string {
  return "(" + flatExprList(args) + ")";
}

// ------------------------------------------------------------------ heads

/**
 * The width an expression takes, printed broken, up to its first possible line break;
 * `head.stop` says whether there is such a break.
 */
export function headExpr(x: Arg): number {
  head.stop = false;
  switch (x.kind) {
    case "id":
    case "string":
    case "number":
    case "boolean":
      return stringWidth(atomText(x));
    case "call":
      if (x.args.length === 0) return stringWidth(x.callee) + 2;
      head.stop = true;
      return stringWidth(x.callee) + 1;
    case "method": {
      const chain = memberChain(x);
      const groups = isShortChain(chain) ? chain.groups.length : chain.merge ? 2 : 1;
      let w = 0;
      for (let g = 0; g < groups; g++) {
        for (const n of chain.groups[g]) {
          if (n.kind !== "call") w += stringWidth(n.name);
          else if (n.args.length === 0) w += 2;
          else {
            head.stop = true;
            return w + 1;
          }
        }
      }
      head.stop = groups < chain.groups.length;
      return w;
    }
    case "array":
      if (x.items.length === 0) return 2;
      head.stop = true;
      return 1;
    case "object":
      if (x.props.length === 0) return 2;
      head.stop = true;
      return 1;
    case "arrow":
      head.stop = true;
      return 5;
    case "as-const": {
      const w = headExpr(x.expr);
      return head.stop ? w : w + 9;
    }
  }
}

// ------------------------------------------------------------------ printing

/**
 * Prints an expression's doc in the mode of its context: `flat`, everything without a
 * forced break prints flat; else each group decides, `rest` columns must follow.
 */
export function printExpr(x: Arg, ind: string, flat: boolean, rest: number): void {
  switch (x.kind) {
    case "id":
    case "string":
    case "number":
    case "boolean":
      text(atomText(x));
      return;
    case "call":
      if (x.callee.includes(".")) {
        // group([callee, arguments])
        if (fitsFlat(x, flat, rest)) text(flatExpr(x));
        else {
          text(x.callee);
          printArgs(x.args, ind, false, rest);
        }
        return;
      }
      text(x.callee);
      printArgs(x.args, ind, flat, rest);
      return;
    case "method":
      printMemberChain(memberChain(x), x, ind, flat, rest);
      return;
    case "array":
      if (x.items.length === 0) text("[]");
      else if (fitsFlat(x, flat, rest)) text("[" + flatExprList(x.items) + "]");
      else if (isConciselyPrintedArray(x)) printConciseArray(x.items, ind);
      else printLines("[", x.items, ",", "]", ind, printElement);
      return;
    case "object":
      if (x.props.length === 0) text("{}");
      else printObject(x.props, ind);
      return;
    case "arrow":
      // group([group("()"), " =>", group(indent([line, body]))])
      if (fitsFlat(x, flat, rest)) text(flatExpr(x));
      else {
        text("() =>");
        printIndentedAfterLine(x.body, ind, rest);
      }
      return;
    case "as-const":
      printExpr(x.expr, ind, flat, rest + 9);
      text(" as const");
      return;
  }
}

/**
 * prettier's fill for an array of numbers: each number (with its comma, the last one's
 * too, as the array is broken) goes on the line when it fits after a space, else starts the next.
 */
function printConciseArray(items: readonly Arg[], ind: string): void {
  const inner = ind + "  ";
  text("[");
  newline(inner);
  for (let i = 0; i < items.length; i++) {
    const item = flatExpr(items[i]) + ",";
    if (i > 0) {
      if (room(1 + stringWidth(item)) >= 0) text(" ");
      else newline(inner);
    }
    text(item);
  }
  newline(ind);
  text("]");
}

/** A group around `x` is printed flat: in flat mode when nothing inside forces a break, else when it fits. */
function fitsFlat(x: Arg, flat: boolean, rest: number): boolean {
  return flat ? !forcedExpr(x) : measureExpr(x, room(rest)) >= 0;
}

/** group(x) */
export function printExprGroup(x: Arg, ind: string, flat: boolean, rest: number): void {
  if (fitsFlat(x, flat, rest)) text(flatExpr(x));
  else printExpr(x, ind, false, rest);
}

/** group(indent([line, x])) */
function printIndentedAfterLine(x: Arg, ind: string, rest: number): void {
  if (measureExpr(x, room(rest) - 1) >= 0) text(" " + flatExpr(x));
  else {
    const inner = ind + "  ";
    newline(inner);
    printExpr(x, inner, false, rest);
  }
}

function printObject(props: readonly ObjectProp[], ind: string): void {
  printLines("{", props, ",", "}", ind, printObjectProp);
}

function printObjectProp(p: ObjectProp, ind: string): void {
  if ("spread" in p) text("..." + p.spread);
  else printProperty(objectKey(p.key), p.value, ind, 1);
}

/** An element of a broken array, or an argument broken out: its own group, a `,` after it. */
function printElement(x: Arg, ind: string): void {
  printExprGroup(x, ind, false, 1);
}

/**
 * prettier's printAssignment and its layout choice for `left op value` (an object
 * property, or a const whose left side, a name, was printed by the caller: `left` = "").
 * `leftCanBreak`: the caller's left side holds a line.
 */
export function assignmentLayout(left: string, value: Arg, isObjectProperty: boolean, leftCanBreak: boolean): "chain" | "break-after-operator" | "never-break-after-operator" | "fluid" {
  const hasShortKey = isObjectProperty && stringWidth(left) < 2 + 3;
  if (!hasShortKey && (value.kind === "string" || isPoorlyBreakableChain(value))) return "break-after-operator";
  // A negative number is a unary expression to prettier, not a numeric literal.
  if (!leftCanBreak && (hasShortKey || value.kind === "boolean" || (value.kind === "number" && numberText(value.value)[0] !== "-"))) {
    return "never-break-after-operator";
  }
  return "fluid";
}

/** An object property `key: value` (the whole group), `rest` after it. */
function printProperty(key: string, value: Arg, ind: string, rest: number): void {
  if (measureExpr(value, room(rest) - stringWidth(key) - 2) >= 0) {
    text(key + ": " + flatExpr(value));
    return;
  }
  text(key);
  printAssignmentRight(assignmentLayout(key, value, true, false), ":", value, ind, rest);
}

/** The operator and the value of a broken assignment group, its left side printed. */
export function printAssignmentRight(
  layout: ReturnType<typeof assignmentLayout>,
  operator: string,
  value: Arg,
  ind: string,
  rest: number,
): void {
  switch (layout) {
    case "break-after-operator":
      text(operator);
      printIndentedAfterLine(value, ind, rest);
      return;
    case "never-break-after-operator":
      text(operator + " ");
      printExpr(value, ind, false, rest);
      return;
    case "fluid": {
      // group(indent(line), {id}) then indentIfBreak(value, id): the line breaks when not
      // even the value's first piece fits after it.
      text(operator);
      let h = headExpr(value);
      if (!head.stop) h += rest;
      if (h === 0 || room(h) - 1 >= 0) {
        text(" ");
        printExpr(value, ind, false, rest);
      } else {
        const inner = ind + "  ";
        newline(inner);
        printExpr(value, inner, false, rest);
      }
      return;
    }
  }
}

// ------------------------------------------------------------------ call arguments

/** prettier's printCallArguments, including last-argument hugging. */
function printArgs(args: readonly Arg[], ind: string, flat: boolean, rest: number): void {
  if (args.length === 0) {
    text("()");
    return;
  }
  if (isFunctionCompositionArgs(args)) {
    printArgsBrokenOut(args, ind);
    return;
  }
  const last = args[args.length - 1];
  if ((args.length === 1 && !couldExpand(last)) || !shouldGroupLastArgument(args)) {
    // One group: flat, or every argument on its own line.
    if (flat ? !args.some(forcedExpr) : measureArgs(args, room(rest)) >= 0) text(flatArgs(args));
    else printArgsBrokenOut(args, ind);
    return;
  }
  for (let i = 0; i < args.length - 1; i++) if (forcedExpr(args[i])) return printArgsBrokenOut(args, ind);
  // A conditional group: [all flat or hugging the last argument, hugging with it broken, all broken out].
  const lastForced = forcedExpr(last);
  if (flat) {
    if (!lastForced) text(flatArgs(args));
    else printHugged(args, ind, rest);
    return;
  }
  if (!lastForced && measureArgs(args, room(rest)) >= 0) {
    text(flatArgs(args));
    return;
  }
  // The hugging state fits when the line up to the last argument's opening bracket does.
  if (measureExprList(args.slice(0, -1), room(0) - 1 - (args.length > 1 ? 2 : 0)) - headExpr(last) >= 0) {
    printHugged(args, ind, rest);
    return;
  }
  printArgsBrokenOut(args, ind);
}

/** `(a, b, {` ... `})`: the leading arguments flat, the last one printed broken (its group forced). */
function printHugged(args: readonly Arg[], ind: string, rest: number): void {
  text("(" + flatExprList(args.slice(0, -1)) + (args.length > 1 ? ", " : ""));
  printExpr(args[args.length - 1], ind, false, rest + 1);
  text(")");
}

function printArgsBrokenOut(args: readonly Arg[], ind: string): void {
  printLines("(", args, ",", ")", ind, printArgument);
}

function printArgument(a: Arg, ind: string): void {
  printExpr(a, ind, false, 1);
}

// ------------------------------------------------------------------ member chains

/**
 * prettier's printMemberChain: up to two groups (three for a factory) are one group; past
 * that, a forced break in a group but the last prints one `.call()` per line, else a
 * conditional group picks the chain on one line when it fits (up to its first forced
 * break), else one `.call()` per line.
 */
function printMemberChain(chain: MemberChain, x: Extract<Expr, { kind: "method" }>, ind: string, flat: boolean, rest: number): void {
  const groups = chain.groups;
  const forced = forcedExpr(x);
  if (!forced && (flat || measureExpr(x, room(rest)) >= 0)) {
    text(flatExpr(x));
    return;
  }
  if (isShortChain(chain)) {
    printChainGroups(groups, 0, groups.length, ind, false, rest);
    return;
  }
  if (forced && !isExpandedChain(chain)) {
    // Only the last group breaks: the one-line state, in flat mode, when its line fits up to that break.
    let h = flatHeadExpr(x);
    if (!head.stop) h += rest;
    if (flat || room(h) >= 0) {
      printChainGroups(groups, 0, groups.length, ind, true, rest);
      return;
    }
  }
  // The expanded state: the first group (two for a factory), then one group per line.
  const firstLine = chain.merge ? 2 : 1;
  printChainGroups(groups, 0, firstLine, ind, false, 0);
  const inner = ind + "  ";
  for (let g = firstLine; g < groups.length; g++) {
    newline(inner);
    printChainGroups(groups, g, g + 1, inner, false, g === groups.length - 1 ? rest : 0);
  }
}

/**
 * A long chain printed one `.call()` per line whatever the width: a group but the last holds
 * a forced break, or the last one does and an earlier call takes an arrow function.
 */
function isExpandedChain(chain: MemberChain): boolean {
  const groups = chain.groups;
  const calls = (g: readonly ChainNode[]) => g.filter((n): n is Extract<ChainNode, { kind: "call" }> => n.kind === "call");
  const earlier = groups.slice(0, -1).flatMap(calls);
  if (earlier.some((n) => isFunctionCompositionArgs(n.args) || n.args.some(forcedExpr))) return true;
  const last = calls(groups[groups.length - 1]);
  return last.some((n) => isFunctionCompositionArgs(n.args) || n.args.some(forcedExpr)) && earlier.some((n) => n.args.some((a) => a.kind === "arrow"));
}

/**
 * The width of `x` printed in flat mode up to its first forced line break (what prettier's
 * fits measures for a conditional group's first state: groups holding a forced break are
 * measured broken); `head.stop` says whether such a break was reached.
 */
function flatHeadExpr(x: Arg): number {
  head.stop = false;
  if (!forcedExpr(x)) return measureWidth(x);
  switch (x.kind) {
    case "call":
      // A dotted callee is a member chain: a group, broken by the forced break.
      if (x.callee.includes(".")) return headExpr(x);
      return stringWidth(x.callee) + flatHeadArgs(x.args);
    case "method": {
      const chain = memberChain(x);
      if (isShortChain(chain) || isExpandedChain(chain)) return headExpr(x);
      return measureWidth(x.target) + 1 + stringWidth(x.name) + flatHeadArgs(x.args);
    }
    case "as-const": {
      const w = flatHeadExpr(x.expr);
      return head.stop ? w : w + 9;
    }
    default:
      // An object, or an array holding a forced break: its group breaks after the bracket.
      head.stop = true;
      return 1;
  }
}

/** Arguments holding a forced break, in flat mode: hugging the last one, else broken out. */
function flatHeadArgs(args: readonly Arg[]): number {
  head.stop = true;
  if (isFunctionCompositionArgs(args) || !shouldGroupLastArgument(args) || args.slice(0, -1).some(forcedExpr)) return 1;
  let w = 2;
  for (let i = 0; i < args.length - 1; i++) w += measureWidth(args[i]) + 2;
  return w;
}

/** The flat width of an expression without a forced break. */
function measureWidth(x: Arg): number {
  return stringWidth(flatExpr(x));
}

/** The nodes of groups [from, to) on one line, in break mode; `rest` after the last. */
function printChainGroups(groups: readonly (readonly ChainNode[])[], from: number, to: number, ind: string, flat: boolean, rest: number): void {
  for (let g = from; g < to; g++) {
    const nodes = groups[g];
    for (let i = 0; i < nodes.length; i++) {
      const n = nodes[i];
      if (n.kind !== "call") {
        text(n.name);
        continue;
      }
      // What follows on this line: the next nodes up to the first call's opening parenthesis.
      let after = 0;
      let stopped = false;
      scan: for (let h = g; h < to; h++) {
        const hs = groups[h];
        for (let j = h === g ? i + 1 : 0; j < hs.length; j++) {
          const m = hs[j];
          if (m.kind !== "call") after += stringWidth(m.name);
          else if (m.args.length === 0) after += 2;
          else {
            after += 1;
            stopped = true;
            break scan;
          }
        }
      }
      printArgs(n.args, ind, flat, stopped ? after : after + rest);
    }
  }
}
