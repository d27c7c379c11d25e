// Shared by the package tests: the repository's paths, the built CLI, child processes that
// never block the event loop (the test server runs in this process), temp folders.
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
// @ts-expect-error: a plain .mjs build script without declarations
import { buildParts } from "../../scripts/build.mjs";

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

/**
 * Builds the CLI from the current source into dist/package-test with scripts/build.mjs's
 * own buildParts, so the tests never run a stale bundle and do not depend on the other entry
 * points. Every test that runs a bundled CLI shares this one folder (none may change it):
 * buildParts skips a bundle whose sources did not change, so only the first file after a
 * change pays for esbuild. The lock keeps a worker from running a bundle that another one is
 * writing.
 */
export async function buildCli(): Promise<void> {
  await withLock(`${path.dirname(CLI)}.lock`, async () => {
    if (!(await buildParts({ parts: ["cli"], outdir: path.dirname(CLI) }))) throw new Error("building the CLI failed (esbuild printed why)");
  });
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
