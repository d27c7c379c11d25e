// Which layout prettier picks for a syntax node, decided from the node alone.
import type { Arg, TsType } from "../printer.js";
import { quote } from "./literals.js";

/** prettier's shouldHugUnionType: `{ ... } | null` and `Foo | null` stay inline. */
export function isHuggedUnion(u: { readonly members: readonly TsType[] }): boolean {
  let objects = 0;
  for (const m of u.members) {
    if (m.kind === "object" || m.kind === "ref") objects++;
    else if (!(m.kind === "keyword" && m.name === "null")) return false;
  }
  return objects === 1;
}

/** The single type argument printed `<T>` without a group of its own: an object, a union hugged, or prettier's isSimpleType. */
export function isHuggedTypeArgument(args: readonly TsType[]): boolean {
  const only = args[0];
  if (args.length !== 1) return false;
  return only.kind === "object" || only.kind === "keyword" || only.kind === "literal" || (only.kind === "ref" && !only.args?.length) || (only.kind === "union" && isHuggedUnion(only));
}

/** An object or array literal with contents: the last argument may hug the parentheses. */
export function couldExpand(x: Arg): boolean {
  return (x.kind === "object" && x.props.length > 0) || (x.kind === "array" && x.items.length > 0) || (x.kind === "as-const" && couldExpand(x.expr));
}

/** An array of numbers (one or more, signed or not): prettier fills it several to a line, and never hugs it as a last argument after others. */
export function isConciselyPrintedArray(x: Arg): boolean {
  return x.kind === "array" && x.items.length > 0 && x.items.every((i) => i.kind === "number");
}

/** prettier's shouldGroupLast for call arguments (`useMemo(() => value, [deps])` excepted). */
export function shouldGroupLastArgument(args: readonly Arg[]): boolean {
  const last = args[args.length - 1];
  const penultimate = args.length > 1 ? args[args.length - 2] : undefined;
  return (
    couldExpand(last) &&
    (!penultimate || penultimate.kind !== last.kind) &&
    !(args.length === 2 && penultimate?.kind === "arrow" && last.kind === "array") &&
    !(args.length > 1 && isConciselyPrintedArray(last))
  );
}

/** prettier's shouldBreak for an array literal: several objects (or arrays) of more than one entry. */
export function arrayShouldBreak(items: readonly Arg[]): boolean {
  const entries = (it: Arg): number => (it.kind === "object" ? it.props.length : it.kind === "array" ? it.items.length : 0);
  return items.length > 1 && items.every((it, i) => entries(it) > 1 && (i === items.length - 1 || items[i + 1].kind === it.kind));
}

/** prettier's isLoneShortArgument: at most a quarter of the line. */
function isLoneShortArgument(x: Arg): boolean {
  if (x.kind === "id") return !x.name.includes(".") && x.name.length <= 20;
  if (x.kind === "string") return quote(x.value).length <= 20;
  if (x.kind === "call") return x.args.length === 0 && !x.callee.includes(".") && x.callee.length <= 18;
  return x.kind === "number" || x.kind === "boolean";
}

/**
 * A member chain (`a.b`) or call chain whose calls take nothing or one short argument; a
 * method only on a name or on such a call, and not a long chain (one that breaks well).
 */
export function isPoorlyBreakableChain(x: Arg): boolean {
  if (x.kind === "id") return x.name.includes(".");
  if (x.kind === "call") return hasPoorlyBreakableArgs(x.args);
  if (x.kind !== "method") return false;
  return hasPoorlyBreakableArgs(x.args) && (x.target.kind === "id" || isPoorlyBreakableChain(x.target)) && isShortChain(x);
}

const hasPoorlyBreakableArgs = (args: readonly Arg[]): boolean => args.length === 0 || (args.length === 1 && isLoneShortArgument(args[0]));

/** Whether prettier's member chain for `x` is one group: all but a method on a call whose callee is dotted (`a.b(...)`) past a factory name (`Foo.b(...)`). */
export function isShortChain(x: Extract<Arg, { kind: "method" }>): boolean {
  if (x.target.kind === "id") return true;
  const names = x.target.callee.split(".");
  return names.length === 1 || (names.length === 2 && /^[A-Z]|^[$_]+$/.test(names[0]));
}

/** prettier's isFunctionCompositionArgs: two arrow functions, or a call taking one, among several arguments (then broken out one per line). */
export function isFunctionCompositionArgs(args: readonly Arg[]): boolean {
  if (args.length <= 1) return false;
  let arrows = 0;
  for (const a of args) {
    if (a.kind === "arrow" ? ++arrows > 1 : (a.kind === "call" || a.kind === "method") && a.args.some((x) => x.kind === "arrow")) return true;
  }
  return false;
}
