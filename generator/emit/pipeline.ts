// The codegen pipeline, once: schema folder -> findings -> generated package -> written
// (or, with `check`, compared) output folder. The CLI (command.ts), the benchmarks and
// any programmatic caller run this function; timing is an optional observer of its phases.
import type { Diagnostic } from "../../hocon/diagnostics.js";
import type { HoconDialect, ParseResult } from "../../hocon/types.js";
import { findRepoRoot } from "../repo-root.js";
import { loadForCodegen } from "../schema/load-for-codegen.js";
import type { ConfReadOptions } from "../schema/read.js";
import { generatePackage } from "./generate.js";
import { OpenApiOptionError } from "./openapi/index.js";
import { OutputFolderError } from "./output-folder.js";
import { isPackageName, PACKAGE_NAME_RULE } from "./package-name.js";
import { untimed, type CodegenPhase, type PhaseTimer } from "./phase-timer.js";
import { runtimeFiles } from "./runtime-files.js";
import type { ServiceCache } from "./service-cache.js";
import { ProbeRecorder } from "./stamp.js";
import { writeOutput, type KnownFile, type WriteResult } from "./writer.js";

export { CODEGEN_PHASES, type CodegenPhase } from "./phase-timer.js";

/** Which package to generate, from which schemas, into which folder: what a config file's job and `codegen()` both take. */
export interface PackageOptions {
  /** Schema folder (.conf files). */
  readonly schemas: string;
  /** Output folder of the generated package. */
  readonly out: string;
  /** npm package name of the generated package. */
  readonly name: string;
  /** API version of the OpenAPI documents (default: the maximum the schemas define). */
  readonly apiVersion?: string;
  /** Also generate internal endpoints (default false). */
  readonly includeInternal?: boolean;
  /** How the schemas are read: as pyhocon does (default, the ClearML server's parser) or as the HOCON spec says. */
  readonly dialect?: HoconDialect;
}

export interface CodegenOptions extends PackageOptions {
  /** Write nothing: only compare the output folder with what would be written. */
  readonly check?: boolean;
  /** Files of the client runtime by path under src/runtime/ (default: the generator's own, compiled if stale). */
  readonly runtime?: ReadonlyMap<string, string>;
}

export interface CodegenHooks {
  /** Called after each phase that ran, in order, with its wall-clock milliseconds. */
  readonly observe?: (phase: CodegenPhase, ms: number) => void;
  /** Reads and parses one schema file (default: readConf); a watcher passes one that reuses the parse of a file that did not change. */
  readonly readConf?: (file: string, options: ConfReadOptions) => ParseResult;
  /** Output files as the caller last saw them on disk (see writeOutput). */
  readonly known?: ReadonlyMap<string, KnownFile>;
  /** Services built and emitted by the same job's earlier runs, reused where unchanged (a watcher's). */
  readonly services?: ServiceCache;
}

/** Why a run stopped before writing; each is the caller's to fix. */
export type CodegenStop =
  /** Schema errors the server itself would not survive (see schema/blocking.ts). */
  | { readonly reason: "schemas"; readonly errors: number }
  /** Errors among the generation findings (e.g. name collisions). */
  | { readonly reason: "generation" }
  /** An option the emitters cannot honour (e.g. an unknown API version). */
  | { readonly reason: "option"; readonly message: string }
  /** An output folder codegen may not write into (not its own, or links inside). */
  | { readonly reason: "output-folder"; readonly message: string };

export interface CodegenRun {
  /** Schema findings (sorted; lint's errors that do not block codegen are warnings), then generation findings. */
  readonly findings: readonly Diagnostic[];
  /** Text of every schema file read, for printing findings with their source line. */
  readonly sources: ReadonlyMap<string, string>;
  /** Every include target the parser probed, with the content it got (undefined: absent). */
  readonly probes: ReadonlyMap<string, string | undefined>;
  /** The generated package by path relative to the output folder; empty when stopped before generating. */
  readonly files: ReadonlyMap<string, string>;
}

export type CodegenResult = CodegenRun &
  (
    | { readonly stopped: CodegenStop; readonly write?: undefined }
    /** What writing (with `check`: comparing) found. */
    | { readonly stopped?: undefined; readonly write: WriteResult }
  );

export function codegen(options: CodegenOptions, hooks: CodegenHooks = {}): CodegenResult {
  const time = observed(hooks.observe);
  const run = generate(options, hooks);
  if (run.stopped) return { ...run, stopped: run.stopped };
  const done: CodegenRun = run;
  try {
    return { ...done, write: time("write", () => writeOutput(options.out, done.files, { check: options.check, known: hooks.known })) };
  } catch (err) {
    if (err instanceof OutputFolderError) return { ...done, stopped: { reason: "output-folder", message: err.message } };
    throw err;
  }
}

/** What `generate` gives: the run up to (not including) writing. */
export type GeneratedRun = CodegenRun & { readonly stopped?: CodegenStop };

/** Every step of codegen but writing: the findings and the package's files, the output folder untouched. */
export function generate(options: Omit<CodegenOptions, "out" | "check">, hooks: CodegenHooks = {}): GeneratedRun {
  const time = observed(hooks.observe);
  if (!isPackageName(options.name)) {
    const empty = new Map<string, string>();
    return { findings: [], sources: empty, probes: new Map(), files: empty, stopped: { reason: "option", message: `name ${JSON.stringify(options.name)} ${PACKAGE_NAME_RULE}` } };
  }
  const probes = new ProbeRecorder();
  const loaded = loadForCodegen(options.schemas, { dialect: options.dialect, readFile: probes.readFile, readConf: hooks.readConf, time, reuse: hooks.services });
  const { findings } = loaded;
  const inputs = { findings, sources: loaded.sources, probes: probes.probes, files: new Map<string, string>() };
  const errors = loaded.blocking.length;
  if (errors > 0) return { ...inputs, stopped: { reason: "schemas", errors } };
  const runtime = options.runtime ?? time("runtime", () => runtimeFiles(findRepoRoot()));
  let generated;
  try {
    generated = generatePackage(
      loaded.model,
      { packageName: options.name, apiVersion: options.apiVersion, includeInternal: options.includeInternal ?? false, runtime, reuse: hooks.services },
      time,
    );
  } catch (err) {
    if (err instanceof OpenApiOptionError) return { ...inputs, stopped: { reason: "option", message: err.message } };
    throw err;
  }
  const done = { ...inputs, findings: [...findings, ...generated.diagnostics], files: generated.files };
  if (generated.diagnostics.some((d) => d.severity === "error")) return { ...done, stopped: { reason: "generation" } };
  return done;
}

/** A timer reporting each completed phase to `observe`; none at all without one. */
function observed(observe: CodegenHooks["observe"]): PhaseTimer {
  if (observe === undefined) return untimed;
  return (phase, fn) => {
    // process.hrtime, not performance.now(): the global `performance` loads perf_hooks.
    const start = process.hrtime.bigint();
    const result = fn();
    observe(phase, Number(process.hrtime.bigint() - start) / 1e6);
    return result;
  };
}
