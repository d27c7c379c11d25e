// The programmatic API: what `import ... from "hocon-api-codegen"` gives. The CLI's
// commands run the same functions (codegen through the pipeline and the config loader,
// codegen --watch through watchCodegen, lint through loadApi, diff through diff, mock
// through createMockServer, docs through buildDocs); nothing here prints or exits.
import { existsSync } from "node:fs";
import path from "node:path";
import type { Diagnostic } from "../hocon/diagnostics.js";
import type { JobConfig } from "./config/define.js";
import { resolveJobs } from "./config/resolve.js";
import { validateConfig } from "./config/validate.js";
import { codegen, generate as generateFiles, type CodegenStop } from "./emit/pipeline.js";
import type { WriteResult } from "./emit/writer.js";
import { ConfigError } from "./config/error.js";
import { buildDocsSite, docsFiles, type DocsRun } from "./docs/build.js";
import type { HoconDialect } from "../hocon/types.js";

export { defineConfig, type JobConfig, type UserConfig } from "./config/define.js";
export { ConfigError, type ConfigProblem } from "./config/error.js";
export { loadConfig, type LoadConfigOptions, type LoadedConfig } from "./config/index.js";
export type { JobOverrides, ResolvedJob } from "./config/resolve.js";
export { codegen, type PackageOptions, type CodegenOptions, type CodegenResult, type CodegenStop, type CodegenHooks } from "./emit/pipeline.js";
export type { FileStatus, WriteResult } from "./emit/writer.js";
export { parseString, HoconError, DEFAULT_LIMITS } from "../hocon/index.js";
export type { HoconDialect, HoconErrorCode, JsonObject, JsonPrimitive, JsonValue, ParseLimits, ParseOptions, ParseResult, SourceMap } from "../hocon/index.js";
export { parseFile } from "./hocon/file.js";
export { lint, type LintResult } from "./schema/lint-folder.js";
export { watchCodegen, type WatchOptions, type WatchOutput } from "./watch/index.js";
export { diff, diffToJson, diffToMarkdown, diffToText, DIFF_JSON_FORMAT, RULES as DIFF_RULES, type DiffFinding, type DiffOptions, type DiffResult, type DiffSeverity, type Reach, type RuleId } from "./diff/index.js";
export { createMockServer, MockError, MockSchemaError, type MockServer, type MockServerOptions, type MockCredentials, type MockRole, type MockIdentity, type MockCall, type MockFixture } from "./mock/index.js";
export { formatDiagnostics, type Diagnostic, type Location, type Severity } from "../hocon/diagnostics.js";

export interface GenerateOptions extends JobConfig {
  /** Write the package into `out` (default false: only return it). */
  readonly write?: boolean;
  /** Write nothing, compare `out` with what would be written (`result.write.differences`). */
  readonly check?: boolean;
  /** Folder the relative paths are resolved from (default process.cwd()). */
  readonly cwd?: string;
}

export interface GenerateResult {
  /** The generated package by path relative to `out` (forward slashes); empty when stopped before generating. */
  readonly files: ReadonlyMap<string, string>;
  /** Schema findings (sorted), then generation findings; format them with `formatDiagnostics(findings, sources)`. */
  readonly findings: readonly Diagnostic[];
  /** Text of every schema file read, by the path the findings name. */
  readonly sources: ReadonlyMap<string, string>;
  /** Why nothing was (or would have been) written: errors in the schemas, a bad option, an output folder codegen may not write. */
  readonly stopped?: CodegenStop;
  /** With `write` or `check`: what was written, or what differs. */
  readonly write?: WriteResult;
}

/**
 * Generates the client package of one job. The options are checked as a config file's
 * are (a ConfigError names the key: an unknown one, a wrong type, a package name npm
 * would refuse, a missing schema folder). Writes only with `write: true`; the output
 * folder is then handled as the CLI handles it (only codegen's own files are replaced).
 */
export function generate(options: GenerateOptions): GenerateResult {
  const { write, check, cwd = process.cwd(), ...job } = options;
  const [config] = validateConfig(job, "<generate options>");
  const [resolved] = resolveJobs([config], { file: "<generate options>", baseDir: cwd, cwd });
  const absolute = { ...resolved, schemas: path.resolve(cwd, resolved.schemas), out: path.resolve(cwd, resolved.out) };
  const written = write || check ? codegen({ ...absolute, check }) : undefined;
  const run = written ?? generateFiles(absolute);
  return { files: run.files, findings: run.findings, sources: run.sources, stopped: run.stopped, write: written?.write };
}

export interface BuildDocsOptions {
  /** Schema folder (.conf files). */
  readonly schemas: string;
  /** The site's folder; needed with `write` or `check`. */
  readonly out?: string;
  /** The site's title (default: "<schema folder name> API"). */
  readonly title?: string;
  /** Also document internal endpoints (default false). */
  readonly includeInternal?: boolean;
  readonly dialect?: HoconDialect;
  /** Write the site into `out` (default false: only return its files). */
  readonly write?: boolean;
  /** Write nothing, compare `out` with what would be written. */
  readonly check?: boolean;
  /** Folder the relative paths are resolved from (default process.cwd()). */
  readonly cwd?: string;
}

export type BuildDocsResult = DocsRun;

/**
 * The API reference site of a schema folder: `index.html`, one page per API version (with
 * a version switcher) and the renderer's bundle, working offline from any folder or static
 * host. Writes only with `write: true`, and then only files a previous build wrote.
 */
export function buildDocs(options: BuildDocsOptions): BuildDocsResult {
  const { write, check, cwd = process.cwd(), out, ...rest } = options;
  if (typeof rest.schemas !== "string" || rest.schemas === "") throw new ConfigError("<buildDocs options>", 'key "schemas": expected the schema folder');
  if ((write || check) && (typeof out !== "string" || out === "")) throw new ConfigError("<buildDocs options>", 'key "out": the site\'s folder is needed to write or check');
  const schemas = path.resolve(cwd, rest.schemas);
  if (!existsSync(schemas)) throw new ConfigError("<buildDocs options>", `key "schemas": schema folder not found: ${rest.schemas}`);
  if (write || check) return buildDocsSite({ ...rest, schemas, out: path.resolve(cwd, out!), check });
  return docsFiles({ ...rest, schemas });
}
