// How a consumer's tsc types the generated validators (`<package>/zod`), proven on small
// consumer programs against real generated packages (the committed generated/ and the
// ClearML corpus), with the package linked into node_modules as if installed:
// - by default they are BasicValidator<T.X> (parse, safeParse, Standard Schema), and the
//   program loads none of zod's declaration files;
// - with the one-line opt-in (`<package>/zod-types`: import, reference directive or
//   tsconfig `types`; moduleResolution NodeNext and Bundler) they are z.ZodType<T.X>:
//   z.infer, .optional(), z.object and z.array infer from T.X, and the default typing's
//   uses still type-check (the opt-in only adds);
// - without the opt-in, zod's API is not there (so the opt-in is what provides it), and
//   each program ends with a `@ts-expect-error` line that fails if the typing is loose.
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { removeDir } from "../package/helpers.js";
import { generateInTemp, PACKAGE_NAME, removeGenerated, type GeneratedPackage } from "./support/generated-package.js";
import { CORPUS_SERVICES, REPO } from "./support/paths.js";
import {
  basicProgram,
  checkProgram,
  consumerProject,
  declaredValidators,
  kindSample,
  zodFiles,
  zodProgram,
  type DeclaredValidator,
  type OptInForm,
  type Resolution,
} from "./support/validator-programs.js";

interface Case {
  readonly name: string;
  /** The package folder and its name; `cleanup` removes what `open` made. */
  open(): { dir: string; name: string; cleanup(): void };
  /** Every resolution x opt-in form, or NodeNext with an import only (the corpus is large). */
  readonly everyForm: boolean;
}

const cases: Case[] = [
  {
    name: "generated/ (this project's schemas)",
    open: () => {
      const dir = path.join(REPO, "generated");
      return { dir, name: JSON.parse(readFileSync(path.join(dir, "package.json"), "utf8")).name, cleanup: () => {} };
    },
    everyForm: true,
  },
  {
    name: "ClearML corpus",
    open: () => {
      const pkg: GeneratedPackage = generateInTemp(CORPUS_SERVICES);
      return { dir: pkg.dir, name: PACKAGE_NAME, cleanup: () => removeGenerated(pkg) };
    },
    everyForm: false,
  },
];

/**
 * The validators a program checks. Every validator is declared the same way (`X:
 * TypedValidator<T.Y>`, proven by the first test), so what a program proves depends on the kind
 * of declaration of T.Y (an interface, a union, a Record...), not on which type it is: a large
 * package's programs check one of each kind and every 10th validator; with the opt-in (zod's
 * types instantiated per validator) only one program of a package checks that many, and the
 * other forms of it, which differ only in how the opt-in is reached, one of each kind.
 */
function sample(all: readonly DeclaredValidator[], which: "many" | "kinds"): DeclaredValidator[] {
  if (which === "kinds") return kindSample(all);
  return all.length <= 100 ? [...all] : kindSample(all, 10);
}

describe.each(cases)("validator typing: $name", ({ open, everyForm }) => {
  let pkg: ReturnType<Case["open"]>;
  let consumer: string;
  let all: DeclaredValidator[];

  beforeAll(() => {
    pkg = open();
    consumer = mkdtempSync(path.join(tmpdir(), "validator-types-"));
    consumerProject(consumer, pkg.name, pkg.dir);
    all = declaredValidators(pkg.dir);
  }, 120_000);

  afterAll(() => {
    pkg?.cleanup();
    removeDir(consumer);
  });

  it("declares every validator as TypedValidator<T.X>, without importing zod", () => {
    expect(all.length).toBeGreaterThan(10);
    const zodDir = path.join(pkg.dir, "src", "zod");
    const exported: string[] = [];
    // One declaration file for all services' validators (their .js modules are internal).
    expect(readFileSync(path.join(zodDir, "index.d.ts"), "utf8")).not.toMatch(/from "zod"/);
    for (const name of readdirSync(zodDir).filter((f) => f.endsWith(".js") && f !== "index.js")) {
      for (const m of readFileSync(path.join(zodDir, name), "utf8").matchAll(/^export const (\w+) =/gm)) exported.push(m[1]);
    }
    expect(all.map((v) => v.name).sort()).toEqual(exported.sort());
  });

  it("the programs' samples have a validator of each kind of declaration", () => {
    const kinds = (vs: readonly DeclaredValidator[]) => [...new Set(vs.map((v) => v.kind))].sort();
    // Interfaces (plain and extending), unions, Records at least: the classification sees them.
    expect(kinds(all).length).toBeGreaterThanOrEqual(4);
    expect(kinds(sample(all, "many"))).toEqual(kinds(all));
    expect(kinds(sample(all, "kinds"))).toEqual(kinds(all));
  });

  it("without the opt-in: parse, safeParse and Standard Schema give T.X, and zod's declarations are not loaded", () => {
    const result = checkProgram(consumer, "basic.ts", basicProgram(pkg.name, sample(all, "many"), "none"), "NodeNext");
    expect(result.errors).toBe("");
    // The validators' declarations were loaded, zod's were not.
    expect(result.files.some((f) => f.endsWith(path.join("src", "zod", "index.d.ts")))).toBe(true);
    expect(zodFiles(result.files)).toEqual([]);
  }, 120_000);

  it("without the opt-in: zod's API is not available on the validators", () => {
    const result = checkProgram(consumer, "zod-without-opt-in.ts", zodProgram(pkg.name, all.slice(0, 1), "none"), "NodeNext");
    expect(result.errors).toMatch(/Property 'optional' does not exist on type 'BasicValidator</);
  }, 120_000);

  const forms: [Resolution, OptInForm | "tsconfig"][] = everyForm
    ? (["NodeNext", "Bundler"] as const).flatMap((r) => (["import", "reference", "tsconfig"] as const).map((f): [Resolution, OptInForm | "tsconfig"] => [r, f]))
    : [["NodeNext", "import"]];

  it.each(forms)("with the opt-in (%s, %s): the validators are z.ZodType<T.X>", (resolution, form) => {
    const types = form === "tsconfig" ? [`${pkg.name}/zod-types`] : [];
    const programForm = form === "tsconfig" ? "none" : form;
    const file = `zod-${resolution}-${form}.ts`.toLowerCase();
    const validators = resolution === "NodeNext" && form === "import" ? sample(all, "many") : sample(all, "kinds");
    const result = checkProgram(consumer, file, zodProgram(pkg.name, validators, programForm), resolution, types);
    expect(result.errors).toBe("");
    expect(zodFiles(result.files).length).toBeGreaterThan(0);
  }, 300_000);

  it("with the opt-in: what type-checks without it still does", () => {
    const result = checkProgram(consumer, "basic-with-opt-in.ts", basicProgram(pkg.name, sample(all, "kinds"), "import"), "NodeNext");
    expect(result.errors).toBe("");
  }, 300_000);
});
