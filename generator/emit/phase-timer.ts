// Phases of a codegen run, and the hook that times them: `generatePackage` and
// `runCodegenPhases` call `time(phase, fn)` around each phase, so a benchmark measures
// the real pipeline rather than a copy of it.

export const CODEGEN_PHASES = ["parse", "model", "plan", "types", "zod", "client", "openapi", "write"] as const;

export type CodegenPhase = (typeof CODEGEN_PHASES)[number];

/** Runs `fn` as (part of) `phase` and returns its result. A phase may be entered more than once. */
export type PhaseTimer = <T>(phase: CodegenPhase, fn: () => T) => T;

export const untimed: PhaseTimer = (_phase, fn) => fn();

/** A timer adding each phase's wall-clock milliseconds into `into`. */
export function collectTimings(into: Map<CodegenPhase, number>): PhaseTimer {
  return (phase, fn) => {
    const start = performance.now();
    try {
      return fn();
    } finally {
      into.set(phase, (into.get(phase) ?? 0) + performance.now() - start);
    }
  };
}
