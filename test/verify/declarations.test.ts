// The generated package is JavaScript plus declaration files, and a consumer's tsc
// (skipLibCheck on, as nearly everyone has it) never checks declaration files. So:
// 1. tsc checks the package with skipLibCheck off: our .d.ts files, and once (for schemas/)
//    the installed ones they load (zod's), which are the same for every package, so the
//    other checks skip them; TypeScript's own lib files are not ours to prove and not checked;
//    a broken declaration is reported, proving the check reaches them. The zod typing
//    opt-in (zod-types.d.ts) is included, as in the package's own tsconfig: it is a
//    declaration file too, and zod's are loaded only through it.
// 2. Each .js and its .d.ts agree: the values the module really exports (imported by
//    Node) are exactly the values its declaration file declares (read by TypeScript's
//    checker, `export *` chains resolved), and a .d.ts without a .js declares no value.
//    Two exceptions, modules no package entry exposes: the runtime ships as bundled entry
//    points (index, client-core) plus shared chunks (JavaScript only), and declarations
//    for the modules the entry points' declarations reach (declarations only); the
//    validators of each service are JavaScript only (src/zod/<service>.js), declared all
//    together by src/zod/index.d.ts, whose agreement with src/zod/index.js (which
//    re-exports them all) is checked like any module's. Every relative import of every
//    .js resolves to a file, so no JavaScript imports a module that is declarations only.
import { appendFileSync, existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import ts from "typescript";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RUNTIME_ENTRY_POINTS } from "../../generator/emit/runtime-build.js";
import { moduleExports, typecheckFolder, type TypecheckResult } from "../support/typecheck.js";
import { filesUnder, generateInTemp, removeGenerated, type GeneratedPackage } from "./support/generated-package.js";
import { CORPUS_SERVICES, OWN_SCHEMAS } from "./support/paths.js";

/** Every relative module a JavaScript file imports or re-exports (static and dynamic imports). */
function relativeImports(js: string): string[] {
  return [...js.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)["'](\.[^"']+)["']/g)].map((m) => m[1]);
}

/** The value names each declaration file exports (declared there or re-exported), by file, read by `program`'s checker. */
function declaredValues(program: ts.Program, dtsFiles: readonly string[]): Map<string, string[]> {
  const checker = program.getTypeChecker();
  const out = new Map<string, string[]>();
  for (const file of dtsFiles) {
    const source = program.getSourceFile(file);
    if (!source) throw new Error(`${file} is not in the checked program`);
    // A file with no import or export at all is no module: it exports nothing.
    const values = [...moduleExports(checker, source)]
      .filter(([, target]) => (target.flags & ts.SymbolFlags.Value) !== 0)
      .map(([name]) => name)
      .sort();
    out.set(file, values);
  }
  return out;
}

const cases = [
  { name: "ClearML corpus", dir: CORPUS_SERVICES, libCheck: "package" },
  { name: "this project's schemas", dir: OWN_SCHEMAS, libCheck: "installed" },
] as const;

describe.each(cases)("the generated declarations ($name)", ({ dir, libCheck }) => {
  let pkg: GeneratedPackage;
  /** The check, whose program (every declaration file of src/) the export comparison reads too. */
  let check: TypecheckResult;

  beforeAll(() => {
    pkg = generateInTemp(dir);
    check = typecheckFolder(pkg.dir, { include: ["src", "zod-types.d.ts"] }, "tsconfig.check.json", { libCheck });
  }, 120_000);
  afterAll(() => removeGenerated(pkg));

  it(`type-check with skipLibCheck off (${libCheck === "installed" ? "the installed declarations too" : "the package's own"})`, () => {
    expect(check.output).toBe("");
    expect(check.ok).toBe(true);
  });

  it("every .js module exports exactly the values its .d.ts declares", async () => {
    const src = path.join(pkg.dir, "src");
    const dts = filesUnder(src, /\.d\.ts$/);
    const js = new Set(filesUnder(src, /\.js$/));
    const declared = declaredValues(check.program, dts);
    const runtime = path.join(src, "runtime");
    const runtimeEntries = new Set(RUNTIME_ENTRY_POINTS.map((e) => path.join(runtime, `${e}.js`)));
    const zodIndex = path.join(src, "zod", "index.js");
    /** Modules behind an entry: runtime bundle chunks and declarations, per-service validator modules. */
    const internal = (jsFile: string): boolean =>
      (jsFile.startsWith(runtime + path.sep) && !runtimeEntries.has(jsFile)) ||
      (path.dirname(jsFile) === path.dirname(zodIndex) && jsFile !== zodIndex);
    const problems: string[] = [];
    for (const file of js) {
      if (!declared.has(file.replace(/\.js$/, ".d.ts")) && !internal(file)) problems.push(`${file}: no .d.ts`);
      for (const spec of relativeImports(readFileSync(file, "utf8"))) {
        if (!existsSync(path.resolve(path.dirname(file), spec))) problems.push(`${path.relative(pkg.dir, file)} imports ${spec}, which does not exist`);
      }
    }
    let compared = 0;
    for (const [file, values] of declared) {
      const rel = path.relative(pkg.dir, file);
      const jsFile = file.replace(/\.d\.ts$/, ".js");
      if (!js.has(jsFile)) {
        if (values.length > 0 && !internal(jsFile)) problems.push(`${rel} declares values but has no .js: ${values.join(", ")}`);
        continue;
      }
      const actual = Object.keys(await import(pathToFileURL(jsFile).href)).sort();
      const missing = values.filter((v) => !actual.includes(v));
      const undeclared = actual.filter((v) => !values.includes(v));
      if (missing.length > 0) problems.push(`${rel} declares what the .js does not export: ${missing.join(", ")}`);
      if (undeclared.length > 0) problems.push(`${rel} does not declare what the .js exports: ${undeclared.join(", ")}`);
      compared++;
    }
    expect(problems).toEqual([]);
    // The client, the index, the runtime's entry points, the validators' index, and per service the endpoints (its entry).
    expect(compared).toBeGreaterThan(pkg.model.services.length + 4);
  }, 120_000);
});

describe("the declaration check", () => {
  it("reports an error inside a generated declaration file", () => {
    const pkg = generateInTemp(OWN_SCHEMAS);
    try {
      const endpoints = filesUnder(path.join(pkg.dir, "src/endpoints"), /\.d\.ts$/)[0];
      appendFileSync(endpoints, "export declare const broken: NoSuchType;\n");
      const result = typecheckFolder(pkg.dir, { include: ["src"] }, "tsconfig.check.json", { libCheck: "package" });
      expect(result.ok).toBe(false);
      expect(result.output).toContain(`${path.relative(pkg.dir, endpoints)}(`);
      expect(result.output).toContain("NoSuchType");
    } finally {
      removeGenerated(pkg);
    }
  }, 120_000);
});
