// The whole codegen run (schema folder -> written package) in one call, with a timer
// around every phase, for benchmarks: parse, model (IR and lint), then generatePackage's
// own phases, then write. The same calls as `codegen`, minus printing.
import type { Diagnostic } from "../../hocon/diagnostics.js";
import { blocksGeneration } from "../schema/blocking.js";
import { loadApi } from "../schema/index.js";
import { findRepoRoot } from "./command.js";
import { generatePackage } from "./generate.js";
import { collectTimings, type CodegenPhase, type PhaseTimer } from "./phase-timer.js";
import { runtimeFiles } from "./runtime-files.js";
import { writeOutput, type WriteResult } from "./writer.js";

export { CODEGEN_PHASES, collectTimings, type CodegenPhase, type PhaseTimer } from "./phase-timer.js";

export interface CodegenRunOptions {
  readonly schemas: string;
  readonly outDir: string;
  readonly packageName: string;
  readonly includeInternal?: boolean;
  readonly apiVersion?: string;
  /** Repository holding templates/runtime (default: found upward from this module). */
  readonly repoRoot?: string;
}

export interface CodegenRunResult {
  /** Generated files (empty when blocked). */
  readonly files: ReadonlyMap<string, string>;
  /** Findings that stopped generation (schema errors or name collisions); empty on success. */
  readonly blocking: readonly Diagnostic[];
  readonly write?: WriteResult;
  /** Milliseconds per phase (phases that did not run are absent). */
  readonly timings: ReadonlyMap<CodegenPhase, number>;
}

/** Runs codegen phase by phase; `time` (default: a collector into `timings`) wraps each phase. */
export function runCodegenPhases(options: CodegenRunOptions, time?: PhaseTimer): CodegenRunResult {
  const timings = new Map<CodegenPhase, number>();
  const timer = time ?? collectTimings(timings);
  const { model, findings } = loadApi(options.schemas, undefined, timer);
  const blocked = findings.filter(blocksGeneration);
  if (blocked.length > 0) return { files: new Map(), blocking: blocked, timings };
  const runtime = timer("client", () => runtimeFiles(options.repoRoot ?? findRepoRoot()));
  const generated = generatePackage(
    model,
    { packageName: options.packageName, includeInternal: options.includeInternal, apiVersion: options.apiVersion, runtime },
    timer,
  );
  const errors = generated.diagnostics.filter((d) => d.severity === "error");
  if (errors.length > 0) return { files: new Map(), blocking: errors, timings };
  const write = timer("write", () => writeOutput(options.outDir, generated.files));
  return { files: generated.files, blocking: [], write, timings };
}
