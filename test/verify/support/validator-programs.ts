// Small consumer programs of a generated package that pin down how its validators are
// typed, and a TypeScript-API runner that type-checks one and lists the files it loaded.
// Used by test/verify/validator-types.test.ts.
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { sharedLibHost } from "../../support/compiler-host.js";
import { REPO } from "./paths.js";

/** A validator a package declares and the type it validates (`X: TypedValidator<T.Y>`). */
export interface DeclaredValidator {
  readonly name: string;
  readonly typeName: string;
  /**
   * How the types module declares `typeName`: "interface", "interface extends", or "type" and
   * the form of what it aliases (a union, a literal, an object type, `Record<string, never>`,
   * another named type...).
   */
  readonly kind: string;
}

const DECLARATION = /^export declare const (\w+): TypedValidator<(T_\w+)\.(\w+)>;$/gm;
const TYPES_IMPORT = /^import type \* as (T_\w+) from "(\.\.\/types\/[\w-]+)\.js";$/gm;

/** Every validator the package's src/zod/index.d.ts declares, in file order, with the kind of its type's declaration. */
export function declaredValidators(pkgDir: string): DeclaredValidator[] {
  const zodDir = path.join(pkgDir, "src", "zod");
  const text = readFileSync(path.join(zodDir, "index.d.ts"), "utf8");
  const modules = new Map([...text.matchAll(TYPES_IMPORT)].map((m) => [m[1], path.join(zodDir, `${m[2]}.d.ts`)]));
  const kinds = new Map<string, Map<string, string>>();
  const kindsIn = (namespace: string): Map<string, string> => {
    const file = modules.get(namespace);
    if (!file) throw new Error(`src/zod/index.d.ts uses ${namespace} but imports no types module as it`);
    let found = kinds.get(file);
    if (!found) kinds.set(file, (found = declarationKinds(file)));
    return found;
  };
  return [...text.matchAll(DECLARATION)].map((m) => {
    const kind = kindsIn(m[2]).get(m[3]);
    if (!kind) throw new Error(`${m[1]}: ${m[2]}.${m[3]} is not declared in ${modules.get(m[2])}`);
    return { name: m[1], typeName: m[3], kind };
  });
}

/** The kind (see DeclaredValidator) of each interface and type alias a declaration file exports. */
function declarationKinds(file: string): Map<string, string> {
  const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.ES2022);
  const out = new Map<string, string>();
  for (const statement of source.statements) {
    if (ts.isInterfaceDeclaration(statement)) out.set(statement.name.text, statement.heritageClauses ? "interface extends" : "interface");
    else if (ts.isTypeAliasDeclaration(statement)) out.set(statement.name.text, `type ${typeForm(statement.type)}`);
  }
  return out;
}

function typeForm(node: ts.TypeNode): string {
  if (ts.isTypeReferenceNode(node)) {
    const name = ts.isIdentifier(node.typeName) ? node.typeName.text : node.typeName.right.text;
    // Records differ by their values (never, unknown, a named type); other references are aliases.
    return name === "Record" ? `Record<${node.typeArguments?.map(typeForm).join(", ")}>` : node.typeArguments ? `${name}<...>` : "reference";
  }
  // Enums (literal unions) apart from unions of shapes.
  if (ts.isUnionTypeNode(node) && node.types.every(ts.isLiteralTypeNode)) return "literal union";
  return ts.SyntaxKind[node.kind];
}

/**
 * A sample of the validators that keeps one of each kind of declaration (the first) and every
 * `every`-th one besides.
 */
export function kindSample(all: readonly DeclaredValidator[], every = Infinity): DeclaredValidator[] {
  const kinds = new Set<string>();
  return all.filter((v, i) => {
    const first = !kinds.has(v.kind);
    kinds.add(v.kind);
    return first || i % every === 0;
  });
}

/** Exact type equality (`any` and `unknown` only equal themselves): `true` or `false`. */
const EQUAL = "type Equal<A, B> = (<X>() => X extends A ? 1 : 2) extends <X>() => X extends B ? 1 : 2 ? true : false;";

/** How a program turns the zod typing on: not at all, an import, or a reference directive. */
export type OptInForm = "none" | "import" | "reference";

function optInLines(pkg: string, form: OptInForm): string[] {
  if (form === "import") return [`import type {} from "${pkg}/zod-types";`];
  if (form === "reference") return [`/// <reference types="${pkg}/zod-types" />`];
  return [];
}

/**
 * Uses each validator as a user without zod would: `parse` gives T.X, `safeParse` narrows
 * to T.X or issues, the Standard Schema input and output are T.X. True under either typing (the
 * opt-in only adds to it). The last line must fail: `parse` is not untyped.
 */
