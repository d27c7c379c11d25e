import type { ObjectNode } from "./ast.js";
import type { IncludeTarget } from "./lexer.js";
export interface ParserOptions {
    readonly file: string;
    readonly maxDepth: number;
    /** Nesting depth at which this file starts (an include inside objects starts deeper). */
    readonly startDepth: number;
    /** Parses the files an include names (none when a non-required include is missing). */
    readonly include: (target: IncludeTarget, depth: number) => ObjectNode[];
}
export declare function parseDocument(text: string, options: ParserOptions): ObjectNode;
