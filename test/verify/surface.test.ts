// The generated package's public surface, read with TypeScript's checker (as a user's editor
// would) and checked against what the IR explains: the root index, the zod validators, and one
// entry module per service as package.json's exports map says. Run for the ClearML corpus
// and for this project's own schemas/.
import { readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { moduleExports, packageProgram } from "../support/typecheck.js";
import { CLIENT_NAMES, rootExplanation, serviceSurface, type ServiceSurface } from "./support/expected-surface.js";
import { filesUnder, generateInTemp, removeGenerated, moduleFile, type GeneratedPackage } from "./support/generated-package.js";
import { moduleOf } from "./support/naming.js";
import { CORPUS_SERVICES, OWN_SCHEMAS, REPO } from "./support/paths.js";

/** A program of `rootNames` (and what they import), and its checker. */
function programOf(rootNames: readonly string[], dir: string): { program: ts.Program; checker: ts.TypeChecker } {
  const program = packageProgram(rootNames, dir);
  return { program, checker: program.getTypeChecker() };
}

/** A module's exports (declared there or re-exported), each with the declaration it resolves to. */
function exportedDeclarations(checker: ts.TypeChecker, file: ts.SourceFile): Map<string, ts.Declaration | undefined> {
  return new Map([...moduleExports(checker, file)].map(([name, target]) => [name, target.declarations?.[0]]));
}

let runtimeExports: Set<string> | undefined;
/** Exported names of the hand-written runtime, read from its source (not from the output); read once. */
function runtimeNames(): Set<string> {
  if (!runtimeExports) {
    const index = path.join(REPO, "templates/runtime/index.ts");
    const { program, checker } = programOf([index], REPO);
    runtimeExports = new Set(exportedDeclarations(checker, program.getSourceFile(index)!).keys());
  }
  return runtimeExports;
}

function loadPackage(pkg: GeneratedPackage): { program: ts.Program; checker: ts.TypeChecker } {
  return programOf(filesUnder(path.join(pkg.dir, "src"), /\.ts$/), pkg.dir);
}

const text = (node: ts.Node | undefined): string | undefined => node?.getText(node.getSourceFile());
const named = <T extends ts.Statement>(file: ts.SourceFile, is: (s: ts.Statement) => s is T, name: string): T | undefined =>
  file.statements.find((s): s is T => is(s) && (s as { name?: ts.Identifier }).name?.text === name);
const parameterType = (decl: ts.SignatureDeclaration, name: string): string | undefined =>
  text(decl.parameters.find((p) => ts.isIdentifier(p.name) && p.name.text === name)?.type);
const extendsOf = (decl: ts.InterfaceDeclaration): string[] =>
  (decl.heritageClauses?.find((h) => h.token === ts.SyntaxKind.ExtendsKeyword)?.types ?? []).map((t) => text(t)!);

const cases = [
  { name: "ClearML corpus", dir: CORPUS_SERVICES, endpointVersions: 356 },
  { name: "this project's schemas", dir: OWN_SCHEMAS, endpointVersions: undefined },
];

describe.each(cases)("the generated package's surface ($name)", ({ name, dir, endpointVersions }) => {
  let pkg: GeneratedPackage;
  let program: ts.Program;
  let checker: ts.TypeChecker;
  let surfaces: ServiceSurface[];
  let root: Set<string>;
  let runtime: Set<string>;
  /** The module's declarations: `.d.ts` next to a JavaScript module, else the `.ts` source. */
  const file = (stem: string): ts.SourceFile => {
    const found = moduleFile(pkg, stem);
    const declarations = found.endsWith(".js") ? found.slice(0, -3) + ".d.ts" : found;
    const source = program.getSourceFile(declarations);
    if (!source) throw new Error(`the program has no ${declarations}`);
    return source;
  };
  const exportsOf = (source: ts.SourceFile): Set<string> => new Set(exportedDeclarations(checker, source).keys());

  beforeAll(() => {
    pkg = generateInTemp(dir);
    ({ program, checker } = loadPackage(pkg));
    surfaces = pkg.model.services.map(serviceSurface);
    root = exportsOf(file("index"));
    runtime = runtimeNames();
    console.log(`surface (${name}): ${root.size} root exports, ${exportsOf(file("zod/index")).size} validators`);
  });

  afterAll(() => removeGenerated(pkg));

  it("the root index exports createClient, the client types and the whole runtime", () => {
    for (const name of [...CLIENT_NAMES, "ApiError", "keySecret", "bearer", "oidc", "applyVaults"]) {
      expect(root.has(name), name).toBe(true);
    }
    expect([...runtime].filter((n) => !root.has(n))).toEqual([]);
    const clients = [...root].filter((n) => /^ClientV\d+_\d+$/.test(n));
    expect(clients.length).toBe(pkg.model.changeVersions.length);
  });

  it("every root export is explained by the IR", () => {
    const unexplained = [...root].filter((n) => rootExplanation(n, pkg.model, surfaces, runtime) === undefined);
    expect(unexplained).toEqual([]);
  });

  it("has, per endpoint, its function, its version list and one EndpointInfo per version", () => {
    const versions = pkg.model.services.reduce((n, s) => n + s.endpoints.reduce((m, e) => m + e.versions.length, 0), 0);
    if (endpointVersions !== undefined) expect(versions).toBe(endpointVersions);
    const missing: string[] = [];
    for (const s of surfaces) {
      for (const name of s.names) if (!root.has(name)) missing.push(name);
    }
    expect(missing).toEqual([]);
    const infos = surfaces.reduce((n, s) => n + [...s.endpointInfos].filter((i) => root.has(i)).length, 0);
    expect(infos).toBe(versions);
  });

  it("types every endpoint's latest request and response with an exported type of its own service", () => {
    const problems: string[] = [];
    for (const s of surfaces) {
      const endpoints = file(`endpoints/${moduleOf(s.service)}`);
      for (const fn of s.functions) {
        const decl = named(endpoints, ts.isFunctionDeclaration, fn);
        if (!decl) {
          problems.push(`${fn}: no function in endpoints/${moduleOf(s.service)}`);
          continue;
        }
        const body = parameterType(decl, "body");
        const result = text(decl.type);
        const request = /^T\.(\w+)$/.exec(body ?? "")?.[1];
        const response = /^Promise<T\.(\w+)>$/.exec(result ?? "")?.[1];
        for (const [what, name] of [
          ["request", request],
          ["response", response],
        ] as const) {
          const ok = name !== undefined && root.has(name) && (s.isShapeName(name) || s.definitionTypes.has(name));
          if (!ok) problems.push(`${fn}: ${what} typed as ${what === "request" ? body : result}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it("declares each endpoint version's method in its own interface, typed with its service's request and response", () => {
    const problems: string[] = [];
    for (const s of surfaces) {
      const endpoints = file(`endpoints/${moduleOf(s.service)}`);
      for (const [name, action] of s.methodInterfaces) {
        const decl = named(endpoints, ts.isInterfaceDeclaration, name);
        if (!decl) {
          problems.push(`${name}: no interface in endpoints/${moduleOf(s.service)}`);
          continue;
        }
        const members = decl.members;
        const method = members.find((m): m is ts.MethodSignature => ts.isMethodSignature(m) && ts.isIdentifier(m.name) && m.name.text === action);
        if (members.length !== 1 || !method || extendsOf(decl).length > 0) {
          problems.push(`${name}: declares ${members.map((m) => text(m)!.split("(")[0]).join(", ")} instead of only ${action}`);
          continue;
        }
        const body = parameterType(method, "body");
        const result = text(method.type);
        const request = /^T\.(\w+)$/.exec(body ?? "")?.[1];
        const response = /^Promise<T\.(\w+)>$/.exec(result ?? "")?.[1];
        for (const [what, typeName, text] of [
          ["request", request, body],
          ["response", response, result],
        ] as const) {
          const ok = typeName !== undefined && root.has(typeName) && (s.isShapeName(typeName) || s.definitionTypes.has(typeName));
          if (!ok) problems.push(`${name}.${action}: ${what} typed as ${text}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it("has per service version an interface that only extends the method interfaces in force at that version", () => {
    const problems: string[] = [];
    for (const s of surfaces) {
      const endpoints = file(`endpoints/${moduleOf(s.service)}`);
      // Each interface read once, however many service versions reach it through the bases.
      const heritages = new Map<string, string[] | undefined>();
      const heritage = (name: string): string[] | undefined => {
        if (heritages.has(name)) return heritages.get(name);
        const decl = named(endpoints, ts.isInterfaceDeclaration, name);
        if (decl && decl.members.length > 0) problems.push(`${name}: declares members of its own`);
        const bases = decl && extendsOf(decl);
        heritages.set(name, bases);
        return bases;
      };
      // Base interfaces: each adds exactly the single-version endpoints appearing at its version.
      for (const [name, added] of s.baseInterfaces) {
        const own = heritage(name)?.filter((h) => !s.baseInterfaces.has(h)).sort();
        if (JSON.stringify(own) !== JSON.stringify(added)) problems.push(`${name} adds ${own?.join(", ")}; expected ${added.join(", ")}`);
      }
      // The method interfaces a service interface reaches, through the bases, are exactly those in force.
      const reach = (heritageList: readonly string[], into: string[]): void => {
        for (const h of heritageList) {
          if (s.baseInterfaces.has(h)) reach(heritage(h) ?? [], into);
          else into.push(h);
        }
      };
      for (const [name, bases] of s.serviceInterfaces) {
        const direct = heritage(name);
        if (!direct) {
          problems.push(`${name}: no interface in endpoints/${moduleOf(s.service)}`);
          continue;
        }
        if (direct.filter((h) => s.baseInterfaces.has(h)).length > 1) problems.push(`${name} extends more than one base`);
        const actual: string[] = [];
        reach(direct, actual);
        actual.sort();
        if (JSON.stringify(actual) !== JSON.stringify(bases)) {
          problems.push(`${name} reaches ${actual.join(", ")}; expected ${bases.join(", ")}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it("the zod index has a validator per definition, request and response, and nothing else", () => {
    const zod = exportsOf(file("zod/index"));
    // ... but `validators`, the client's opt-in table of them.
    expect(zod.delete("validators")).toBe(true);
    const problems: string[] = [];
    for (const s of surfaces) {
      for (const v of s.definitionValidators) if (!zod.has(v)) problems.push(`missing validator ${v}`);
    }
    const strict = new Set(surfaces.flatMap((s) => [...s.strictValidators]));
    for (const name of zod) {
      const explained = surfaces.some((s) => s.definitionValidators.has(name) || s.isShapeName(name));
      if (!explained) problems.push(`unexplained validator ${name}`);
      if (surfaces.some((s) => s.withoutValidator.has(name)))
        problems.push(`validator ${name} of a batch or text shape`);
      if (name.endsWith("Strict") && !strict.has(name)) problems.push(`unexpected strict validator ${name}`);
    }
    // Every request/response type has a validator of the same name, except aliases of the
    // latest version and the batch / text shapes that are not validated as a whole.
    const types = program.getSourceFiles().filter((f) => f.fileName.includes("/src/types/"));
    expect(types.length).toBeGreaterThan(0);
    for (const t of types) {
      for (const [name, alias] of exportedDeclarations(checker, t)) {
        if (!surfaces.some((s) => s.isShapeName(name)) || zod.has(name)) continue;
        if (surfaces.some((s) => s.withoutValidator.has(name))) continue;
        const target = alias && ts.isTypeAliasDeclaration(alias) ? text(alias.type) : undefined;
        if (!target || !zod.has(target)) problems.push(`type ${name} has no validator and is not an alias of one`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("has one entry module per service, as package.json's exports map says, exporting only that service", () => {
    const pkgJson = JSON.parse(readFileSync(path.join(pkg.dir, "package.json"), "utf8")) as {
      exports: Record<string, unknown>;
    };
    const entries = Object.keys(pkgJson.exports).filter(
      (k) => ![".", "./zod", "./zod-types", "./package.json"].includes(k) && !k.startsWith("./openapi."),
    );
    expect(entries.sort()).toEqual(surfaces.map((s) => `./${moduleOf(s.service)}`).sort());
    const problems: string[] = [];
    for (const s of surfaces) {
      const m = moduleOf(s.service);
      expect(pkgJson.exports[`./${m}`]).toEqual({
        types: `./src/endpoints/${m}.d.ts`,
        default: `./src/endpoints/${m}.js`,
      });
      const names = exportsOf(file(`endpoints/${m}`));
      for (const n of names) if (!s.names.has(n) && !s.isShapeName(n)) problems.push(`${m} exports ${n}`);
      for (const n of [...s.functions, ...s.definitionTypes]) if (!names.has(n)) problems.push(`${m} lacks ${n}`);
    }
    expect(problems).toEqual([]);
  });
});
