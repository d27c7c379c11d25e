// Type-checks a folder as `tsc -p <config> --pretty false` run there would, in this process,
// with the settings a generated package is checked with (its own tsconfig's compiler options:
// strict, no emit, ESM NodeNext, DOM lib, no ambient Node types). Shared by the emitter tests
// and the verification tests, so both check under the same rules. In-process because a test
// makes many checks: a tsc process each would load TypeScript and parse the lib files anew.
import { writeFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { PACKAGE_COMPILER_OPTIONS } from "../../generator/emit/package.js";
import { sharedLibHost } from "./compiler-host.js";

/** The roots tsc starts from: an `include` list of globs/folders, or an explicit `files` list. */
export type TypecheckRoots = { readonly include: readonly string[] } | { readonly files: readonly string[] };

/**
 * `libCheck`: check declaration files too (skipLibCheck off), the generated package's and zod's.
 * The config is written to `dir/configName` too, so `tsc -p` there repeats the check.
 */
export function typecheckFolder(
  dir: string,
  roots: TypecheckRoots,
  configName = "tsconfig.check.json",
  options: { libCheck?: boolean } = {},
): { ok: boolean; output: string } {
  const config = { compilerOptions: { ...PACKAGE_COMPILER_OPTIONS, skipLibCheck: !options.libCheck }, ...roots };
  const configPath = path.join(dir, configName);
  writeFileSync(configPath, JSON.stringify(config, null, 2));
  const parsed = ts.getParsedCommandLineOfConfigFile(configPath, {}, {
    ...ts.sys,
    getCurrentDirectory: () => dir,
    onUnRecoverableConfigFileDiagnostic: (d) => {
      throw new Error(ts.flattenDiagnosticMessageText(d.messageText, "\n"));
    },
  });
  if (!parsed) throw new Error(`typecheckFolder: cannot read ${configPath}`);
  const program = ts.createProgram({
    rootNames: parsed.fileNames,
    options: parsed.options,
    projectReferences: parsed.projectReferences,
    host: sharedLibHost(parsed.options, dir),
    configFileParsingDiagnostics: ts.getConfigFileParsingDiagnostics(parsed),
  });
  const diagnostics = tscDiagnostics(program);
  const output = ts.formatDiagnostics(diagnostics, { getCanonicalFileName: (f) => f, getCurrentDirectory: () => dir, getNewLine: () => "\n" });
  return { ok: diagnostics.length === 0, output };
}

/** The diagnostics tsc reports for a no-emit program, in its order: later phases only when the earlier ones are clean. */
function tscDiagnostics(program: ts.Program): readonly ts.Diagnostic[] {
  const all = [...program.getConfigFileParsingDiagnostics()];
  const configCount = all.length;
  all.push(...program.getSyntacticDiagnostics());
  if (all.length === configCount) {
    all.push(...program.getOptionsDiagnostics(), ...program.getGlobalDiagnostics());
    if (all.length === configCount) all.push(...program.getSemanticDiagnostics());
  }
  return ts.sortAndDeduplicateDiagnostics(all);
}
