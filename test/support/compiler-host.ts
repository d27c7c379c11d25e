// A compiler host whose programs share the parsed declaration files under this repository's
// node_modules (TypeScript's lib files, zod's): they never change during a run, and parsing
// lib.dom.d.ts and friends is most of a small program's cost. Files elsewhere (the packages
// under test) are read fresh for every program.
import path from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";

const NODE_MODULES = fileURLToPath(new URL("../../node_modules/", import.meta.url));
const DECLARATION_FILE = /\.d\.[cm]?ts$/;
const shared = new Map<string, ts.SourceFile>();

/** A host for `options` that checks the way tsc run in `currentDirectory` would. */
export function sharedLibHost(options: ts.CompilerOptions, currentDirectory: string): ts.CompilerHost {
  const host = ts.createCompilerHost(options);
  const readFresh = host.getSourceFile.bind(host);
  host.getCurrentDirectory = () => currentDirectory;
  host.jsDocParsingMode = ts.JSDocParsingMode.ParseForTypeErrors; // as tsc's own host
  host.getSourceFile = (fileName, languageVersionOrOptions, onError, shouldCreateNewSourceFile) => {
    const file = path.resolve(currentDirectory, fileName);
    if (shouldCreateNewSourceFile || !DECLARATION_FILE.test(file) || !file.startsWith(NODE_MODULES)) {
      return readFresh(fileName, languageVersionOrOptions, onError, shouldCreateNewSourceFile);
    }
    const key = [file, sourceFileKey(languageVersionOrOptions), bindingKey(options)].join("|");
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

/** The options the parser and binder read (module detection, const enums): a file is shared only under equal ones. */
function bindingKey(options: ts.CompilerOptions): string {
  return [options.moduleDetection, options.jsx, options.isolatedModules, options.verbatimModuleSyntax, options.preserveConstEnums].join(",");
}
