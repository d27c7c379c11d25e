import type { SourceMapBuilder } from "./source-map.js";
import { MObject } from "./tree.js";
import type { JsonObject, ParseLimits } from "./types.js";
export interface ResolveOptions {
    readonly limits: ParseLimits;
    readonly env: ((name: string) => string | undefined) | undefined;
    readonly sourceMap: SourceMapBuilder;
}
export declare function resolveTree(root: MObject, options: ResolveOptions): JsonObject;
