// The codegen pipeline with a timer around each phase, so each can be measured in one
// process: the schema phases are the calls loadApi makes (generator/schema/index.ts), the
// emit phases are timed by generatePackage itself (its PhaseTimer hook), writing by us.
import { generatePackage } from "../generator/emit/generate.js";
import type { CodegenPhase } from "../generator/emit/phase-timer.js";
import { runtimeFiles } from "../generator/emit/runtime-files.js";
import { writeOutput } from "../generator/emit/writer.js";
import { buildModel } from "../generator/schema/build.js";
import { lintApi } from "../generator/schema/lint/index.js";
import { loadFolder } from "../generator/schema/load.js";

export const PHASES = [
  "parse",
  "model",
  "lint",
  "runtime templates",
  "plan",
  "types",
  "zod",
  "client",
  "openapi",
  "write (empty folder)",
  "write (nothing changed)",
] as const;

export type Phase = (typeof PHASES)[number];

/** Which of our phases each generatePackage phase is. */
const EMIT_PHASES: Partial<Record<CodegenPhase, Phase>> = { plan: "plan", types: "types", zod: "zod", client: "client", openapi: "openapi" };

export interface PipelineOptions {
  readonly schemas: string;
  readonly outDir: string;
  readonly repo: string;
}

/** Runs the whole codegen, calling `time(phase, fn)` around every phase; returns the number of files. */
export function runPhases(options: PipelineOptions, time: <T>(phase: Phase, fn: () => T) => T): number {
  const raw = time("parse", () => loadFolder(options.schemas));
  const model = time("model", () => buildModel(raw));
  time("lint", () => lintApi(raw, model));
  const runtime = time("runtime templates", () => runtimeFiles(options.repo));
  const generated = generatePackage(model, { packageName: "clearml-api-client", includeInternal: true, runtime }, (phase, fn) => {
    const ours = EMIT_PHASES[phase];
    if (!ours) throw new Error(`bench/pipeline.ts does not know the codegen phase "${phase}"`);
    return time(ours, fn);
  });
  const errors = generated.diagnostics.filter((d) => d.severity === "error");
  if (errors.length > 0) throw new Error(`codegen: ${errors[0].message}`);
  time("write (empty folder)", () => writeOutput(options.outDir, generated.files));
  const again = time("write (nothing changed)", () => writeOutput(options.outDir, generated.files));
  if (again.written.length > 0) throw new Error(`writing the same files again rewrote ${again.written[0]}`);
  return generated.files.size;
}
