// The merged document: every object's members gathered by key, each key holding the stack
// of values assigned to it in source order ("layers"). Literal objects assigned to the same
// key are merged here; everything involving substitutions is left to the resolver.
import type { Location } from "../diagnostics.js";
import type { ScalarNode } from "./ast.js";

export type MValue = ScalarNode | MObject | MArray | MSubst | MConcat;

/** Resolver state kept on the node: far cheaper than a Map entry per node. */
export interface Memoized {
  memo: unknown;
  busy: boolean;
  /** For keys seen with only their first n layers (self-reference), by n. */
  cutMemo?: Map<number, unknown>;
  cutBusy?: Set<number>;
}

export class MObject implements Memoized {
  readonly kind: "object";
  readonly fields: Map<string, MField>;
  /** The same fields in insertion order: indexed loops are cheaper than Map iterators in cold code. */
  readonly order: MField[];
  memo: unknown;
  busy: boolean;
  /**
   * No substitution or concatenation anywhere inside (build-tree clears it): resolving
   * such an object cannot recurse into a lookup, so its fields need no cycle bookkeeping.
   */
  literal: boolean;
  constructor(
    readonly loc: Location,
    /** The field this object is a value of (undefined for the root). */
    readonly owner: MField | undefined,
  ) {
    // Assigned here rather than as field initializers: one function run per object less.
    this.kind = "object";
    this.fields = new Map();
    this.order = [];
    this.memo = undefined;
    this.busy = false;
    this.literal = true;
  }
}

export interface MField extends Memoized {
  /** Unique per document: the resolver restricts self-referential fields by id. */
  readonly id: number;
  readonly key: string;
  readonly parent: MObject;
  layers: MLayer[];
}

export interface MLayer extends Memoized {
  readonly value: MValue;
  /** Where the key of this definition was written. */
  readonly keyLoc: Location;
  /**
   * A substitution or concatenation that refers to its own key (`a = ${a} [2]`): it sees
   * only the layers below it, even when it is the key's only definition.
   */
  readonly selfRef: boolean;
}

export interface MArray {
  readonly kind: "array";
  readonly items: MValue[];
  readonly loc: Location;
}

export interface MSubst {
  readonly kind: "subst";
  readonly path: string[];
  /** For substitutions in included files: the path as written, tried when `path` (fixed up by the include's position) is not found. */
  readonly fallback: string[] | undefined;
  readonly optional: boolean;
  readonly text: string;
  readonly loc: Location;
}

export interface MConcat {
  readonly kind: "concat";
  readonly parts: MValue[];
  readonly loc: Location;
}

/** Marks the objects holding `field`, up to the root, as not literal. */
export function markNotLiteral(field: MField): void {
  // Marking always runs to the root, so an object already marked has marked ancestors.
  for (let o: MObject | undefined = field.parent; o !== undefined && o.literal; o = o.owner?.parent) o.literal = false;
}

/** The absolute path of a field, through the objects (and arrays or concatenations) holding it. */
export function fieldPath(field: MField): string[] {
  const path: string[] = [];
  for (let f: MField | undefined = field; f !== undefined; f = f.parent.owner) path.push(f.key);
  return path.reverse();
}