export function basicProgram(pkg: string, validators: readonly DeclaredValidator[], form: OptInForm): string {
  const lines = [
    ...optInLines(pkg, form),
    `import * as V from "${pkg}/zod";`,
    `import type * as T from "${pkg}";`,
    `import type { StandardSchemaV1, ValidationIssue } from "${pkg}";`,
    "",
    EQUAL,
    "declare const input: unknown;",
  ];
  for (const { name, typeName } of validators) {
    lines.push(
      "{",
      `  const parsed = V.${name}.parse(input);`,
      `  const parses: Equal<typeof parsed, T.${typeName}> = true;`,
      `  const result = V.${name}.safeParse(input);`,
      "  if (result.success) {",
      `    const narrows: Equal<typeof result.data, T.${typeName}> = true;`,
      "  } else {",
      "    const issues: readonly ValidationIssue[] = result.error.issues;",
      "  }",
      `  const standard: Equal<StandardSchemaV1.InferOutput<typeof V.${name}>, T.${typeName}> = true;`,
      `  const standardInput: Equal<StandardSchemaV1.InferInput<typeof V.${name}>, T.${typeName}> = true;`,
      "}",
    );
  }
  lines.push("// @ts-expect-error: parse returns the validated type, not unknown", `const untyped: Equal<ReturnType<typeof V.${validators[0].name}.parse>, unknown> = true;`, "");
  return lines.join("\n");
}

/**
 * Composes each validator with zod's API, as a zod user would after the opt-in: z.infer,
 * .optional(), z.object and z.array infer from T.X. The last line must fail: a validator
 * of T.X is not a zod schema of an unrelated type.
 */
export function zodProgram(pkg: string, validators: readonly DeclaredValidator[], form: OptInForm): string {
  const lines = [
    ...optInLines(pkg, form),
    'import { z } from "zod";',
    `import * as V from "${pkg}/zod";`,
    `import type * as T from "${pkg}";`,
    "",
    EQUAL,
  ];
  for (const { name, typeName } of validators) {
    lines.push(
      "{",
      `  const infers: Equal<z.infer<typeof V.${name}>, T.${typeName}> = true;`,
      `  const optional = V.${name}.optional();`,
      `  const optionalInfers: Equal<z.infer<typeof optional>, T.${typeName} | undefined> = true;`,
      `  const inObject = z.object({ value: V.${name} });`,
      `  const objectInfers: Equal<z.infer<typeof inObject>, { value: T.${typeName} }> = true;`,
      `  const inArray = z.array(V.${name});`,
      `  const arrayInfers: Equal<z.infer<typeof inArray>, T.${typeName}[]> = true;`,
      "}",
    );
  }
  lines.push(
    "// @ts-expect-error: a validator of one type is not a zod schema of another",
    `const wrong: z.ZodType<{ readonly notAField: true }> = V.${validators[0].name};`,
    "",
  );
  return lines.join("\n");
}

export type Resolution = "NodeNext" | "Bundler";

/**
 * A consumer project: `node_modules/<pkg>` links to the package folder and
 * `node_modules/zod` to this repository's zod, as if both were installed.
 */
export function consumerProject(dir: string, pkgName: string, pkgDir: string): void {
  mkdirSync(path.join(dir, "node_modules"), { recursive: true });
  writeFileSync(path.join(dir, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module" }));
  symlinkSync(pkgDir, path.join(dir, "node_modules", pkgName), "dir");
  symlinkSync(path.join(REPO, "node_modules", "zod"), path.join(dir, "node_modules", "zod"), "dir");
}

export interface CheckResult {
  /** tsc's diagnostics, formatted with paths relative to the consumer; "" when none. */
  readonly errors: string;
  /** Every file the program loaded (real paths: links resolved). */
  readonly files: readonly string[];
}

/**
 * Type-checks `file` (written under `dir`) as a consumer's tsc would: strict, skipLibCheck
 * (as nearly every project has it), `types` as given (the tsconfig form of the opt-in).
 */
export function checkProgram(dir: string, file: string, text: string, resolution: Resolution, types: readonly string[] = []): CheckResult {
  const full = path.join(dir, file);
  writeFileSync(full, text);
  const { options, errors } = ts.convertCompilerOptionsFromJson(
    {
      target: "ES2022",
      lib: ["ES2022", "DOM"],
      module: resolution === "NodeNext" ? "NodeNext" : "ESNext",
      moduleResolution: resolution,
      strict: true,
      noEmit: true,
      skipLibCheck: true,
      verbatimModuleSyntax: true,
      types,
    },
    dir,
  );
  if (errors.length > 0) throw new Error(ts.formatDiagnostics(errors, formatHost(dir)));
  // `types` entries resolve from the tsconfig's folder: the consumer's, not this process's.
  options.configFilePath = path.join(dir, "tsconfig.json");
  const program = ts.createProgram({ rootNames: [full], options, host: sharedLibHost(options, dir) });
  const diagnostics = ts.getPreEmitDiagnostics(program);
  return {
    errors: ts.formatDiagnostics(diagnostics, formatHost(dir)),
    files: program.getSourceFiles().map((f) => f.fileName),
  };
}

function formatHost(dir: string): ts.FormatDiagnosticsHost {
  return { getCanonicalFileName: (f) => f, getCurrentDirectory: () => dir, getNewLine: () => "\n" };
}

/** The loaded files that are zod's declarations. */
export function zodFiles(files: readonly string[]): string[] {
  return files.filter((f) => f.split(path.sep).join("/").includes("/node_modules/zod/"));
}
