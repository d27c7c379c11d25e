import type { ParseOptions, ParseResult } from "./types.js";
export { HoconError } from "./errors.js";
export type { HoconErrorCode } from "./errors.js";
export { DEFAULT_LIMITS } from "./limits.js";
export type { JsonObject, JsonPrimitive, JsonValue, ParseLimits, ParseOptions, ParseResult, SourceMap } from "./types.js";
/** Parses and resolves one HOCON document. Includes are read with `options.readFile`. */
export declare function parseString(text: string, options?: ParseOptions): ParseResult;
