// The client runtime as the generated package ships it under src/runtime/: the compiled
// JavaScript and declarations (runtime-build.ts), never the TypeScript sources, so the
// package's users type-check declarations only. `npm run build` (scripts/build.mjs)
// compiles them into dist/runtime/ with a manifest holding the build key (a hash of the
// sources and compilers); codegen reads that cache and compiles in-process only when it
// is missing or stale (a test run without a build, a template edited since the build),
// so the output always matches the sources. An installed generator has no sources and no
// compilers: it ships dist/runtime/ as built before packing and uses it as it is.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { compileRuntime, RUNTIME_DIR, runtimeBuildKey, runtimeSources } from "./runtime-build.js";

/** Where `npm run build` puts the compiled runtime, under the generator's repository. */
export const RUNTIME_BUILD_DIR: string = path.join("dist", "runtime");
const MANIFEST = ".build.json";

interface Manifest {
  readonly key: string;
  readonly files: readonly string[];
}

export interface RuntimeBuild {
  /** Files keyed by their path under src/runtime/ (forward slashes), sorted. */
  readonly files: Map<string, string>;
  /** True when this call compiled (the cache was missing or stale). */
  readonly compiled: boolean;
}

/** The compiled runtime files keyed by their path under src/runtime/ (forward slashes), sorted. */
export function runtimeFiles(repoRoot: string): Map<string, string> {
  return ensureRuntimeBuild(repoRoot).files;
}

/** The compiled runtime: from dist/runtime/ when its key matches the sources, else compiled and cached there. */
export function ensureRuntimeBuild(repoRoot: string): RuntimeBuild {
  const dir = path.join(repoRoot, RUNTIME_BUILD_DIR);
  if (!existsSync(path.join(repoRoot, RUNTIME_DIR))) {
    const shipped = readRuntimeBuild(dir);
    if (!shipped) throw new Error(`client runtime not found at ${path.join(repoRoot, RUNTIME_DIR)}, nor a compiled one at ${dir}: reinstall hocon-api-codegen`);
    return { files: shipped, compiled: false };
  }
  const sources = runtimeSources(repoRoot);
  const key = runtimeBuildKey(sources);
  const cached = readRuntimeBuild(dir, key);
  if (cached) return { files: cached, compiled: false };
  const files = compileRuntime(sources);
  try {
    writeRuntimeBuild(dir, key, files);
  } catch {
    // An unwritable dist/ only costs speed: the next run compiles again.
  }
  return { files, compiled: true };
}

function isSafeRelative(rel: string): boolean {
  return rel !== "" && !path.isAbsolute(rel) && !rel.split("/").some((part) => part === ".." || part === "." || part === "");
}

/** The cached build when its manifest's key is `key` (any key when none is given) and every listed file is there; else undefined. */
export function readRuntimeBuild(dir: string, key?: string): Map<string, string> | undefined {
  try {
    const manifest = JSON.parse(readFileSync(path.join(dir, MANIFEST), "utf8")) as Manifest;
    if ((key !== undefined && manifest.key !== key) || !Array.isArray(manifest.files)) return undefined;
    const files = new Map<string, string>();
    for (const rel of manifest.files) {
      if (typeof rel !== "string" || !isSafeRelative(rel)) return undefined;
      files.set(rel, readFileSync(path.join(dir, rel), "utf8"));
    }
    return files;
  } catch {
    // Missing, unreadable or being replaced right now: compile instead.
    return undefined;
  }
}

/**
 * Replaces `dir` with the build: written to a fresh sibling folder, then renamed into
 * place, so a concurrent reader (parallel test workers, two codegen runs) sees the old
 * build, the new one or none, never a mix. Two writers of one key write equal files.
 */
export function writeRuntimeBuild(dir: string, key: string, files: ReadonlyMap<string, string>): void {
  const parent = path.dirname(dir);
  mkdirSync(parent, { recursive: true });
  const fresh = mkdtempSync(path.join(parent, `.${path.basename(dir)}-new-`));
  const old = path.join(parent, path.basename(fresh).replace("-new-", "-old-"));
  try {
    for (const [rel, text] of files) {
      if (!isSafeRelative(rel)) throw new Error(`refusing to write outside ${dir}: ${rel}`);
      const file = path.join(fresh, rel);
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, text);
    }
    const manifest: Manifest = { key, files: [...files.keys()] };
    writeFileSync(path.join(fresh, MANIFEST), JSON.stringify(manifest, null, 2) + "\n");
    try {
      renameSync(dir, old);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "ENOENT") throw err;
    }
    try {
      renameSync(fresh, dir);
    } catch (err) {
      // Another writer put its build in place between the two renames: it stands.
      const code = (err as NodeJS.ErrnoException).code;
      if (code !== "ENOTEMPTY" && code !== "EEXIST") throw err;
    }
  } finally {
    rmSync(fresh, { recursive: true, force: true });
    rmSync(old, { recursive: true, force: true });
  }
}
