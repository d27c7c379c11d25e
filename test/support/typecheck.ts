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

/**
 * A program of `rootNames` (and what they import) under the package's compiler options
 * (skipLibCheck on), for a test that reads a package with the checker: under the same options
 * as the checks, it shares their parsed files (compiler-host.ts).
 */
export function packageProgram(rootNames: readonly string[], currentDirectory: string): ts.Program {
  const { options, errors } = ts.convertCompilerOptionsFromJson({ ...PACKAGE_COMPILER_OPTIONS, skipLibCheck: true }, currentDirectory);
  if (errors.length > 0) throw new Error(ts.flattenDiagnosticMessageText(errors[0].messageText, "\n"));
  return ts.createProgram({ rootNames, options, host: sharedLibHost(options, currentDirectory) });
}

/** A module's exports (declared there or re-exported), each resolved through aliases to what it names; none when the file is no module. */
export function moduleExports(checker: ts.TypeChecker, file: ts.SourceFile): Map<string, ts.Symbol> {
  const symbol = checker.getSymbolAtLocation(file);
  const out = new Map<string, ts.Symbol>();
  for (const s of symbol ? checker.getExportsOfModule(symbol) : []) out.set(s.getName(), s.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(s) : s);
  return out;
}

/** The roots tsc starts from: an `include` list of globs/folders, or an explicit `files` list. */
export type TypecheckRoots = { readonly include: readonly string[] } | { readonly files: readonly string[] };

/**
 * What is checked besides the `.ts` sources. "package": declaration files too (skipLibCheck
 * off), those not installed; "installed": the installed packages' as well (zod's), which are
 * the same for every package, so one test checks them (test/verify/declarations.test.ts) and
 * the others look at the package's own. TypeScript's own lib files (lib.dom.d.ts...) are never
 * checked: they are TypeScript's to prove, not ours, and cost most of a check.
 */
export type LibCheck = "package" | "installed";

export interface TypecheckResult {
  readonly ok: boolean;
  /** tsc's diagnostics, one per line; "" when none. */
  readonly output: string;
  /** The program checked, for a test that reads the same files with its checker. */
  readonly program: ts.Program;
}

/**
 * Type-checks as `tsc -p dir/configName` would (the config is written there, so tsc can
 * repeat the check; with skipLibCheck off tsc also reports the declarations not checked here).
 */
export function typecheckFolder(
  dir: string,
  roots: TypecheckRoots,
  configName = "tsconfig.check.json",
  options: { libCheck?: LibCheck } = {},
): TypecheckResult {
  const config = { compilerOptions: { ...PACKAGE_COMPILER_OPTIONS, skipLibCheck: !options.libCheck }, ...roots };
  const configPath = path.join(dir, configName);
  writeFileSync(configPath, JSON.stringify(config, null, 2));
  return typecheckConfig(
    configPath,
    options.libCheck === "installed" ? (file, program) => !program.isSourceFileDefaultLibrary(file) : (file, program) => !installed(program, file),
  );
}

/**
 * Type-checks the project of a tsconfig file as `tsc -p <file> --pretty false` run in its
 * folder would, reporting semantic errors only in the files `checked` accepts (all by default).
 */
export function typecheckConfig(
  configPath: string,
  checked: (file: ts.SourceFile, program: ts.Program) => boolean = () => true,
): TypecheckResult {
  const dir = path.dirname(configPath);
  const parsed = ts.getParsedCommandLineOfConfigFile(configPath, {}, {
    ...ts.sys,
    getCurrentDirectory: () => dir,
    onUnRecoverableConfigFileDiagnostic: (d) => {
      throw new Error(ts.flattenDiagnosticMessageText(d.messageText, "\n"));
    },
  });
  if (!parsed) throw new Error(`typecheckConfig: cannot read ${configPath}`);
  const program = ts.createProgram({
    rootNames: parsed.fileNames,
    options: parsed.options,
    projectReferences: parsed.projectReferences,
    host: sharedLibHost(parsed.options, dir),
    configFileParsingDiagnostics: ts.getConfigFileParsingDiagnostics(parsed),
  });
  const diagnostics = tscDiagnostics(program, (file) => checked(file, program));
  const output = ts.formatDiagnostics(diagnostics, { getCanonicalFileName: (f) => f, getCurrentDirectory: () => dir, getNewLine: () => "\n" });
  return { ok: diagnostics.length === 0, output, program };
}

/** TypeScript's lib files and what resolved through a node_modules folder. */
function installed(program: ts.Program, file: ts.SourceFile): boolean {
  return program.isSourceFileDefaultLibrary(file) || program.isSourceFileFromExternalLibrary(file) || file.fileName.includes("/node_modules/");
}

/**
 * The diagnostics tsc reports for a no-emit program, in its order (later phases only when the
 * earlier ones are clean); semantic ones for the files `checked` accepts.
 */
function tscDiagnostics(program: ts.Program, checked: (file: ts.SourceFile) => boolean): readonly ts.Diagnostic[] {
  const all = [...program.getConfigFileParsingDiagnostics()];
  const configCount = all.length;
  all.push(...program.getSyntacticDiagnostics());
  if (all.length === configCount) {
    all.push(...program.getOptionsDiagnostics(), ...program.getGlobalDiagnostics());
    if (all.length === configCount) for (const file of program.getSourceFiles()) if (checked(file)) all.push(...program.getSemanticDiagnostics(file));
  }
  return ts.sortAndDeduplicateDiagnostics(all);
}
