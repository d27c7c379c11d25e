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
export declare class MObject implements Memoized {
    readonly loc: Location;
    /** The field this object is a value of (undefined for the root). */
    readonly owner: MField | undefined;
    readonly kind = "object";
    readonly fields: Map<string, MField>;
    memo: unknown;
    busy: boolean;
    constructor(loc: Location, 
    /** The field this object is a value of (undefined for the root). */
    owner: MField | undefined);
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
/** The absolute path of a field, through the objects (and arrays or concatenations) holding it. */
export declare function fieldPath(field: MField): string[];
