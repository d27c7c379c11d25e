// The merged document: every object's members gathered by key, each key holding the stack
// of values assigned to it in source order ("layers"). Literal objects assigned to the same
// key are merged here; everything involving substitutions is left to the resolver.
import type { Location } from "./diagnostics.js";
import type { ScalarNode } from "./ast.js";
import type { JsonObject } from "./types.js";

export type MValue = ScalarNode | MObject | MArray | MSubst | MConcat;

/** Resolver state kept on the node: far cheaper than a Map entry per node. */
export interface Memoized {
  memo: unknown;
  busy: boolean;
  /** For keys seen with only their first n layers (self-reference), by n. */
  cutMemo?: Map<number, unknown>;
  cutBusy?: Set<number>;
}

export class MObject {
  readonly kind: "object";
  private readonly fields: Map<string, MField>;
  /** The same fields in insertion order: indexed loops are cheaper than Map iterators in cold code. */
  private readonly order: MField[];
  /** The resolved value (objects are never cut, so one per object; no cycle mark either: a cycle runs through fields). */
  memo: JsonObject | undefined;
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
    this.literal = true;
  }

  /** The fields in insertion order. */
  fieldList(): MField[] {
    return this.order;
  }

  field(key: string): MField | undefined {
    return this.fields.get(key);
  }

  /** Adds a field (the caller has checked it is new). */
  addField(f: MField): void {
    this.fields.set(f.key, f);
    this.order.push(f);
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
