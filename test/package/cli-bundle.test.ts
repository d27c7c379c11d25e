// The CLI as scripts/build.mjs bundles it (dist/cli.cjs and a bundle per command): CommonJS
// that turns off V8's optimizing compiler unless the caller chose otherwise, keeps errors
// located, runs as a bare snapshot, and loads only the code of the command it runs.
import { spawnSync } from "node:child_process";
import { cpSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { snapshotCli } from "../../bench/competitors.js";
import { buildCli, CLI, removeDir, REPO, tempDir } from "./helpers.js";

// A copy of the shared build (one test changes a bundle), under dist/ so the program
// resolves its packages from the repository.
const OUT = path.join(REPO, "dist", "cli-bundle-test");
const CONF = path.join(REPO, "schemas", "_api_defaults.conf");

interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `program` with this `node` (after `nodeFlags`) to completion. */
function runNode(program: string, args: readonly string[], options: { nodeFlags?: readonly string[]; cwd?: string } = {}): Run {
  // Bounded: a CLI that hangs fails the test instead of stalling it.
  const r = spawnSync(process.execPath, [...(options.nodeFlags ?? []), program, ...args], { encoding: "utf8", timeout: 60_000, cwd: options.cwd });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const cli = (...args: string[]): Run => runNode(path.join(OUT, "cli.cjs"), args);
const node = (nodeFlags: string[], ...args: string[]): Run => runNode(path.join(OUT, "cli.cjs"), args, { nodeFlags });

describe("the CLI bundle", () => {
  /** A snapshot as the benchmarks make one (snapshotCli), made once: a test that changes it works on a copy. */
  let snapshot: string;
  let bareBundle: string;
  beforeAll(async () => {
    rmSync(OUT, { recursive: true, force: true });
    await buildCli();
    cpSync(path.dirname(CLI), OUT, { recursive: true });
    snapshot = tempDir("cli-snapshot");
    // Seeded with the shared build and its record: snapshotCli's build finds it fresh and skips esbuild.
    cpSync(path.dirname(CLI), path.join(snapshot, "cli"), { recursive: true });
    bareBundle = snapshotCli(snapshot);
  });
  afterAll(() => {
    rmSync(OUT, { recursive: true, force: true });
    removeDir(snapshot);
  });

  /** A copy of the snapshot in a new temp folder, and its bundle. */
  const snapshotCopy = (): { scratch: string; bundle: string } => {
    const scratch = tempDir("cli-snapshot-copy");
    cpSync(snapshot, scratch, { recursive: true, verbatimSymlinks: true });
    return { scratch, bundle: path.join(scratch, path.relative(snapshot, bareBundle)) };
  };

  it("runs with the V8 flag it sets (--max-opt) known to this Node: V8 says nothing", () => {
    const r = cli("hocon", CONF);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    expect(JSON.parse(r.stdout)).toBeTypeOf("object");
  });

  it("runs the same under a --max-opt the caller gives", () => {
    expect(node(["--max-opt=4"], "hocon", CONF)).toEqual(cli("hocon", CONF));
  });

  it("keeps errors and exit codes: a located error, exit 1", () => {
    const missing = cli("hocon", path.join(REPO, "schemas", "no-such.conf"));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/no-such\.conf:1:1: error: /);
    expect(missing.stderr).not.toMatch(/\n\s+at /); // no stack
  });

  it("runs as a bare snapshot (no package.json at its root, as the benchmarks make one): --version says unknown", () => {
    const { scratch, bundle } = snapshotCopy();
    try {
      const version = runNode(bundle, ["--version"]);
      expect(version.code, version.stderr).toBe(0);
      expect(version.stdout).toBe("unknown\n");
      const lint = runNode(bundle, ["lint", path.join(REPO, "schemas")]);
      expect(lint.code, lint.stderr).toBe(0);
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

  it("loads only the bundles of the command it runs, and no zod for a config file", () => {
    const list = path.join(OUT, "required.json");
    const hook = path.join(OUT, "required-list.cjs");
    writeFileSync(hook, `process.on("exit", () => require("node:fs").writeFileSync(${JSON.stringify(list)}, JSON.stringify(Object.keys(require.cache))));\n`);
    const loaded = (...args: string[]): { bundles: string[]; packages: string[] } => {
      // Run from the repository: its config file (.mjs) is read, the flags override it.
      const r = node(["--require", hook], ...args);
      expect(r.code, `${args.join(" ")}: ${r.stderr}`).toBe(0);
      const files = JSON.parse(readFileSync(list, "utf8")) as string[];
      const bundles = files.filter((f) => path.dirname(f) === OUT && f.endsWith(".cjs") && f !== hook).map((f) => path.basename(f));
      const packages = [...new Set(files.flatMap((f) => /[\\/]node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)/.exec(f)?.[1] ?? []))];
      return { bundles: bundles.sort(), packages };
    };
    const codegen = ["codegen", "--schemas", path.join(REPO, "schemas"), "--out", path.join(OUT, "loaded-pkg")];
    expect(loaded(...codegen, "--force")).toEqual({ bundles: ["cli-codegen.cjs", "cli-pipeline.cjs", "cli.cjs"], packages: [] });
    // Up to date: the stamp says so before the pipeline is loaded.
    expect(loaded(...codegen)).toEqual({ bundles: ["cli-codegen.cjs", "cli.cjs"], packages: [] });
    expect(loaded("lint", path.join(REPO, "schemas"))).toEqual({ bundles: ["cli-schema.cjs", "cli.cjs"], packages: [] });
    expect(loaded("hocon", CONF)).toEqual({ bundles: ["cli-hocon.cjs", "cli.cjs"], packages: [] });
  });

  it("regenerates after any of its bundles changed, not only the one checking the stamp", () => {
    const codegen = ["codegen", "--schemas", path.join(REPO, "schemas"), "--out", path.join(OUT, "rebuilt-pkg")];
    expect(cli(...codegen).code).toBe(0);
    expect(cli(...codegen).stdout).toContain("nothing changed since the last run");
    const pipeline = path.join(OUT, "cli-pipeline.cjs");
    writeFileSync(pipeline, readFileSync(pipeline, "utf8") + "// rebuilt\n");
    const again = cli(...codegen);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).not.toContain("nothing changed since the last run");
  });

  it("regenerates after an upgrade that leaves every bundle's size and time as they were (npm gives all files one time)", () => {
    const { scratch, bundle } = snapshotCopy();
    try {
      const manifest = path.join(scratch, "package.json");
      writeFileSync(manifest, JSON.stringify({ name: "hocon-api-codegen", version: "1.0.0" }));
      const run = (): string => {
        const r = runNode(bundle, ["codegen", "--schemas", path.join(REPO, "schemas"), "--out", path.join(scratch, "pkg")], { cwd: scratch });
        expect(r.code, r.stderr).toBe(0);
        return r.stdout;
      };
      run();
      expect(run()).toContain("nothing changed since the last run");
      writeFileSync(manifest, JSON.stringify({ name: "hocon-api-codegen", version: "1.0.1" }));
      expect(run()).not.toContain("nothing changed since the last run");
    } finally {
      removeDir(scratch);
    }
  });
});
