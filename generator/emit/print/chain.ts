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

export function memberChain(x: Extract<Expr, { kind: "method" }>): MemberChain {
  const methods: Extract<Expr, { kind: "method" }>[] = [];
  let base: Arg = x;
  while (base.kind === "method") {
    methods.unshift(base);
    base = base.target;
  }
  if (base.kind !== "call" && base.kind !== "id") throw new Error("printer: methods are called on names or calls only");
  const [head, ...members] = (base.kind === "call" ? base.callee : base.name).split(".");
  const nodes: ChainNode[] = [{ kind: "name", name: head }, ...members.map((m): ChainNode => ({ kind: "member", name: "." + m }))];
  if (base.kind === "call") nodes.push({ kind: "call", args: base.args });
  for (const m of methods) nodes.push({ kind: "member", name: "." + m.name }, { kind: "call", args: m.args });
  if (nodes.filter((n) => n.kind === "call").length > 2) throw new Error("printer: member chains of more than two calls are not supported");

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
