// The commands the codegen suite times, each a whole process started with this `node`:
// our codegen, openapi-typescript (types only) and @hey-api/openapi-ts (types + SDK with
// its fetch client), and tsc over each one's output with the same compiler settings.
import { spawnSync } from "node:child_process";
import { cpSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { ChildCommand } from "./measure.js";
import { CORPUS_SERVICES, linkPackage, packageBin, REPO, writeTscConfig } from "./workspace.js";

const clear = (dir: string) => () => rmSync(dir, { recursive: true, force: true });

/**
 * Our CLI, built by scripts/build.mjs (cli.cjs) into the scratch folder: a snapshot, so a rebuild of dist/ by someone else during the run
 * cannot change what is measured. The CLI compiles templates/runtime and the HOCON core
 * (hocon/) it imports into every package, found upward from itself: those are
 * snapshotted next to it too, as other people edit them while we measure.
 */
export function snapshotCli(scratch: string): string {
  const outdir = path.join(scratch, "cli");
  const built = spawnSync(process.execPath, [path.join(REPO, "scripts", "build.mjs"), "cli", "--outdir", outdir], { encoding: "utf8" });
  if (built.status !== 0) throw new Error(`building the CLI failed:\n${built.stderr}`);
  const bundle = path.join(outdir, "cli.cjs");
  cpSync(path.join(REPO, "templates", "runtime"), path.join(scratch, "templates", "runtime"), { recursive: true });
  cpSync(path.join(REPO, "hocon"), path.join(scratch, "hocon"), { recursive: true });
  // The compiled runtime that `npm run build` caches. Its key names the compilers'
  // versions, so they are linked too (only read, never loaded, while the key matches).
  cpSync(path.join(REPO, "dist", "runtime"), path.join(scratch, "dist", "runtime"), { recursive: true });
  for (const name of ["commander", "typescript", "esbuild", "zod"]) linkPackage(scratch, name);
  return bundle;
}

/** `codegen` of the corpus, internal endpoints included, into `out` (emptied first when `fresh`). */
export function codegen(cli: string, out: string, fresh: boolean): ChildCommand {
  return {
    label: fresh ? "ours: codegen" : "ours: codegen (no-op)",
    command: process.execPath,
    args: [cli, "codegen", "--schemas", CORPUS_SERVICES, "--out", out, "--include-internal"],
    before: fresh ? clear(out) : undefined,
  };
}

export function openapiTypescript(openapiJson: string, outDir: string): ChildCommand {
  return {
    label: "openapi-typescript: types",
    command: process.execPath,
    args: [packageBin("openapi-typescript", "openapi-typescript"), openapiJson, "-o", path.join(outDir, "schema.ts")],
    before: clear(outDir),
  };
}

/** hey-api reads a config file from its working folder; the output goes to `<dir>/out`. */
export function heyApi(openapiJson: string, dir: string, rounds?: number): ChildCommand {
  const config = {
    input: openapiJson,
    output: "./out",
    plugins: ["@hey-api/client-fetch", "@hey-api/typescript", "@hey-api/sdk"],
    logs: { file: false },
  };
  return {
    label: "@hey-api/openapi-ts: types + SDK",
    command: process.execPath,
    args: [packageBin("@hey-api/openapi-ts", "openapi-ts"), "-f", path.join(dir, "openapi-ts.config.mjs"), "-s"],
    cwd: dir,
    rounds,
    before: () => {
      clear(path.join(dir, "out"))();
      writeFileSync(path.join(dir, "openapi-ts.config.mjs"), `export default ${JSON.stringify(config, null, 2)};\n`);
    },
  };
}

/**
 * tsc --noEmit over `include` (relative to `dir`), with the shared settings of writeTscConfig;
 * `checkDeclarations` turns skipLibCheck off, so .d.ts files (ours and zod's) are checked too.
 * Each label has its own tsconfig file, so several checks of one folder can be interleaved.
 */
export function tsc(label: string, dir: string, include: readonly string[], options: { checkDeclarations?: boolean } = {}): ChildCommand {
  linkPackage(dir, "zod"); // our zod-types opt-in and validator modules import zod; the others import nothing
  const name = `tsconfig.bench-${label.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "")}.json`;
  const config = writeTscConfig(dir, name, include, options);
  return {
    label,
    command: process.execPath,
    args: [packageBin("typescript", "tsc"), "-p", config, "--extendedDiagnostics"],
    cwd: dir,
  };
}

export interface TscFacts {
  readonly types?: number;
  readonly instantiations?: number;
  readonly symbols?: number;
  /** tsc's own phase times (10 ms steps as it prints them); check is absent when only declarations are included. */
  readonly parseMs?: number;
  readonly bindMs?: number;
  readonly checkMs?: number;
}

/** The numbers of `tsc --extendedDiagnostics` that explain its time. */
export function tscFacts(stdout: string): TscFacts {
  const num = (label: string): number | undefined => {
    const m = new RegExp(`^${label}:\\s+([\\d.]+)(s?)$`, "m").exec(stdout);
    return m ? Number(m[1]) * (m[2] === "s" ? 1000 : 1) : undefined;
  };
  return {
    types: num("Types"),
    instantiations: num("Instantiations"),
    symbols: num("Symbols"),
    parseMs: num("Parse time"),
    bindMs: num("Bind time"),
    checkMs: num("Check time"),
  };
}

/** Files and bytes of a file, or under a folder with node_modules and our tsconfig excluded. */
export function outputSize(dir: string): { files: number; bytes: number } {
  if (statSync(dir).isFile()) return { files: 1, bytes: statSync(dir).size };
  let files = 0;
  let bytes = 0;
  const walk = (d: string): void => {
    for (const name of readdirSync(d)) {
      if (name === "node_modules" || name.startsWith("tsconfig.bench") || name.startsWith("bench-")) continue;
      const full = path.join(d, name);
      const st = statSync(full);
      if (st.isDirectory()) walk(full);
      else {
        files++;
        bytes += st.size;
      }
    }
  };
  walk(dir);
  return { files, bytes };
}
