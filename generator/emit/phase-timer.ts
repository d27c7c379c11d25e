// Phases of a codegen run, in the order they run, and the hook around each: loadApi,
// `generatePackage` and the pipeline (pipeline.ts) call `time(phase, fn)`, so an observer
// measures the real pipeline rather than a copy of it.

export const CODEGEN_PHASES = ["parse", "model", "lint", "runtime", "plan", "types", "zod", "client", "openapi", "write"] as const;

export type CodegenPhase = (typeof CODEGEN_PHASES)[number];

/** Runs `fn` as `phase` and returns its result. */
export type PhaseTimer = <T>(phase: CodegenPhase, fn: () => T) => T;

export const untimed: PhaseTimer = (_phase, fn) => fn();
