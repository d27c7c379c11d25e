export declare const NEWLINE = 10;
/** Whitespace other than `\n`, which is a token of its own. Includes Unicode Zs/Zl/Zp and the BOM. */
export declare function isSpace(c: number): boolean;
/** Characters that may appear in an unquoted string (the `//` comment start is checked by the caller). */
export declare function isUnquotedChar(c: number): boolean;
export declare function isDigit(c: number): boolean;
export declare function isHexDigit(c: number): boolean;
/** True for a character that may be part of a number token: digits and `eE+-.`. */
export declare function isNumberChar(c: number): boolean;
export declare function isValidNumber(raw: string): boolean;
