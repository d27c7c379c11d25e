import type { Location } from "../diagnostics.js";
import type { HoconErrorCode } from "./errors.js";
import type { NodeInfo, SourceMapBuilder } from "./source-map.js";
import type { JsonObject, JsonValue, ParseLimits } from "./types.js";
export declare class ValueBuilder {
    private readonly sm;
    private readonly limits;
    /** Where messages point when a merged value has no recorded origin. */
    private readonly fallbackLoc;
    private work;
    constructor(sm: SourceMapBuilder, limits: ParseLimits, 
    /** Where messages point when a merged value has no recorded origin. */
    fallbackLoc: Location);
    record(value: object, loc: Location, members: Map<string, Location> | Location[], depth: number, size: number): void;
    /** Number of values in the tree, counting shared subtrees once per occurrence. */
    sizeOf(v: JsonValue): number;
    info(v: object): NodeInfo | undefined;
    /** Counts expansion work against maxSubstitutions, so runaway growth is an error, not a hang. */
    spend(units: number, loc: Location): void;
    concatArrays(arrays: readonly JsonValue[][], loc: Location): JsonValue[];
    /** `upper` merged over `lower`: keys keep their first position, objects merge deeply. */
    merge(lower: JsonObject, upper: JsonObject, loc: Location | undefined): JsonObject;
    fail(code: HoconErrorCode, message: string, loc: Location, hint?: string): never;
}
export declare function isObject(v: JsonValue | undefined): v is JsonObject;
export declare function hasOwn(o: object, k: string): boolean;
/** Sets a member; `__proto__` becomes an ordinary own key instead of changing the prototype. */
export declare function setMember(o: JsonObject, k: string, v: JsonValue): void;
