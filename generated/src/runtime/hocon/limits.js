const DEFAULT_LIMITS = {
  maxDepth: 1e3,
  maxIncludeDepth: 50,
  maxSubstitutions: 1e6,
  maxFileSize: 64 * 1024 * 1024
};
function withDefaults(limits) {
  return limits === void 0 ? DEFAULT_LIMITS : { ...DEFAULT_LIMITS, ...limits };
}
export {
  DEFAULT_LIMITS,
  withDefaults
};
