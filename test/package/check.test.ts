// `codegen --check` on a copy of schemas/ and generated/: up to date when untouched; after
// one description changes it writes nothing, exits 1 and names exactly the files that a
// real `codegen` run would rewrite. And `--help` works for every command. codegen runs in
// this process, as the CLI registers it, from the project's folder; --help through the
// bundled CLI, whose program lists the commands.
import { cpSync, mkdirSync, readFileSync, realpathSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { registerCodegenCommand } from "../../generator/emit/command.js";
import { runCommand } from "../support/run-command.js";
import { buildCli, changedPaths, CLI, copyGeneratedPackage, hashTree, REPO, removeDir, run, tempDir, type RunResult } from "./helpers.js";

let work: string;

beforeAll(async () => {
  await buildCli();
  work = tempDir("codegen-check");
});

afterAll(() => removeDir(work));

/** A fresh copy of schemas/ and generated/ under `work/name`. */
function copyProject(name: string): string {
  const root = path.join(work, name);
  cpSync(path.join(REPO, "schemas"), path.join(root, "schemas"), { recursive: true });
  copyGeneratedPackage(path.join(root, "generated"));
  return root;
}

/** `codegen ...` in this process, run from `cwd` (its flags are relative to it, and it looks for a config file there). */
async function codegenIn(cwd: string, args: readonly string[]): Promise<RunResult> {
  const before = process.cwd();
  process.chdir(cwd);
  try {
    const r = await runCommand(registerCodegenCommand, ["codegen", ...args]);
    return { code: r.exitCode, stdout: r.stdout, stderr: r.stderr };
  } finally {
    process.chdir(before);
  }
}

function codegen(root: string, ...extra: string[]) {
  return codegenIn(root, ["--schemas", "schemas", "--out", "generated", ...extra]);
}

/** Rewrites the first description of `file` (a quoted one-line string). */
function changeOneDescription(file: string): void {
  const text = readFileSync(file, "utf8");
  const match = /description: "([^"\n]+)"/.exec(text);
  if (!match) throw new Error(`no one-line description in ${file}`);
  const changed = match[0].replace(match[1], `${match[1]} (changed by the check test)`);
  writeFileSync(file, text.slice(0, match.index) + changed + text.slice(match.index + match[0].length));
}

describe("codegen --check", () => {
  it("passes on an unchanged copy and writes nothing", async () => {
    const root = copyProject("unchanged");
    const before = hashTree(path.join(root, "generated"));
    const result = await codegen(root, "--check");
    expect(result.stderr, "the committed generated/ is out of date: run `npm run codegen`").toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^codegen --check: \d+ files up to date/);
    expect(changedPaths(before, hashTree(path.join(root, "generated")))).toEqual([]);
  });

  it("fails after one description changes, naming every file codegen would rewrite", async () => {
    const root = copyProject("stale");
    // Start up to date, so only the description's effect is measured (the test above
    // covers the committed copy).
    expect((await codegen(root)).code).toBe(0);
    changeOneDescription(path.join(root, "schemas/users.conf"));
    const committed = hashTree(path.join(root, "generated"));

    const check = await codegen(root, "--check");
    expect(check.code).toBe(1);
    expect(changedPaths(committed, hashTree(path.join(root, "generated")))).toEqual([]);

    // The ground truth: what a real run rewrites in the same copy.
    const write = await codegen(root);
    expect(write.code).toBe(0);
    const rewritten = changedPaths(committed, hashTree(path.join(root, "generated")));
    expect(rewritten).toContain("openapi.json");

    const named = check.stderr
      .split("\n")
      .map((line) => /^generated\/(\S+) is out of date$/.exec(line)?.[1])
      .filter((p): p is string => p !== undefined)
      .sort();
    expect(named).toEqual(rewritten);
    expect(check.stderr).toContain(`codegen --check: ${rewritten.length} file(s) differ; run codegen`);

    // After the rewrite the copy is up to date again.
    expect((await codegen(root, "--check")).code).toBe(0);
  });

  it("names a generated file that was deleted or added by hand", async () => {
    const root = copyProject("edited");
    const gen = path.join(root, "generated");
    writeFileSync(path.join(gen, "src/extra.ts"), "export const extra = 1;\n");
    const readme = path.join(gen, "README.md");
    writeFileSync(readme, readFileSync(readme, "utf8") + "hand edit\n");
    const check = await codegen(root, "--check");
    expect(check.code).toBe(1);
    expect(check.stderr).toContain("generated/src/extra.ts should not exist");
    expect(check.stderr).toContain("generated/README.md is out of date");
  });
});

describe("codegen --out", () => {
  it.each([["."], ["x/.."], ["absent/.."]])("refuses %s inside a project: exit 1, names the folder and what is in the way, changes nothing", async (out) => {
    const root = path.join(work, `project-${out.replace(/\W/g, "_")}`);
    cpSync(path.join(REPO, "schemas"), path.join(root, "schemas"), { recursive: true });
    mkdirSync(path.join(root, "src"));
    mkdirSync(path.join(root, "x"));
    writeFileSync(path.join(root, "src", "main.ts"), "export const mine = 1;\n");
    writeFileSync(path.join(root, "package.json"), '{ "name": "my-project" }\n');
    writeFileSync(path.join(root, "README.md"), "# my project\n");
    writeFileSync(path.join(root, "tsconfig.json"), "{}\n");
    const before = hashTree(root);
    for (const extra of [[], ["--check"]]) {
      const result = await codegenIn(root, ["--schemas", "schemas", "--out", out, ...extra]);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain(`${out} (${realpathSync(root)}): error: `);
      expect(result.stderr).toContain("README.md, package.json, schemas/, src/, tsconfig.json, x/");
      expect(result.stderr).not.toMatch(/\n\s+at /); // no stack
      expect(changedPaths(before, hashTree(root))).toEqual([]);
    }
  });
});

describe("--help", () => {
  it("lists every command", async () => {
    const result = await run(process.execPath, [CLI, "--help"]);
    expect(result.code).toBe(0);
    for (const command of ["hocon", "lint", "inspect", "codegen", "diff"]) expect(result.stdout).toMatch(new RegExp(`^\\s+${command}\\b`, "m"));
  });

  it.each([
    ["hocon", ["<file>", "--no-env", "--dialect <dialect>"]],
    ["lint", ["[dir]", "--dialect <dialect>"]],
    ["inspect", ["[dir]", "--dialect <dialect>"]],
    ["codegen", ["--schemas <dir>", "--out <dir>", "--api-version <version>", "--include-internal", "--check", "--dialect <dialect>"]],
    ["diff", ["<base>", "[head]", "--schemas <dir>", "--format <format>", "--fail-on <severity>", "--hide-docs", "--severity <rule=severity>", "--dialect <dialect>"]],
  ])("%s --help describes its arguments and options", async (command, expected) => {
    const result = await run(process.execPath, [CLI, command, "--help"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`Usage: hocon-api-codegen ${command}`);
    for (const text of expected) expect(result.stdout).toContain(text);
  });
});
