// prettier's printMemberChain grouping for `a.b(...).c(...)`: the chain's nodes cut into
// groups, each ending with its calls.
import type { Arg, Expr } from "../printer.js";

export type ChainNode =
  | { readonly kind: "name"; readonly name: string }
  /** `.name` */
  | { readonly kind: "member"; readonly name: string }
  | { readonly kind: "call"; readonly args: readonly Arg[] };

export interface MemberChain {
  readonly groups: readonly (readonly ChainNode[])[];
  /** A factory-like first name (`Foo`, `$`) stays on the first line with the first call. */
  readonly merge: boolean;
}

/** The chain of `x`: a method called on a name or a call (printer.ts's MethodTarget), so at most two calls. */
export function memberChain(x: Extract<Expr, { kind: "method" }>): MemberChain {
  const base = x.target;
  const [head, ...members] = (base.kind === "call" ? base.callee : base.name).split(".");
  const nodes: ChainNode[] = [{ kind: "name", name: head }, ...members.map((m): ChainNode => ({ kind: "member", name: "." + m }))];
  if (base.kind === "call") nodes.push({ kind: "call", args: base.args });
  nodes.push({ kind: "member", name: "." + x.name }, { kind: "call", args: x.args });

  const groups: ChainNode[][] = [];
  let current: ChainNode[] = [nodes[0]];
  let i = 1;
  for (; i < nodes.length && nodes[i].kind === "call"; i++) current.push(nodes[i]);
  for (; i + 1 < nodes.length && nodes[i].kind === "member" && nodes[i + 1].kind === "member"; i++) current.push(nodes[i]);
  groups.push(current);
  current = [];
  let hasCall = false;
  for (; i < nodes.length; i++) {
    if (hasCall && nodes[i].kind === "member") {
      groups.push(current);
      current = [];
      hasCall = false;
    }
    if (nodes[i].kind === "call") hasCall = true;
    current.push(nodes[i]);
  }
  if (current.length > 0) groups.push(current);
  const first = groups[0];
  const merge = first.length === 1 && first[0].kind === "name" && /^[A-Z]|^[$_]+$/.test(first[0].name);
  return { groups, merge };
}

/** Whether the chain is printed as one group (few groups) rather than one `.call()` per line when broken. */
export function isShortChain(chain: MemberChain): boolean {
  return chain.groups.length <= (chain.merge ? 3 : 2);
}
