// A schema folder loaded as codegen loads it: every file read by readConf (never from the
// environment), the findings as codegen reports them, and those that stop it. codegen,
// docs, the mock and diff read a folder this way, so what stops one stops them all.
import type { Diagnostic } from "../../hocon/diagnostics.js";
import type { ParseResult } from "../../hocon/types.js";
import { blocksGeneration, codegenFindings } from "./blocking.js";
import { loadApi, type LoadResult, type LoadStepTimer, type ServiceReuse } from "./index.js";
import { readConf, type ConfReadOptions } from "./read.js";

export interface CodegenLoadOptions extends ConfReadOptions {
  /** Reads and parses one file (default readConf); a watcher passes one that reuses unchanged parses. */
  readonly readConf?: (file: string, options: ConfReadOptions) => ParseResult;
  readonly time?: LoadStepTimer;
  /** What a watcher kept of unchanged services (default: everything is built and linted anew). */
  readonly reuse?: ServiceReuse;
}

export interface CodegenLoad extends LoadResult {
  /** Sorted; lint's errors that do not block codegen are warnings here. */
  readonly findings: Diagnostic[];
  /** The findings that stop codegen (and docs, the mock, diff). */
  readonly blocking: readonly Diagnostic[];
}

export function loadForCodegen(schemas: string, options: CodegenLoadOptions = {}): CodegenLoad {
  const read = options.readConf ?? readConf;
  const loaded = loadApi(schemas, (file) => read(file, { dialect: options.dialect, readFile: options.readFile }), options.time, options.reuse);
  const findings = codegenFindings(loaded.findings);
  return { ...loaded, findings, blocking: findings.filter(blocksGeneration) };
}
