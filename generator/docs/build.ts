// `docs`: schema folder -> a static API reference site, one page per API version
// (page.ts), rendered offline by the bundled renderer (renderer.ts). Written as codegen
// writes its package (emit/writer.ts): only files the site's manifest records are ever
// replaced or removed.
import type { Diagnostic } from "../../hocon/diagnostics.js";
import type { HoconDialect } from "../../hocon/types.js";
import { OutputFolderError } from "../emit/output-folder.js";
import type { CodegenStop } from "../emit/pipeline.js";
import { writeOutput, type WriteResult } from "../emit/writer.js";
import { findRepoRoot } from "../repo-root.js";
import { loadForCodegen } from "../schema/load-for-codegen.js";
import { versionDocuments } from "./documents.js";
import { indexPage, pageFile, versionPage } from "./page.js";
import { rendererFiles } from "./renderer.js";

export interface DocsOptions {
  /** Schema folder (.conf files). */
  readonly schemas: string;
  /** The site's folder. */
  readonly out: string;
  /** The site's title (default: "<schema folder name> API"). */
  readonly title?: string;
  /** Also document internal endpoints (default false). */
  readonly includeInternal?: boolean;
  readonly dialect?: HoconDialect;
  /** Write nothing, compare `out` with what would be written. */
  readonly check?: boolean;
}

export interface DocsRun {
  /** The site's files by path relative to `out`; empty when stopped. */
  readonly files: ReadonlyMap<string, string>;
  /** Versions documented, oldest first. */
  readonly versions: readonly string[];
  readonly findings: readonly Diagnostic[];
  readonly sources: ReadonlyMap<string, string>;
  /** Why nothing was written: errors in the schemas (counted), or the output folder (a message). */
  readonly stopped?: Extract<CodegenStop, { readonly reason: "schemas" | "output-folder" }>;
  readonly write?: WriteResult;
}

/** The site's files, nothing written. */
export function docsFiles(options: Omit<DocsOptions, "out" | "check">): DocsRun {
  const loaded = loadForCodegen(options.schemas, { dialect: options.dialect });
  const { findings } = loaded;
  const errors = loaded.blocking.length;
  const none = { files: new Map<string, string>(), versions: [], findings, sources: loaded.sources };
  if (errors > 0) return { ...none, stopped: { reason: "schemas", errors } };
  const title = options.title ?? `${loaded.model.root.split(/[\\/]/).pop() || "schemas"} API`;
  const documents = versionDocuments(loaded.model, { includeInternal: options.includeInternal ?? false, title });
  const versions = documents.map((d) => d.version);
  const files = new Map<string, string>(rendererFiles(findRepoRoot()));
  for (const { version, document } of documents) files.set(pageFile(version), versionPage({ title, version, versions, document }));
  files.set("index.html", indexPage(title, versions[versions.length - 1]));
  return { ...none, files: new Map([...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))), versions };
}

/** Builds the site into `out` (with `check`, compares only). */
export function buildDocsSite(options: DocsOptions): DocsRun {
  const run = docsFiles(options);
  if (run.stopped) return run;
  try {
    return { ...run, write: writeOutput(options.out, run.files, { check: options.check }) };
  } catch (err) {
    if (err instanceof OutputFolderError) return { ...run, stopped: { reason: "output-folder", message: err.message } };
    throw err;
  }
}
