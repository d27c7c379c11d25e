import type { Diagnostic, Location } from "../diagnostics.js";
export type HoconErrorCode = "hocon/unterminated-string" | "hocon/unterminated-substitution" | "hocon/invalid-escape" | "hocon/reserved-character" | "hocon/unexpected-token" | "hocon/invalid-key" | "hocon/invalid-substitution" | "hocon/invalid-include" | "hocon/include-not-found" | "hocon/include-cycle" | "hocon/include-unsupported" | "hocon/root-not-object" | "hocon/unresolved-substitution" | "hocon/substitution-cycle" | "hocon/concatenation-type" | "hocon/too-deep" | "hocon/too-many-substitutions" | "hocon/too-large" | "hocon/file-not-found";
export declare class HoconError extends Error {
    readonly name = "HoconError";
    readonly code: HoconErrorCode;
    readonly file: string;
    readonly line: number;
    readonly column: number;
    readonly diagnostic: Diagnostic;
    /** Text of the file the error points into, so `format()` can show the line. */
    readonly sourceText: string | undefined;
    constructor(code: HoconErrorCode, message: string, location: Location, sourceText?: string, hint?: string);
    /** `file:line:col: error: message`, then the source line and a caret. */
    format(): string;
}
