// Which layout prettier picks for a syntax node, decided from the node alone.
import type { Arg, TsType } from "../printer.js";
import { isShortChain, memberChain } from "./chain.js";
import { quote } from "./literals.js";
import { WIDTH } from "./out.js";

const isObjectLike = (m: TsType): boolean => m.kind === "object" || m.kind === "ref";
const isVoidLike = (m: TsType): boolean => m.kind === "keyword" && m.name === "null";

/** prettier's shouldHugUnionType: `{ ... } | null` and `Foo | null` stay inline. */
export function isHuggedUnion(u: { readonly members: readonly TsType[] }): boolean {
  let objects = 0;
  for (const m of u.members) {
    if (isObjectLike(m)) objects++;
    else if (!isVoidLike(m)) return false;
  }
  return objects === 1;
}

/** prettier's isSimpleType: a keyword, a literal, or a name without type arguments. */
function isSimpleType(type: TsType): boolean {
  return type.kind === "keyword" || type.kind === "literal" || (type.kind === "ref" && !type.args?.length);
}

/** The single type argument printed `<T>` without a group of its own. */
export function isHuggedTypeArgument(args: readonly TsType[]): boolean {
  if (args.length !== 1) return false;
  const only = args[0];
  return only.kind === "object" || isSimpleType(only) || (only.kind === "union" && isHuggedUnion(only));
}

/** An object or array literal with contents: the last argument may hug the parentheses. */
export function couldExpand(x: Arg): boolean {
  return (x.kind === "object" && x.props.length > 0) || (x.kind === "array" && x.items.length > 0) || (x.kind === "as-const" && couldExpand(x.expr));
}

/** An array of numbers (one or more, signed or not): prettier fills it several to a line, and never hugs it as a last argument after others. */
export function isConciselyPrintedArray(x: Arg): boolean {
  return x.kind === "array" && x.items.length > 0 && x.items.every((i) => i.kind === "number");
}

/** prettier's shouldGroupLast for call arguments. */
export function shouldGroupLastArgument(args: readonly Arg[]): boolean {
  const last = args[args.length - 1];
  const penultimate = args.length > 1 ? args[args.length - 2] : undefined;
  return (
    couldExpand(last) &&
    (!penultimate || penultimate.kind !== last.kind) &&
    // useMemo(() => value, [deps])
    !(args.length === 2 && penultimate?.kind === "arrow" && last.kind === "array") &&
    !(args.length > 1 && isConciselyPrintedArray(last))
  );
}

/** prettier's shouldBreak for an array literal: several objects (or arrays) of more than one entry. */
export function arrayShouldBreak(items: readonly Arg[]): boolean {
  return (
    items.length > 1 &&
    items.every(
      (it, i) =>
        (it.kind === "object" ? it.props.length > 1 : it.kind === "array" ? it.items.length > 1 : false) &&
        (i === items.length - 1 || items[i + 1].kind === it.kind),
    )
  );
}

const LONE_SHORT_THRESHOLD = WIDTH * 0.25;

function isLoneShortArgument(x: Arg): boolean {
  switch (x.kind) {
    case "id":
      return !x.name.includes(".") && x.name.length <= LONE_SHORT_THRESHOLD;
    case "number":
    case "boolean":
      return true;
    case "string":
      return quote(x.value).length <= LONE_SHORT_THRESHOLD;
    case "call":
      return x.args.length === 0 && !x.callee.includes(".") && x.callee.length <= LONE_SHORT_THRESHOLD - 2;
    default:
      return false;
  }
}

/** A member chain (`a.b`) or call chain whose calls take nothing or one short argument. */
export function isPoorlyBreakableChain(x: Arg): boolean {
  if (x.kind === "id") return x.name.includes(".");
  if (x.kind === "call") return hasPoorlyBreakableArgs(x.args);
  // A method on a name, or on a call that is itself poorly breakable; not a long chain
  // (prettier labels it a member chain, which breaks well).
  if (x.kind === "method") {
    return hasPoorlyBreakableArgs(x.args) && (x.target.kind === "id" || isPoorlyBreakableChain(x.target)) && isShortChain(memberChain(x));
  }
  return false;
}

function hasPoorlyBreakableArgs(args: readonly Arg[]): boolean {
  return args.length === 0 || (args.length === 1 && isLoneShortArgument(args[0]));
}

/**
 * prettier's isFunctionCompositionArgs: several arguments, two of them arrow functions or one
 * a call taking an arrow function; the arguments are then always broken out one per line.
 */
export function isFunctionCompositionArgs(args: readonly Arg[]): boolean {
  if (args.length <= 1) return false;
  let arrows = 0;
  for (const a of args) {
    if (a.kind === "arrow") {
      if (++arrows > 1) return true;
    } else if ((a.kind === "call" || a.kind === "method") && a.args.some((x) => x.kind === "arrow")) return true;
  }
  return false;
}
