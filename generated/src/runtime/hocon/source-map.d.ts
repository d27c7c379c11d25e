import type { Location } from "../diagnostics.js";
import type { JsonObject, SourceMap } from "./types.js";
export interface NodeInfo {
    readonly loc: Location;
    /** Object members by key, or array elements by index. */
    readonly members: Map<string, Location> | Location[];
    /** Nesting depth of the value: 1 for a container of scalars. */
    readonly depth: number;
    /** Number of values in the tree as JSON would print it (shared subtrees counted per occurrence). */
    readonly size: number;
}
export declare class SourceMapBuilder implements SourceMap {
    readonly sources: Map<string, string>;
    private readonly infos;
    root: JsonObject | undefined;
    constructor(sources: Map<string, string>);
    record(value: object, info: NodeInfo): void;
    info(value: object): NodeInfo | undefined;
    node(value: object): Location | undefined;
    member(container: object, key: string | number): Location | undefined;
    /** Every member location of a container in one lookup: by key for an object, by index for an array. */
    members(container: object): ReadonlyMap<string, Location> | readonly Location[] | undefined;
    at(path: readonly (string | number)[]): Location | undefined;
}
