import type { PathSegment } from "./path-expr.js";
export declare const Tok: {
    readonly Eof: 0;
    readonly Newline: 1;
    readonly Space: 2;
    readonly Comma: 3;
    readonly Colon: 4;
    readonly Equals: 5;
    readonly PlusEquals: 6;
    readonly LBrace: 7;
    readonly RBrace: 8;
    readonly LBracket: 9;
    readonly RBracket: 10;
    readonly Unquoted: 11;
    readonly Quoted: 12;
    readonly Number: 13;
    readonly Subst: 14;
};
export type TokType = (typeof Tok)[keyof typeof Tok];
export interface Token {
    readonly type: TokType;
    /** Offset of the first character in the file's text. */
    readonly start: number;
    readonly line: number;
    readonly column: number;
    /** Raw text for unquoted, number and space tokens; the decoded value for quoted strings. */
    readonly text: string;
    /** Substitution path (Subst only). */
    readonly path?: PathSegment[];
    /** `${?...}` (Subst only). */
    readonly optional?: boolean;
}
export declare function describeToken(t: Token): string;
