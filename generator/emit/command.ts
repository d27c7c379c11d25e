// `codegen`: schema folder -> generated package (client, zod validators, OpenAPI).
// Every finding is printed; those the server itself would not survive stop it (exit 1),
// see generator/schema/blocking.ts.
import type { Command } from "commander";
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { formatDiagnostics, type Diagnostic } from "../../hocon/diagnostics.js";
import { blocksGeneration, codegenFindings } from "../schema/blocking.js";
import { loadApi } from "../schema/index.js";
import { readText } from "../hocon/file.js";
import { dialectOption } from "../hocon/dialect-option.js";
import type { HoconDialect } from "../../hocon/types.js";
import { readConf } from "../schema/read.js";
import { generatePackage } from "./generate.js";
import { OpenApiOptionError } from "./openapi/index.js";
import { runtimeFiles } from "./runtime-files.js";
import {
  confNames,
  generatorIdentity,
  inputsHash,
  outputHashes,
  outputsMatch,
  defaultCacheDir,
  ProbeRecorder,
  readStamp,
  writeStamp,
  type StampOptions,
} from "./stamp.js";
import { OutputFolderError } from "./output-folder.js";
import { writeOutput, type FileStatus } from "./writer.js";

interface CodegenFlags {
  schemas: string;
  out: string;
  apiVersion?: string;
  includeInternal?: boolean;
  check?: boolean;
  /** Regenerate even when the stamp says nothing changed. */
  force?: boolean;
  name: string;
  /** Default `pyhocon`. */
  dialect?: HoconDialect;
}

/** npm's rule for a new package's name. */
function isPackageName(name: string): boolean {
  return name.length <= 214 && /^(?:@[a-z0-9-*~][a-z0-9-*._~]*\/)?[a-z0-9-~][a-z0-9-._~]*$/.test(name);
}

