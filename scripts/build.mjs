// Bundles the generator's entry points with esbuild: ~100 ms, so `npm run cli` and
// `npm run codegen` always run the current source without a slow tsc emit.
// Type-checking is tsc's job (`npm run typecheck`, part of `npm test`).
import { build } from "esbuild";
import { existsSync } from "node:fs";

const entryPoints = ["generator/cli.ts", "bench/index.ts"].filter((f) => existsSync(f));
await build({
  entryPoints: Object.fromEntries(entryPoints.map((f) => [f.startsWith("bench/") ? "bench" : "cli", f])),
  outdir: "dist",
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  packages: "external",
  sourcemap: "linked",
  logLevel: "warning",
});
