import type { ObjectNode } from "./ast.js";
import type { ParseLimits } from "./types.js";
export interface LoaderOptions {
    readonly limits: ParseLimits;
    readonly readFile: ((path: string) => string | undefined) | undefined;
    /** Receives the text of every file read, for source lines in diagnostics. */
    readonly sources: Map<string, string>;
}
export declare class Loader {
    private readonly options;
    constructor(options: LoaderOptions);
    parseRoot(text: string, file: string, baseDir: string): ObjectNode;
    private parse;
    /** The parsed files an include names, in merge order (later ones override earlier ones). */
    private include;
    private load;
    private read;
    private fail;
}