/** The repository holding templates/runtime: found upward from this module (source or dist bundle). */
export function findRepoRoot(from = path.dirname(fileURLToPath(import.meta.url))): string {
  let dir = from;
  for (;;) {
    if (existsSync(path.join(dir, "templates", "runtime"))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error("cannot find templates/runtime above " + from);
    dir = parent;
  }
}

export function registerCodegenCommand(program: Command): void {
  program
    .command("codegen")
    .description("generate the typed client package (TypeScript, zod, OpenAPI) from a schema folder")
    .option("--schemas <dir>", "schema folder (.conf files)", "schemas")
    .option("--out <dir>", "output folder of the generated package", "generated")
    .option("--api-version <version>", "API version of the OpenAPI documents (default: the maximum)")
    .option("--include-internal", "also generate internal endpoints")
    .option("--check", "write nothing; exit 1 listing every out-of-date file")
    .option("--name <package>", "npm package name of the output", "clearml-api-client")
    .option("--force", "regenerate even when no input and no output changed since the last run")
    .addOption(dialectOption())
    .action((flags: CodegenFlags) => {
      process.exitCode = runCodegen(flags);
    });
}


/** Where codegen finds its runtime templates and keeps its stamps (overridable in tests). */
export interface CodegenEnvironment {
  readonly repoRoot?: string;
  /** Identity of the generator code (default: a hash of the running code). */
  readonly generator?: string;
  readonly cacheDir?: string;
}

function elapsedMs(started: bigint): number {
  return Math.round(Number(process.hrtime.bigint() - started) / 1e6);
}

export function runCodegen(flags: CodegenFlags, env: CodegenEnvironment = {}): number {
  // process.hrtime, not performance.now(): the global `performance` loads perf_hooks (~3 ms).
  const started = process.hrtime.bigint();
  if (!isPackageName(flags.name)) {
    // The name is written into package.json, the README and the zod-types opt-in's comments.
    process.stderr.write(`codegen: error: --name ${JSON.stringify(flags.name)} is not an npm package name (lowercase letters, digits, -._~, optionally @scope/)\n`);
    return 1;
  }
  if (!existsSync(flags.schemas)) {
    process.stderr.write(`${flags.schemas}: error: schema folder not found\n`);
    return 1;
  }
  const repoRoot = env.repoRoot ?? findRepoRoot();
  const generator = env.generator ?? generatorIdentity(repoRoot);
  const cacheDir = env.cacheDir ?? defaultCacheDir(repoRoot);
  // Read once: the stamp check and the generation see the same runtime.
  const runtime = runtimeFiles(repoRoot);
  if (!flags.check && !flags.force && skipUnchanged(flags, runtime, cacheDir, generator, started)) return 0;
  // Everything printed is kept: a later run that is skipped prints it again.
  let report = "";
  const print = (found: readonly Diagnostic[], sources: ReadonlyMap<string, string>): void => {
    const text = formatDiagnostics(found, sources);
    report += text;
    if (text !== "") process.stderr.write(text);
  };
  const probes = new ProbeRecorder();
  // readConf never falls back to the environment: the output must not depend on the machine.
  const { model, findings: lintFindings, sources } = loadApi(flags.schemas, (file) => readConf(file, { dialect: flags.dialect, readFile: probes.readFile }));
  const findings = codegenFindings(lintFindings);
  print(findings, sources);
  const blocking = findings.filter(blocksGeneration).length;
  if (blocking > 0) {
    process.stderr.write(`codegen: stopped: ${blocking} error(s) in the schemas\n`);
    return 1;
  }
  let generated;
  try {
    generated = generatePackage(model, {
      packageName: flags.name,
      apiVersion: flags.apiVersion,
      includeInternal: flags.includeInternal ?? false,
      runtime,
    });
  } catch (err) {
    // Option errors of the OpenAPI emitter (e.g. an unknown --api-version) are the user's.
    if (err instanceof OpenApiOptionError) {
      process.stderr.write(`codegen: error: ${err.message}\n`);
      return 1;
    }
    throw err;
  }
  print(generated.diagnostics, sources);
  if (generated.diagnostics.some((d) => d.severity === "error")) return 1;
  let result;
  try {
    result = writeOutput(flags.out, generated.files, { check: flags.check });
  } catch (err) {
    // A folder codegen may not write into (not its own, or links inside) is the user's to fix.
    if (err instanceof OutputFolderError) {
      process.stderr.write(`${err.message}\ncodegen: stopped: nothing was written\n`);
      return 1;
    }
    throw err;
  }
  const ms = elapsedMs(started);
  const shown = (rel: string): string => path.relative(process.cwd(), path.join(flags.out, rel));
  if (flags.check) {
    for (const d of result.differences) process.stderr.write(`${shown(d.path)} ${DIFFERENCE_TEXT[d.status]}\n`);
    if (result.differences.length > 0) {
      process.stderr.write(`codegen --check: ${result.differences.length} file(s) differ; run codegen\n`);
      return 1;
    }
    process.stdout.write(`codegen --check: ${result.unchanged.length} files up to date (${ms} ms)\n`);
    return 0;
  }
  // The inputs as they were parsed (not as they are now), so a file edited during the run is never stamped as done.
  try {
    const inputs = inputsHash({
      generator,
      options: stampOptions(flags),
      runtime,
      confNames: confNames(flags.schemas),
      probes: [...probes.probes.keys()],
      read: (file) => (probes.probes.has(file) ? probes.probes.get(file) : sources.get(file)),
    });
    if (inputs !== undefined) {
      writeStamp(stampOptions(flags), cacheDir, { inputs, probes: [...probes.probes.keys()], outputs: outputHashes(generated.files), report });
    }
  } catch {
    // No stamp: the next run simply regenerates.
  }
  for (const rel of result.foreign) process.stderr.write(`${shown(rel)}: warning: ${DIFFERENCE_TEXT.foreign}\n`);
  process.stdout.write(
    `codegen: ${result.written.length} written, ${result.unchanged.length} unchanged, ${result.removed.length} removed -> ${flags.out} (${ms} ms)\n`,
  );
  return 0;
}

const DIFFERENCE_TEXT: Record<FileStatus, string> = {
  stale: "is out of date",
  missing: "is missing",
  extra: "should not exist",
  foreign: "should not exist: codegen did not write it and leaves it alone (remove it by hand)",
};

function stampOptions(flags: CodegenFlags): StampOptions {
  return { schemas: flags.schemas, out: flags.out, name: flags.name, apiVersion: flags.apiVersion, includeInternal: flags.includeInternal ?? false, dialect: flags.dialect ?? "pyhocon" };
}

/** Replays the last run when its stamp still matches every input and output (see stamp.ts). */
function skipUnchanged(
  flags: CodegenFlags,
  runtime: ReadonlyMap<string, string>,
  cacheDir: string | undefined,
  generator: string,
  started: bigint,
): boolean {
  const stamp = readStamp(stampOptions(flags), cacheDir);
  if (!stamp) return false;
  try {
    // Outputs first: an emptied or missing output folder fails without hashing any input.
    if (!outputsMatch(flags.out, stamp.outputs)) return false;
    const inputs = inputsHash({
      generator,
      options: stampOptions(flags),
      runtime,
      confNames: confNames(flags.schemas),
      probes: stamp.probes,
      read: readText,
    });
    if (inputs !== stamp.inputs) return false;
  } catch {
    return false;
  }
  if (stamp.report) process.stderr.write(stamp.report);
  const ms = elapsedMs(started);
  process.stdout.write(`codegen: 0 written, ${stamp.outputs.length} unchanged, 0 removed -> ${flags.out} (${ms} ms, nothing changed since the last run)\n`);
  return true;
}
