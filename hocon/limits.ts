import type { ParseLimits } from "./types.js";

export const DEFAULT_LIMITS: ParseLimits = {
  maxDepth: 1000,
  maxIncludeDepth: 50,
  maxSubstitutions: 1_000_000,
  maxFileSize: 64 * 1024 * 1024,
};

export function withDefaults(limits: Partial<ParseLimits> | undefined): ParseLimits {
  return limits === undefined ? DEFAULT_LIMITS : { ...DEFAULT_LIMITS, ...limits };
}
