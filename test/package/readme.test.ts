// README.md stays true: every ```ts example type-checks against the generated package
// (resolved through the package's own exports map, onto its committed files), and the
// CLI reference names every command and option the CLI registers. The examples that opt
// in to zod's typing of the validators (`<package>/zod-types`) are one program, the
// others another: the opt-in holds for a whole program, and the others must type-check
// without it, as they are written for.
import { Command } from "commander";
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { registerCodegenCommand } from "../../generator/emit/command.js";
import { registerInitCommand } from "../../generator/config/init.js";
import { registerDocsCommand } from "../../generator/docs/command.js";
import { registerHoconCommand } from "../../generator/hocon/command.js";
import { registerSchemaCommands } from "../../generator/schema/command.js";
import { registerMockCommand } from "../../generator/mock/command.js";
import { typecheckConfig } from "../support/typecheck.js";
import { REPO, removeDir, tempDir } from "./helpers.js";

const README = readFileSync(path.join(REPO, "README.md"), "utf8");
const GENERATED = path.join(REPO, "generated");

interface CodeBlock {
  readonly lang: string;
  readonly line: number;
  readonly code: string;
}

function codeBlocks(markdown: string): CodeBlock[] {
  const blocks: CodeBlock[] = [];
  const lines = markdown.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const open = /^```(\w*)\s*$/.exec(lines[i]);
    if (!open) continue;
    const start = i;
    const body: string[] = [];
    for (i++; i < lines.length && !/^```\s*$/.test(lines[i]); i++) body.push(lines[i]);
    blocks.push({ lang: open[1], line: start + 1, code: body.join("\n") + "\n" });
  }
  return blocks;
}

/** tsconfig `paths` from the package's exports map, onto the committed declaration files. */
function pathsFromExports(): Record<string, string[]> {
  const pkg = JSON.parse(readFileSync(path.join(GENERATED, "package.json"), "utf8"));
  const paths: Record<string, string[]> = {};
  for (const [key, target] of Object.entries<string | { types: string }>(pkg.exports)) {
    const specifier = key === "." ? pkg.name : `${pkg.name}/${key.slice(2)}`;
    if (typeof target === "string") {
      paths[specifier] = [path.join(GENERATED, target)];
      continue;
    }
    const declarations = path.join(GENERATED, target.types);
    if (!existsSync(declarations)) throw new Error(`generated/package.json: ${key} points at a missing ${target.types}`);
    paths[specifier] = [declarations];
  }
  // The generator's own API, as `import ... from "hocon-api-codegen"` gives it (its source; the package ships its declarations).
  paths["hocon-api-codegen"] = [path.join(REPO, "generator/api.ts")];
  return paths;
}

describe("README.md", () => {
  const examples = codeBlocks(README).filter((b) => b.lang === "ts");
  let work: string;

  beforeAll(() => {
    work = tempDir("readme-examples");
  });
  afterAll(() => removeDir(work));

  it("has TypeScript examples", () => {
    expect(examples.length).toBeGreaterThanOrEqual(5);
  });

  const withZodTypes = (b: CodeBlock): boolean => /from "[^"]+\/zod-types"/.test(b.code);

  it("has examples with and without the zod typing opt-in", () => {
    expect(examples.filter(withZodTypes).length).toBeGreaterThan(0);
    expect(examples.filter((b) => !withZodTypes(b)).length).toBeGreaterThan(0);
  });

  it.each([
    ["without", false],
    ["with", true],
  ])("examples %s the zod typing opt-in type-check against the generated package", (name, optIn) => {
    const dir = path.join(work, name);
    mkdirSync(path.join(dir, "src"), { recursive: true });
    writeFileSync(path.join(dir, "package.json"), JSON.stringify({ type: "module" }));
    // A zod user has zod installed: this repository's copy.
    mkdirSync(path.join(dir, "node_modules"));
    symlinkSync(path.join(REPO, "node_modules", "zod"), path.join(dir, "node_modules", "zod"), "dir");
    const blocks = examples.filter((b) => withZodTypes(b) === optIn);
    const files = blocks.map((b) => `src/readme-line-${b.line}.ts`);
    blocks.forEach((b, i) => writeFileSync(path.join(dir, files[i]), b.code));
    const tsconfig = {
      compilerOptions: {
        target: "ES2022",
        lib: ["ES2023", "DOM"],
        module: "NodeNext",
        moduleResolution: "NodeNext",
        strict: true,
        noEmit: true,
        resolveJsonModule: true,
        verbatimModuleSyntax: true,
        skipLibCheck: true,
        typeRoots: [path.join(REPO, "node_modules/@types")],
        types: ["node"],
        paths: pathsFromExports(),
      },
      files,
    };
    writeFileSync(path.join(dir, "tsconfig.json"), JSON.stringify(tsconfig, null, 2));
    // Errors in the examples only: the generator's sources they import are checked by the
    // repository's own tsc, under its options, and a user gets their declarations instead.
    const examplesDir = path.join(dir, "src") + path.sep;
    const result = typecheckConfig(path.join(dir, "tsconfig.json"), (file) => path.resolve(file.fileName).startsWith(examplesDir));
    // Point each error at its README line.
    const located = result.output.replace(/src\/readme-line-(\d+)\.ts\((\d+),(\d+)\)/g, (_, start, line, col) => {
      return `README.md:${Number(start) + Number(line)}:${col}`;
    });
    expect(located).toBe("");
    expect(result.ok).toBe(true);
  });

  it("documents every CLI command and option", () => {
    const program = new Command("hocon-api-codegen");
    registerHoconCommand(program);
    registerSchemaCommands(program);
    registerCodegenCommand(program);
    registerInitCommand(program);
    registerMockCommand(program);
    registerDocsCommand(program);
    expect(program.commands.length).toBeGreaterThan(0);
    for (const command of program.commands) {
      expect(README).toContain(`### \`${command.name()}`);
      for (const option of command.options) expect(README).toContain(`\`${option.flags}\``);
    }
  });
});
