import type { MField, Memoized } from "./tree.js";
/** Memo key of a node seen whole; a cut key uses its layer count instead. */
export declare const WHOLE = -1;
/** Thrown when a node is needed while it is being resolved; carries the chain of keys. */
export declare class CycleSignal {
    readonly chain: string[];
    constructor(chain: string[]);
}
export declare class View {
    readonly cuts: ReadonlyMap<number, number>;
    readonly derived: Map<string, View>;
    constructor(cuts: ReadonlyMap<number, number>);
    /** How many of the field's layers this view sees. */
    count(f: MField): number;
    /** The memo key of the field in this view. */
    key(f: MField): number;
}
export declare class Views {
    readonly root: View;
    private readonly interned;
    private readonly frames;
    /** `view` with field f cut down to its first n layers. */
    cut(view: View, f: MField, n: number): View;
    get<T>(node: Memoized, key: number): T | undefined;
    set(node: Memoized, key: number, value: unknown): void;
    /** Marks a node in progress; throws CycleSignal when it already is. */
    enter(target: Memoized, key: number, field: MField): void;
    leave(target: Memoized, key: number): void;
    private chain;
}
