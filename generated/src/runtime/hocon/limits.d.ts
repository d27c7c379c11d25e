import type { ParseLimits } from "./types.js";
export declare const DEFAULT_LIMITS: ParseLimits;
export declare function withDefaults(limits: Partial<ParseLimits> | undefined): ParseLimits;
