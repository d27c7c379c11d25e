// Shared by the tests that feed the generator hostile schemas: generate the package with the real pipeline, import every generated
// module in a fresh Node process (which reports whether anything planted ran), and
// type-check several packages in one tsc program.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { generatePackage, type GenerateResult } from "../../generator/emit/generate.js";
import { runtimeFiles } from "../../generator/emit/runtime-files.js";
import { writeOutput } from "../../generator/emit/writer.js";
import { loadApi, type LoadResult } from "../../generator/schema/index.js";
import { typecheckFolder } from "../support/typecheck.js";
import { linkZod, REPO } from "./helpers.js";

/** A file that planted code would create: its existence after the imports means code ran. */
const MARKER_NAME = "__pwned_marker";

/** JavaScript that, if it ever runs, leaves both traces the import check looks for. */
export function payload(): string {
  return `globalThis.__pwned = 1; process.getBuiltinModule?.("fs").writeFileSync(${JSON.stringify(MARKER_NAME)}, "x");`;
}

export interface Generated {
  readonly load: LoadResult;
  readonly result: GenerateResult;
}

/** Loads and generates as `codegen` does (internal endpoints and OpenAPI included). */
export function generateFrom(schemaDir: string): Generated {
  const load = loadApi(schemaDir);
  const result = generatePackage(load.model, { packageName: "hostile-client", includeInternal: true, runtime: runtimeFiles(REPO) });
  return { load, result };
}

/** A folder to write packages into (packages type-checked together must share one). */
export function packagesFolder(): string {
  return mkdtempSync(path.join(tmpdir(), "hostile-out-"));
}

/** Writes the generated files into a new package folder under `parent`, its zod resolving to this repository's. */
export function writePackage(files: ReadonlyMap<string, string>, parent = packagesFolder()): string {
  const dir = path.join(mkdtempSync(path.join(parent, "pkg-")), "package");
  writeOutput(dir, files);
  linkZod(dir);
  return dir;
}

function jsModules(dir: string): string[] {
  return readdirSync(path.join(dir, "src"), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith(".js"))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

/**
 * Imports every `.js` module of the packages, and parses their OpenAPI JSON, in one fresh
 * Node process run in a scratch folder. `pwned`: planted code ran (a global set, or the
 * marker file written).
 */
export function importEveryModule(dirs: readonly string[]): { readonly imported: number; readonly errors: string[]; readonly pwned: boolean } {
  const cwd = mkdtempSync(path.join(tmpdir(), "hostile-run-"));
  const modules = dirs.flatMap(jsModules);
  const jsons = dirs.map((d) => path.join(d, "openapi.json")).filter((f) => existsSync(f));
  const script = `
    import { readFileSync } from "node:fs";
    import { pathToFileURL } from "node:url";
    const errors = [];
    for (const file of ${JSON.stringify(modules)}) {
      try { await import(pathToFileURL(file).href); } catch (err) { errors.push(file + ": " + String(err)); }
    }
    for (const file of ${JSON.stringify(jsons)}) {
      try { JSON.parse(readFileSync(file, "utf8")); } catch (err) { errors.push(file + ": " + String(err)); }
    }
    process.stdout.write(JSON.stringify({ errors, pwned: globalThis.__pwned !== undefined }));
  `;
  const out = JSON.parse(execFileSync(process.execPath, ["--input-type=module", "-e", script], { cwd, encoding: "utf8" })) as { errors: string[]; pwned: boolean };
  return { imported: modules.length, errors: out.errors, pwned: out.pwned || existsSync(path.join(cwd, MARKER_NAME)) };
}

/** One tsc program (declarations checked too) over the packages' src/ and zod-types.d.ts; they share a `packagesFolder()`. */
export function typecheckPackages(dirs: readonly string[]): { ok: boolean; output: string } {
  const root = path.dirname(path.dirname(dirs[0]));
  if (dirs.some((d) => path.dirname(path.dirname(d)) !== root)) throw new Error("typecheckPackages: the packages must share one packagesFolder()");
  const include = dirs.flatMap((d) => [path.relative(root, path.join(d, "src")), path.relative(root, path.join(d, "zod-types.d.ts"))]);
  return typecheckFolder(root, { include }, "tsconfig.check.json", { libCheck: "package" });
}
