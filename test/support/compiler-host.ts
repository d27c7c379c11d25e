// A compiler host whose programs share the parsed declaration files under this repository's
// node_modules (TypeScript's lib files, zod's): they never change during a run, and parsing
// lib.dom.d.ts and friends is most of a small program's cost. Declaration files elsewhere (the
// packages under test, which tests write and change) are shared while their text is the same:
// several programs over one package parse and bind its declarations once.
import path from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";

const NODE_MODULES = fileURLToPath(new URL("../../node_modules/", import.meta.url));
const DECLARATION_FILE = /\.d\.[cm]?ts$/;
const shared = new Map<string, ts.SourceFile>();
/** The packages' declaration files, the most recently used last; the oldest go beyond the limit. */
const packageFiles = new Map<string, ts.SourceFile>();
const PACKAGE_FILES_KEPT = 2000;

/** A host for `options` that checks the way tsc run in `currentDirectory` would. */
export function sharedLibHost(options: ts.CompilerOptions, currentDirectory: string): ts.CompilerHost {
  const host = ts.createCompilerHost(options);
  const readFresh = host.getSourceFile.bind(host);
  host.getCurrentDirectory = () => currentDirectory;
  host.jsDocParsingMode = ts.JSDocParsingMode.ParseForTypeErrors; // as tsc's own host
  host.getSourceFile = (fileName, languageVersionOrOptions, onError, shouldCreateNewSourceFile) => {
    const file = path.resolve(currentDirectory, fileName);
    if (shouldCreateNewSourceFile || !DECLARATION_FILE.test(file)) {
      return readFresh(fileName, languageVersionOrOptions, onError, shouldCreateNewSourceFile);
    }
    const key = [file, sourceFileKey(languageVersionOrOptions), bindingKey(options)].join("|");
    if (!file.startsWith(NODE_MODULES)) {
      const text = ts.sys.readFile(file);
      const known = packageFiles.get(key);
      packageFiles.delete(key);
      // The text read for the comparison is the one parsed: the file is not read twice.
      const source =
        text === undefined ? readFresh(fileName, languageVersionOrOptions, onError) : known?.text === text ? known : ts.createSourceFile(fileName, text, languageVersionOrOptions);
      if (source) packageFiles.set(key, source);
      if (packageFiles.size > PACKAGE_FILES_KEPT) packageFiles.delete(packageFiles.keys().next().value!);
      return source;
    }
    let source = shared.get(key);
    if (!source) {
      source = readFresh(fileName, languageVersionOrOptions, onError);
      if (source) shared.set(key, source);
    }
    return source;
  };
  return host;
}

/** What the parse depends on: the language version, module format and JSDoc mode tsc asks for. */
function sourceFileKey(o: ts.ScriptTarget | ts.CreateSourceFileOptions): string {
  if (typeof o !== "object") return String(o);
  return [o.languageVersion, o.impliedNodeFormat, o.jsDocParsingMode].join(",");
}

/**
 * The options the parser and binder read for a declaration file (module detection): a file is
 * shared only under equal ones. The const-enum options (isolatedModules, preserveConstEnums,
 * verbatimModuleSyntax) only change which unreachable statements the binder reports, and a
 * declaration file has none, so programs that differ in them (a consumer's, the package's)
 * share the lib files.
 */
function bindingKey(options: ts.CompilerOptions): string {
  return [options.moduleDetection, options.jsx].join(",");
}
