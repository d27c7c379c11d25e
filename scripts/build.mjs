// Bundles the generator's entry points with esbuild, so `npm run cli` and `npm run codegen`
// always run the current source without a slow tsc emit; a bundle whose sources did not
// change is not built again (scripts/bundle-state.mjs), so a no-op `npm run codegen` does
// not even load esbuild.
// Type-checking is tsc's job (`npm run typecheck`, part of `npm test`).
// Each entry point is built on its own, so an error in bench/ never breaks the CLI.
// Then compiles the client runtime (templates/runtime and the hocon/ core it imports)
// into dist/runtime/, the .js and .d.ts files codegen copies into the generated package;
// skipped when the sources' hash matches the last build, so typescript is loaded only
// after a runtime change.
// `node scripts/build.mjs cli runtime` builds only the named parts; `buildParts` does the
// same for scripts/run-cli.mjs, which builds the CLI and runs it in one process.
import { createHash } from "node:crypto";
import { copyFileSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { BundleState } from "./bundle-state.mjs";

const here = fileURLToPath(import.meta.url);
const repoRoot = path.resolve(path.dirname(here), "..");
/** Where `npm run build` puts the bundles; the benchmarks and the package tests build snapshots elsewhere. */
export const DIST = path.join(repoRoot, "dist");

const common = { bundle: true, platform: "node", target: "node20", packages: "external", sourcemap: "linked", logLevel: "error" };

/**
 * The CLI's lazily loaded bundles: a dynamic `import()` of one of these sources becomes a
 * `require` of its bundle, `dist/<name>.cjs`. Every other import is bundled in as usual.
 */
const CLI_CHUNKS = {
  "generator/emit/run-codegen.ts": "cli-codegen",
  "generator/emit/pipeline.ts": "cli-pipeline",
  "generator/watch/index.ts": "cli-watch",
  "generator/schema/run-schema.ts": "cli-schema",
  "generator/hocon/run-hocon.ts": "cli-hocon",
  "generator/diff/run-diff.ts": "cli-diff",
  "generator/mock/run-mock.ts": "cli-mock",
  "generator/docs/run-docs.ts": "cli-docs",
};

/** esbuild plugin: `await import("./run-codegen.js")` in the CLI's sources -> `require("./cli-codegen.cjs")`, synchronous, no ESM loader. */
const cliChunks = {
  name: "cli-chunks",
  setup(build) {
    const chunkOf = new Map(Object.entries(CLI_CHUNKS).map(([source, name]) => [path.join(repoRoot, source), name]));
    build.onResolve({ filter: /^\.\.?\// }, (args) => {
      if (args.kind !== "dynamic-import") return undefined;
      const name = chunkOf.get(path.resolve(args.resolveDir, args.path.replace(/\.js$/, ".ts")));
      return name === undefined ? undefined : { path: name, namespace: "cli-chunk" };
    });
    build.onLoad({ filter: /.*/, namespace: "cli-chunk" }, (args) => ({ contents: `module.exports = require(${JSON.stringify(`./${args.path}.cjs`)});`, loader: "js" }));
    build.onResolve({ filter: /\.cjs$/, namespace: "cli-chunk" }, (args) => ({ path: args.path, external: true }));
  },
};

/** What every bundle's output depends on besides its inputs: this script (options, plugins) and esbuild. */
function stateKey() {
  const esbuildVersion = JSON.parse(readFileSync(createRequire(here).resolve("esbuild/package.json"), "utf8")).version;
  return createHash("sha256")
    .update(readFileSync(here))
    .update(readFileSync(path.join(path.dirname(here), "bundle-state.mjs")))
    .update(esbuildVersion)
    .digest("hex");
}

/**
 * Builds the named parts ("cli", "bench", "api", "runtime", "docs-renderer"; all when none are named; "types" only when named) into
 * `outdir`, each bundle only when it is not fresh. False when a part failed (esbuild or
 * the runtime build printed why).
 */
export async function buildParts({ parts = [], outdir = DIST } = {}) {
  const wanted = (name) => parts.length === 0 || parts.includes(name);
  mkdirSync(outdir, { recursive: true });
  const state = new BundleState({ outdir, root: repoRoot, key: stateKey() });
  let esbuild;

  /** Builds one bundle with esbuild unless it is fresh; esbuild is loaded on the first build. */
  const build = async (name, options) => {
    if (state.isFresh(name)) return;
    const before = state.hashBefore(name);
    esbuild ??= await import("esbuild");
    // Run from the repository root: the bundles' module comments and the metafile's paths do not depend on the caller's folder.
    const result = await esbuild.build({ ...options, absWorkingDir: repoRoot, metafile: true });
    state.record(name, result.metafile, before);
  };
  const bundle = (name, entry) => build(name, { ...common, entryPoints: { [name]: path.join(repoRoot, entry) }, outdir, format: "esm" });

  // The CLI is CommonJS: an ES module entry makes Node load its ESM loader first, on every
  // command. dist/cli.cjs holds commander and every command's options; what a command runs
  // is a bundle of its own (CLI_CHUNKS), required when it runs, so a command compiles only
  // its own code and a no-op codegen not even the pipeline. `import.meta.url` becomes each
  // bundle's own file URL. commander is bundled in; the compilers the runtime build loads
  // on demand stay outside, and so do jiti (loading a `.ts` config) and zod (the mock's
  // validators), loaded from node_modules by the command that needs them.
  const buildCli = () =>
    build("cli", {
      ...common,
      entryPoints: { cli: path.join(repoRoot, "generator/cli.ts"), ...Object.fromEntries(Object.entries(CLI_CHUNKS).map(([source, name]) => [name, path.join(repoRoot, source)])) },
      outdir,
      outExtension: { ".js": ".cjs" },
      format: "cjs",
      define: { "import.meta.url": "__bundleUrl" },
      banner: { js: 'const __bundleUrl = require("node:url").pathToFileURL(__filename).href;' },
      packages: undefined,
      external: ["typescript", "esbuild", "jiti", "zod"],
      plugins: [cliChunks],
    });

  const buildRuntime = async () => {
    // The same module codegen uses, bundled so this plain script can run it.
    await bundle("runtime-files", "generator/emit/runtime-files.ts");
    const { ensureRuntimeBuild } = await import(pathToFileURL(path.join(outdir, "runtime-files.js")).href);
    try {
      ensureRuntimeBuild(repoRoot);
    } catch (err) {
      // Located diagnostics (file:line:col) of the runtime's sources, no stack.
      process.stderr.write(`build: ${err instanceof Error ? err.message : String(err)}\n`);
      throw err;
    }
  };

  /**
   * tsc emits the API's declarations (tsconfig.api.json) under `outdir`/types; --noCheck
   * because checking is `npm run typecheck`'s job (part of `npm test`), and the declarations
   * are the same without it.
   */
  const buildTypes = async (dir) => {
    const { spawnSync } = await import("node:child_process");
    const tsc = createRequire(here).resolve("typescript/bin/tsc");
    const types = path.join(dir, "types");
    rmSync(types, { recursive: true, force: true });
    const done = spawnSync(process.execPath, [tsc, "-p", path.join(repoRoot, "tsconfig.api.json"), "--outDir", types, "--noCheck"], { stdio: "inherit" });
    if (done.status !== 0) throw new Error("tsc could not emit the API's declarations");
  };

  /** The docs renderer's browser bundle, shipped as it is in the package (generator/docs/renderer.ts reads it). */
  const copyDocsRenderer = async () => {
    const from = path.dirname(createRequire(here).resolve("redoc/package.json"));
    mkdirSync(path.join(outdir, "docs-renderer"), { recursive: true });
    for (const name of ["redoc.standalone.js", "redoc.standalone.js.LICENSE.txt"]) copyFileSync(path.join(from, "bundles", name), path.join(outdir, "docs-renderer", name));
  };

  const results = await Promise.allSettled([
    ...(wanted("docs-renderer") ? [copyDocsRenderer()] : []),
    ...(wanted("cli") ? [buildCli()] : []),
    ...(wanted("bench") ? [bundle("bench", "bench/index.ts")] : []),
    // The programmatic API (`exports` of the published package), ESM; its dependencies stay in node_modules.
    ...(wanted("api") ? [bundle("api", "generator/api.ts")] : []),
    // Its declarations: only `npm pack` asks for them (tsc takes seconds), never a plain build.
    ...(parts.includes("types") ? [buildTypes(outdir)] : []),
    ...(wanted("runtime") ? [buildRuntime()] : []),
  ]);
  state.save();
  // esbuild's service process would otherwise live on beside a CLI run in this process.
  if (esbuild) await esbuild.stop();
  return results.every((r) => r.status === "fulfilled");
}

// Run as a script: `node scripts/build.mjs [part...] [--outdir DIR]`.
if (process.argv[1] && path.resolve(process.argv[1]) === here) {
  const args = process.argv.slice(2);
  const outdirAt = args.indexOf("--outdir");
  const outdir = outdirAt >= 0 ? path.resolve(args[outdirAt + 1]) : DIST;
  const parts = outdirAt >= 0 ? args.filter((_, i) => i !== outdirAt && i !== outdirAt + 1) : args;
  if (!(await buildParts({ parts, outdir }))) process.exitCode = 1;
}
