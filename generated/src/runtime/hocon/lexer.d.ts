import type { Location } from "../diagnostics.js";
import type { HoconErrorCode } from "./errors.js";
import type { Token } from "./tokens.js";
export declare class Lexer {
    readonly text: string;
    readonly file: string;
    private pos;
    private line;
    private lineStart;
    constructor(text: string, file: string);
    next(): Token;
    /** Location of an offset on the current line. */
    locAt(offset: number): Location;
    fail(code: HoconErrorCode, message: string, loc: {
        line: number;
        column: number;
    }, hint?: string): never;
    /**
     * After an unquoted `include`: scans `"f"`, `file("f")`, `url(...)`, `classpath(...)` or
     * `required(...)` around one of them, with any whitespace (newlines too) before it.
     * Anything else is an error, as the spec says: a key named include must be quoted.
     */
    scanInclude(): IncludeTarget;
    private skipBlankLines;
    private includeResource;
    private includeName;
    private closeParen;
    private skipSpaces;
    private token;
    private punct;
    private skipComment;
    private space;
    private unquoted;
    private unquotedEnd;
    private number;
    private reserved;
    private quoted;
    private unterminated;
    private tripleQuoted;
    private substitution;
    private unterminatedSubst;
}
export type IncludeKind = "auto" | "file" | "url" | "classpath";
export interface IncludeTarget {
    readonly kind: IncludeKind;
    readonly name: string;
    readonly required: boolean;
    readonly loc: Location;
}
