// Bundles the generator's entry points with esbuild: ~100 ms, so `npm run cli` and
// `npm run codegen` always run the current source without a slow tsc emit.
// Type-checking is tsc's job (`npm run typecheck`, part of `npm test`).
// Each entry point is built on its own, so an error in bench/ never breaks the CLI.
// Then compiles the client runtime (templates/runtime) into dist/runtime/, the .js and
// .d.ts files codegen copies into the generated package; skipped when the sources'
// hash matches the last build, so this step costs a few milliseconds (loading
// typescript to compile costs ~0.3 s and happens only after a runtime change).
// `node scripts/build.mjs cli runtime` builds only the named parts.
import { build } from "esbuild";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const entries = { cli: "generator/cli.ts", bench: "bench/index.ts" };
const only = process.argv.slice(2);
const wanted = (name) => only.length === 0 || only.includes(name);

const bundle = (name, entry) =>
  build({
    entryPoints: { [name]: entry },
    outdir: "dist",
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    sourcemap: "linked",
    logLevel: "error",
  });

async function buildRuntime() {
  // The same module codegen uses, bundled so this plain script can run it.
  await bundle("runtime-files", "generator/emit/runtime-files.ts");
  const { ensureRuntimeBuild } = await import(pathToFileURL(path.join(repoRoot, "dist", "runtime-files.js")).href);
  try {
    ensureRuntimeBuild(repoRoot);
  } catch (err) {
    // Located diagnostics (file:line:col) of the runtime's sources, no stack.
    process.stderr.write(`build: ${err instanceof Error ? err.message : String(err)}\n`);
    throw err;
  }
}

const results = await Promise.allSettled([
  ...Object.entries(entries)
    .filter(([name]) => wanted(name))
    .map(([name, entry]) => bundle(name, entry)),
  ...(wanted("runtime") ? [buildRuntime()] : []),
]);
if (results.some((r) => r.status === "rejected")) process.exitCode = 1;
