// The CLI launcher (generator/launch.ts) runs the program through V8's code cache: the
// first run writes the cache, later runs take it, and a damaged or foreign cache never
// changes what a run does, it is only rewritten.
import { spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { snapshotCli } from "../../bench/competitors.js";
import { buildCli, removeDir, REPO, tempDir } from "./helpers.js";

// Under dist/ so the program resolves its packages (commander) from the repository.
const OUT = path.join(REPO, "dist", "launch-test");
const CACHE = path.join(OUT, ".v8-cache");
const CONF = path.join(REPO, "schemas", "_api_defaults.conf");

function cli(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  return node([], ...args);
}

function node(nodeFlags: string[], ...args: string[]): { code: number | null; stdout: string; stderr: string } {
  // Bounded: a launcher that hangs fails the test instead of stalling it.
  const r = spawnSync(process.execPath, [...nodeFlags, path.join(OUT, "cli.cjs"), ...args], { encoding: "utf8", timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const cacheFiles = (): string[] => readdirSync(CACHE).filter((f) => f.endsWith(".bin"));

describe("the CLI launcher", () => {
  beforeAll(async () => {
    rmSync(OUT, { recursive: true, force: true });
    await buildCli(OUT);
  });
  afterAll(() => rmSync(OUT, { recursive: true, force: true }));

  it("writes the code cache on the first run and takes it on the next, with the same output", () => {
    const first = cli("hocon", CONF);
    expect(first.code).toBe(0);
    // The V8 flag the launcher sets (--max-opt) is known to this Node: V8 says nothing.
    expect(first.stderr).toBe("");
    expect(JSON.parse(first.stdout)).toBeTypeOf("object");
    const [file] = cacheFiles();
    expect(file).toMatch(/^cli-main-[0-9a-f]{24}\.bin$/);
    const written = statSync(path.join(CACHE, file)).mtimeMs;
    const second = cli("hocon", CONF);
    expect(second).toEqual(first);
    // Taken, not rewritten.
    expect(statSync(path.join(CACHE, file)).mtimeMs).toBe(written);
  });

  it("runs right with a damaged cache and replaces it; drops caches of other bundles", () => {
    const expected = cli("hocon", CONF);
    const [file] = cacheFiles();
    writeFileSync(path.join(CACHE, file), "not a code cache");
    writeFileSync(path.join(CACHE, "cli-main-000000000000000000000000.bin"), "an older bundle's");
    expect(cli("hocon", CONF)).toEqual(expected);
    expect(cacheFiles()).toEqual([file]);
    expect(readFileSync(path.join(CACHE, file), "utf8")).not.toBe("not a code cache");
    expect(cli("hocon", CONF)).toEqual(expected);
  });

  it("runs right with a cache damaged by one flipped byte anywhere, and rewrites it", () => {
    const expected = cli("hocon", CONF);
    const [file] = cacheFiles();
    const cache = path.join(CACHE, file);
    const good = readFileSync(cache);
    // V8 checks a cache's header but not its contents: a flipped byte in the bytecode
    // crashed the process (a V8 fatal error) or ran wrong code.
    for (const at of [0, 40, 1000, 5000, Math.floor(good.length / 2), good.length - 1]) {
      const damaged = Buffer.from(good);
      damaged[at] ^= 0xff;
      writeFileSync(cache, damaged);
      const r = cli("hocon", CONF);
      expect(r, `byte ${at}`).toEqual(expected);
      expect(readFileSync(cache).equals(damaged), `byte ${at}: rewritten`).toBe(false);
      // The rewritten cache is taken as it is by the next run.
      const rewritten = statSync(cache).mtimeMs;
      expect(cli("hocon", CONF)).toEqual(expected);
      expect(statSync(cache).mtimeMs).toBe(rewritten);
    }
  });

  it("runs right, at once, when the cache file is a FIFO", () => {
    const expected = cli("hocon", CONF);
    const [file] = cacheFiles();
    rmSync(path.join(CACHE, file));
    expect(spawnSync("mkfifo", [path.join(CACHE, file)]).status).toBe(0);
    expect(cli("hocon", CONF)).toEqual(expected);
    // Replaced by a cache that the next run takes.
    expect(statSync(path.join(CACHE, file)).isFile()).toBe(true);
    expect(cli("hocon", CONF)).toEqual(expected);
  });

  it("runs the same under a --max-opt the caller gives, with a cache made under it", () => {
    const expected = cli("hocon", CONF);
    const before = cacheFiles();
    expect(node(["--max-opt=4"], "hocon", CONF)).toEqual(expected);
    // Keyed by Node's flags: this run made (and kept) its own.
    expect(cacheFiles()).toHaveLength(1);
    expect(cacheFiles()).not.toEqual(before);
  });

  it("keeps errors and exit codes: a located error, exit 1", () => {
    const missing = cli("hocon", path.join(REPO, "schemas", "no-such.conf"));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/no-such\.conf:1:1: error: /);
    expect(missing.stderr).not.toMatch(/\n\s+at /); // no stack
  });

  it("runs without a cache where none can be written", () => {
    rmSync(CACHE, { recursive: true, force: true });
    mkdirSync(path.dirname(CACHE), { recursive: true });
    writeFileSync(CACHE, "a file where the cache folder would go");
    const r = cli("hocon", CONF);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toBeTypeOf("object");
    rmSync(CACHE, { force: true });
  });

  it("runs as a bare snapshot (no package.json at its root, as the benchmarks make one): --version says unknown", () => {
    const scratch = tempDir("cli-snapshot");
    try {
      const bundle = snapshotCli(scratch);
      const version = spawnSync(process.execPath, [bundle, "--version"], { encoding: "utf8" });
      expect(version.status, version.stderr).toBe(0);
      expect(version.stdout).toBe("unknown\n");
      const lint = spawnSync(process.execPath, [bundle, "lint", path.join(REPO, "schemas")], { encoding: "utf8" });
      expect(lint.status, lint.stderr).toBe(0);
      expect(lint.stdout).toContain("0 errors");
    } finally {
      removeDir(scratch);
    }
  });

  it("loads no perf_hooks for a codegen run", () => {
    const list = path.join(OUT, "modules.txt");
    const hook = path.join(OUT, "module-list.cjs");
    writeFileSync(hook, `process.on("exit", () => require("node:fs").writeFileSync(${JSON.stringify(list)}, process.moduleLoadList.join("\\n")));\n`);
    const args = ["codegen", "--schemas", path.join(REPO, "schemas"), "--out", path.join(OUT, "pkg")];
    for (const run of ["fresh", "no-op"]) {
      const r = node(["--require", hook], ...args);
      expect(r.code, `${run}: ${r.stderr}`).toBe(0);
      const loaded = readFileSync(list, "utf8").split("\n");
      expect(loaded, run).toContain("NativeModule crypto"); // the hook saw the run
      expect(loaded.filter((m) => /^NativeModule perf_hooks$/.test(m)), run).toEqual([]);
    }
  });

  // Last: it replaces the program.
  it("reports a program that fails while starting as an internal error: one line, exit 2, the stack only with DEBUG=1", () => {
    writeFileSync(path.join(OUT, "cli-main.cjs"), 'throw new Error("broken at start-up");\n');
    const r = cli("lint", path.join(REPO, "schemas"));
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("internal error: broken at start-up\n");
    const debug = spawnSync(process.execPath, [path.join(OUT, "cli.cjs"), "lint"], { encoding: "utf8", env: { ...process.env, DEBUG: "1" } });
    expect(debug.status).toBe(2);
    expect(debug.stderr).toMatch(/^internal error: broken at start-up\nError: broken at start-up\n\s+at /);
  });
});
