// The `dist/cli.cjs` launcher: runs the CLI (`dist/cli-main.cjs`) through V8's code cache.
// A short-lived CLI spends much of its time compiling its own functions the first time
// each runs; V8 can serialize that bytecode after a run and take it back the next time.
// Measured on the ClearML corpus: a whole `codegen` process ~40 ms faster (0.52 s instead
// of 0.57 s), every other command alike. Node 22 offers this as module.enableCompileCache;
// the project supports Node 20, so the launcher does it by hand.
//
// The cache file is named by a hash of the bundle's text (and Node's version and flags):
// V8 itself only checks the source's length before trusting cached bytecode. V8 checks a
// cache's header, not its contents: bytecode with one damaged byte crashes the process
// (a V8 fatal error) or runs wrong code. So the file starts with a sha256 of the cache
// bytes, and a cache that does not match it is never given to V8. It is written once,
// after a run that had none (or a damaged one, or one V8 refused), atomically, and never
// makes a run fail: an unreadable, unwritable or damaged cache only costs the time it
// would have saved.
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import Module, { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import v8 from "node:v8";
import vm from "node:vm";
import { reportInternalError } from "./internal-error.js";

const dir = path.dirname(fileURLToPath(import.meta.url));
const mainFile = path.join(dir, "cli-main.cjs");
const cacheDir = path.join(dir, ".v8-cache");

// No optimizing compiler (TurboFan): its code arrives too late to pay in a run this short.
// V8 stops at its baseline compiler (Sparkplug), and the second core is left to the garbage
// collector. Measured on the ClearML corpus, `codegen` in 15 alternating runs: median 0.52 s
// instead of 0.63 s; on a folder 4x that size the two are even, so a much larger schema
// folder may want TurboFan back: `node --max-opt=4 dist/cli.cjs ...` keeps the caller's choice.
// `--watch` keeps it: a process that runs codegen again on every save is not short-lived.
const baselineOnly = !process.execArgv.some((arg) => arg.startsWith("--max-opt")) && !process.argv.includes("--watch");
if (baselineOnly) v8.setFlagsFromString("--max-opt=1");

// The bundle starts with the entry's `#!` line, which a function wrapper cannot hold.
const source = readFileSync(mainFile, "utf8").replace(/^#!.*/, "");
// V8 refuses bytecode made under other flags: runs with other flags keep their own cache.
const key = createHash("sha256").update(source).update(process.version).update(process.execArgv.join(" ")).update(String(baselineOnly)).digest("hex").slice(0, 24);
const cacheFile = path.join(cacheDir, `cli-main-${key}.bin`);

const CHECKSUM_BYTES = 32;
const checksum = (data: Buffer): Buffer => createHash("sha256").update(data).digest();

/** The cache's bytes when the file holds a cache whose checksum matches; undefined otherwise. */
function readCache(): Buffer | undefined {
  let file: Buffer;
  try {
    // Not a FIFO or device (a read that never ends), nor anything far larger than a cache.
    const st = statSync(cacheFile, { throwIfNoEntry: false });
    if (!st?.isFile() || st.size > 64 * 1024 * 1024) return undefined;
    file = readFileSync(cacheFile);
  } catch {
    return undefined; // no cache yet: this run makes one
  }
  const data = file.subarray(CHECKSUM_BYTES);
  return file.length > CHECKSUM_BYTES && checksum(data).equals(file.subarray(0, CHECKSUM_BYTES)) ? data : undefined;
}

const cachedData = readCache();

const script = new vm.Script(Module.wrap(source), { filename: mainFile, cachedData });

process.once("exit", () => {
  if (cachedData !== undefined && !script.cachedDataRejected) return;
  try {
    mkdirSync(cacheDir, { recursive: true });
    const temp = `${cacheFile}.${process.pid}.tmp`;
    const data = script.createCachedData();
    writeFileSync(temp, Buffer.concat([checksum(data), data]));
    renameSync(temp, cacheFile);
    // Caches of other bundles are of no further use (the folder holds at most a few).
    for (const name of readdirSync(cacheDir)) if (name !== path.basename(cacheFile) && name.endsWith(".bin")) rmSync(path.join(cacheDir, name), { force: true });
  } catch {
    // A read-only install: run without a cache.
  }
});

// A vm.Script cannot import() (a config file `.mjs`, `.js`) without an experimental loader
// option that the code cache drops; this module is loaded by Node itself and can.
(globalThis as Record<symbol, unknown>)[Symbol.for("hocon-api-codegen.import")] = (url: string): Promise<unknown> => import(url);

const module = { exports: {} };
const run = script.runInThisContext() as (exports: object, require: NodeJS.Require, module: object, filename: string, dirname: string) => void;
try {
  run.call(module.exports, module.exports, createRequire(mainFile), module, mainFile, dir);
} catch (err) {
  // A failure while the program starts is the generator's bug, reported as cli.ts reports one later on.
  reportInternalError(err);
}
