// Bundles the generator's entry points with esbuild: ~100 ms, so `npm run cli` and
// `npm run codegen` always run the current source without a slow tsc emit.
// Type-checking is tsc's job (`npm run typecheck`, part of `npm test`).
// Each entry point is built on its own, so an error in bench/ never breaks the CLI.
import { build } from "esbuild";

const entries = { cli: "generator/cli.ts", bench: "bench/index.ts" };
const only = process.argv.slice(2);
const results = await Promise.allSettled(
  Object.entries(entries)
    .filter(([name]) => only.length === 0 || only.includes(name))
    .map(([name, entry]) =>
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
      }),
    ),
);
if (results.some((r) => r.status === "rejected")) process.exitCode = 1;
