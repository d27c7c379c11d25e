// Shared by the package tests: the repository's paths, the built CLI, child processes that
// never block the event loop (the test server runs in this process), temp folders.
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";

export const REPO = path.resolve(import.meta.dirname, "../..");
/** The CLI bundled by these tests (see buildCli); under dist/ so it finds templates/ and node_modules/. */
export const CLI = path.join(REPO, "dist/package-test/cli.cjs");
export const BIN = path.join(REPO, "node_modules/.bin");

export interface RunResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs a program to completion; a non-zero exit is a result, not an exception. */
export function run(
  file: string,
  args: readonly string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv; timeoutMs?: number } = {},
): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    execFile(
      file,
      args,
      {
        cwd: options.cwd ?? REPO,
        env: options.env ?? process.env,
        timeout: options.timeoutMs ?? 120_000,
        maxBuffer: 64 * 1024 * 1024,
      },
      (err, stdout, stderr) => {
        if (err && typeof err.code !== "number") {
          reject(new Error(`${file} ${args.join(" ")}: ${err.message}\n${stderr}`));
          return;
        }
        resolve({ code: err ? (err.code as number) : 0, stdout, stderr });
      },
    );
  });
}

/** Like `run`, but a non-zero exit throws with the program's output. */
export async function runOk(
  file: string,
  args: readonly string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv; timeoutMs?: number } = {},
): Promise<RunResult> {
  const result = await run(file, args, options);
  if (result.code !== 0) {
    throw new Error(`${path.basename(file)} ${args.join(" ")} exited ${result.code}\n${result.stdout}\n${result.stderr}`);
  }
  return result;
}

/** When this worker last found the bundle fresh, and the files it is made of. */
let lastBuild: { readonly at: number; readonly inputs: readonly string[] } | undefined;

/**
 * Builds the CLI from the current source into dist/package-test with scripts/build.mjs
 * itself, so the tests never run a stale bundle and do not depend on the other entry
 * points. Every test that runs a bundled CLI shares this one folder (none may change it):
 * build.mjs skips a bundle whose sources did not change, and a worker does not even ask
 * again until one of those sources is saved, so only the first file after a change pays
 * for esbuild. The lock keeps a worker from running a bundle that another one is writing.
 */
export async function buildCli(): Promise<void> {
  if (lastBuild && existsSync(CLI) && !lastBuild.inputs.some((file) => (statSync(file, { throwIfNoEntry: false })?.mtimeMs ?? Infinity) >= lastBuild!.at)) return;
  const at = Date.now();
  await withLock(`${path.dirname(CLI)}.lock`, async () => {
    const result = await run(process.execPath, [path.join(REPO, "scripts", "build.mjs"), "cli", "--outdir", path.dirname(CLI)]);
    if (result.code !== 0) throw new Error(`building the CLI failed:\n${result.stderr}`);
  });
  const inputs = bundleInputs();
  lastBuild = inputs.length > 0 ? { at, inputs } : undefined;
}

/** The files the CLI bundle was built from (build.mjs's record) and build.mjs itself; none when there is no record. */
function bundleInputs(): string[] {
  let recorded: string[] = [];
  try {
    const state = JSON.parse(readFileSync(path.join(path.dirname(CLI), ".bundles.json"), "utf8")) as { bundles?: { cli?: { inputs?: Record<string, string> } } };
    recorded = Object.keys(state.bundles?.cli?.inputs ?? {});
  } catch {
    // No record: nothing to rely on.
  }
  if (recorded.length === 0) return [];
  return [...recorded.map((rel) => path.join(REPO, rel)), path.join(REPO, "scripts", "build.mjs"), path.join(REPO, "scripts", "bundle-state.mjs")];
}

/** Runs `task` holding `lock` (a folder, made atomically); one left by a process that died is taken over after a while. */
async function withLock<T>(lock: string, task: () => Promise<T>): Promise<T> {
  const staleMs = 120_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
      const since = statSync(lock, { throwIfNoEntry: false })?.mtimeMs;
      if (since !== undefined && Date.now() - since > staleMs) rmSync(lock, { recursive: true, force: true });
      else await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  try {
    return await task();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

export function tempDir(prefix: string): string {
  return mkdtempSync(path.join(os.tmpdir(), `${prefix}-`));
}

export function removeDir(dir: string | undefined): void {
  if (dir) rmSync(dir, { recursive: true, force: true });
}

/** Copies the committed generated package: its own files only, not dist/ or node_modules/. */
export function copyGeneratedPackage(to: string): void {
  const from = path.join(REPO, "generated");
  cpSync(from, to, {
    recursive: true,
    filter: (src) => {
      const rel = path.relative(from, src).split(path.sep)[0];
      return rel !== "dist" && rel !== "node_modules" && !rel.endsWith(".tgz");
    },
  });
}

/** Every file under `dir` (forward-slash relative paths) -> sha256 of its bytes. */
export function hashTree(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (abs: string, rel: string): void => {
    for (const name of readdirSync(abs).sort()) {
      const full = path.join(abs, name);
      const relPath = rel ? `${rel}/${name}` : name;
      if (statSync(full).isDirectory()) walk(full, relPath);
      else out.set(relPath, createHash("sha256").update(readFileSync(full)).digest("hex"));
    }
  };
  walk(dir, "");
  return out;
}

/** Paths whose content differs between two trees, or that exist in only one. */
export function changedPaths(before: ReadonlyMap<string, string>, after: ReadonlyMap<string, string>): string[] {
  const all = new Set([...before.keys(), ...after.keys()]);
  return [...all].filter((p) => before.get(p) !== after.get(p)).sort();
}
