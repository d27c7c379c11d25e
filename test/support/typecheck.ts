// Runs this repository's tsc once over a folder with the settings a generated package is
// checked with (its own tsconfig's compiler options: strict, no emit, ESM NodeNext, DOM
// lib, no ambient Node types). Shared by the emitter tests and the verification tests, so
// both check under the same rules.
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { PACKAGE_COMPILER_OPTIONS } from "../../generator/emit/package.js";

const REPO = fileURLToPath(new URL("../..", import.meta.url));

/** The roots tsc starts from: an `include` list of globs/folders, or an explicit `files` list. */
export type TypecheckRoots = { readonly include: readonly string[] } | { readonly files: readonly string[] };

/** `libCheck`: check declaration files too (skipLibCheck off), the generated package's and zod's. */
export function typecheckFolder(
  dir: string,
  roots: TypecheckRoots,
  configName = "tsconfig.check.json",
  options: { libCheck?: boolean } = {},
): { ok: boolean; output: string } {
  const config = { compilerOptions: { ...PACKAGE_COMPILER_OPTIONS, skipLibCheck: !options.libCheck }, ...roots };
  writeFileSync(path.join(dir, configName), JSON.stringify(config, null, 2));
  try {
    const output = execFileSync(path.join(REPO, "node_modules/.bin/tsc"), ["-p", configName, "--pretty", "false"], {
      cwd: dir,
      encoding: "utf8",
    });
    return { ok: true, output };
  } catch (err) {
    const e = err as { stdout?: string; stderr?: string };
    return { ok: false, output: (e.stdout ?? "") + (e.stderr ?? "") };
  }
}
