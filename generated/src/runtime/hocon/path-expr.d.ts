import type { Location } from "../diagnostics.js";
export interface PathPart {
    readonly quoted: boolean;
    readonly text: string;
    readonly loc: Location;
    /** Whitespace between parts: kept inside a key, trimmed at its ends. */
    readonly space?: boolean;
}
export interface PathSegment {
    readonly name: string;
    readonly loc: Location;
}
/** Returns the segments, or the location of the first empty segment. */
export declare function buildPath(parts: readonly PathPart[]): PathSegment[] | {
    readonly emptyAt: Location;
};
/** Renders a path the way it would be written, quoting segments that need it. */
export declare function renderPath(path: readonly string[]): string;
