// The generator as another project gets it: packed with `npm pack` (which builds the CLI,
// the API, the compiled runtime and the declarations), installed from the tarball into a
// fresh project under the system's temp folder, where nothing of this repository can be
// resolved. There: `init`, `codegen` through the config file, `codegen --check`, `lint`,
// and a program (installed/main.ts.txt) type-checked and run against the output and the
// API. Dependencies come from npm's cache (--prefer-offline; CI's `npm ci` fills it):
// nothing is linked from this repository's node_modules. The consumer's tsc is this
// repository's: the project under test never needs TypeScript itself.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { typecheckConfig } from "../support/typecheck.js";
import { BIN, REPO, removeDir, run, runOk, tempDir } from "./helpers.js";

const NPM_FLAGS = ["--prefer-offline", "--no-audit", "--no-fund", "--loglevel=error"];
const FIXTURE = path.join(import.meta.dirname, "installed");
// The project's own bin folder only: no tool of this repository on the PATH.
const env = { ...process.env, NODE_PATH: "" };

let work: string;
let project: string;
let packed: { filename: string; files: { path: string }[] };

beforeAll(async () => {
  work = tempDir("installed-generator");
  const pack = await runOk("npm", ["pack", "--json", "--pack-destination", work, "--loglevel=error"], { cwd: REPO, timeoutMs: 300_000 });
  packed = JSON.parse(pack.stdout.slice(pack.stdout.indexOf("[")))[0];
  project = path.join(work, "consumer-app");
  mkdirSync(project);
  const repoPkg = JSON.parse(readFileSync(path.join(REPO, "package.json"), "utf8"));
  writeFileSync(
    path.join(project, "package.json"),
    JSON.stringify({ name: "consumer-app", private: true, type: "module", devDependencies: { "@types/node": repoPkg.devDependencies["@types/node"] } }, null, 2) + "\n",
  );
  await runOk("npm", ["install", "--save-dev", path.join(work, packed.filename), ...NPM_FLAGS], { cwd: project, env, timeoutMs: 300_000 });
  // The schema folder: this repository's own, copied as a user's would be.
  cpSync(path.join(REPO, "schemas"), path.join(project, "schemas"), { recursive: true });
}, 600_000);

afterAll(() => removeDir(work));

/** The command npm linked into the project's bin folder (what npx would run, without npm's start-up). */
const cli = (args: string[]) => run(path.join(project, "node_modules/.bin/hocon-api-codegen"), args, { cwd: project, env, timeoutMs: 120_000 });

describe("the packed generator", () => {
  it("holds the bundled CLI and API, the compiled runtime and the declarations; nothing else", () => {
    const files = packed.files.map((f) => f.path);
    for (const f of ["package.json", "README.md", "dist/cli.cjs", "dist/cli-codegen.cjs", "dist/cli-pipeline.cjs", "dist/api.js", "dist/types/generator/api.d.ts", "dist/runtime/.build.json", "dist/runtime/index.js", "dist/runtime/index.d.ts"]) {
      expect(files).toContain(f);
    }
    for (const f of ["dist/docs-renderer/redoc.standalone.js", "dist/docs-renderer/redoc.standalone.js.LICENSE.txt"]) expect(files).toContain(f);
    const allowed = /^(package\.json|README\.md|dist\/(cli(-[a-z]+)?\.cjs|api\.js)|dist\/runtime\/(\.build\.json|.*\.(js|d\.ts))|dist\/types\/.*\.d\.ts|dist\/docs-renderer\/redoc\.standalone\.js(\.LICENSE\.txt)?)$/;
    expect(files.filter((f) => !allowed.test(f))).toEqual([]);
  });

  it("installs only its run-time dependencies: no compiler, no bundler", () => {
    const installed = JSON.parse(readFileSync(path.join(project, "node_modules/hocon-api-codegen/package.json"), "utf8"));
    expect(Object.keys(installed.dependencies).sort()).toEqual(["@faker-js/faker", "jiti", "zod"]);
    expect(installed.devDependencies).toBeDefined();
    for (const tool of ["typescript", "esbuild", "prettier", "commander"]) expect(existsSync(path.join(project, "node_modules", tool))).toBe(false);
  });

  it("runs init, codegen, codegen --check and lint in the project, and a program type-checks and runs against the output", async () => {
    const init = await cli(["init"]);
    expect(init.stderr).toBe("");
    expect(init.code).toBe(0);
    const config = readFileSync(path.join(project, "hocon-api-codegen.config.ts"), "utf8");
    expect(config).toContain('from "hocon-api-codegen"');
    const manifest = JSON.parse(readFileSync(path.join(project, "package.json"), "utf8"));
    expect(manifest.scripts.codegen).toBe("hocon-api-codegen codegen");

    // A second init overwrites nothing.
    writeFileSync(path.join(project, "hocon-api-codegen.config.ts"), config.replace('name: "consumer-app-api-client"', 'name: "consumer-app-api-client", apiVersion: "2.26"'));
    const again = await cli(["init"]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain("hocon-api-codegen.config.ts: error: a config file exists already");
    expect(readFileSync(path.join(project, "hocon-api-codegen.config.ts"), "utf8")).toContain('apiVersion: "2.26"');

    // The script init wrote, as npm runs it (the command from the project's bin folder), without npm's start-up.
    const [scriptBin, ...scriptArgs] = manifest.scripts.codegen.split(" ");
    const generated = await run(path.join(project, "node_modules/.bin", scriptBin), scriptArgs, { cwd: project, env, timeoutMs: 120_000 });
    expect(generated.stderr).not.toMatch(/error|internal/);
    expect(generated.code).toBe(0);
    expect(generated.stdout).toMatch(/codegen: \d+ written, 0 unchanged, 0 removed -> api-client/);
    expect(JSON.parse(readFileSync(path.join(project, "api-client/package.json"), "utf8")).name).toBe("consumer-app-api-client");
    expect(readFileSync(path.join(project, "api-client/openapi.json"), "utf8")).toContain('"version": "2.26"');

    const check = await cli(["codegen", "--check"]);
    expect(check.code).toBe(0);
    expect(check.stdout).toMatch(/codegen --check: \d+ files up to date/);

    const lint = await cli(["lint", "schemas"]);
    expect(lint.code).toBe(0);
    expect(lint.stdout).toMatch(/0 errors/);

    // The docs site, rendered by the bundle the package ships (redoc is not installed).
    const docs = await cli(["docs", "--out", "site"]);
    expect(docs.stderr).toBe("");
    expect(docs.code).toBe(0);
    expect(existsSync(path.join(project, "node_modules/redoc"))).toBe(false);
    expect(readFileSync(path.join(project, "site/redoc.standalone.js"), "utf8")).not.toContain("cdn.redoc.ly");
    expect(readFileSync(path.join(project, "site/index.html"), "utf8")).toContain("v2.31.html");

    // The output as `npm install ./api-client` installs a folder (a link; its one dependency,
    // zod, is the generator's, installed already), without npm's start-up and resolution.
    expect(Object.keys(JSON.parse(readFileSync(path.join(project, "api-client/package.json"), "utf8")).dependencies)).toEqual(["zod"]);
    symlinkSync("../api-client", path.join(project, "node_modules/consumer-app-api-client"), "dir");
    mkdirSync(path.join(project, "src"));
    cpSync(path.join(FIXTURE, "main.ts.txt"), path.join(project, "src/main.ts"));
    cpSync(path.join(REPO, "test/package/consumer/tsconfig.json"), path.join(project, "tsconfig.json"));
    const tsc = await run(path.join(BIN, "tsc"), ["-p", "tsconfig.json", "--pretty", "false"], { cwd: project, env });
    expect(tsc.stdout).toBe("");
    expect(tsc.code).toBe(0);

    // The declarations themselves, fully checked (the program's tsconfig skips library files,
    // as most projects do): the package's own, not those of its dependencies or of Node.
    const declarations = { compilerOptions: { target: "ES2022", lib: ["ES2023"], module: "NodeNext", moduleResolution: "NodeNext", strict: true, noEmit: true, skipLibCheck: false, types: ["node"] }, files: ["node_modules/hocon-api-codegen/dist/types/generator/api.d.ts"] };
    writeFileSync(path.join(project, "tsconfig.declarations.json"), JSON.stringify(declarations));
    const ownDeclarations = path.join(project, "node_modules/hocon-api-codegen") + path.sep;
    const dts = typecheckConfig(path.join(project, "tsconfig.declarations.json"), (file) => path.resolve(file.fileName).startsWith(ownDeclarations));
    expect(dts.output).toBe("");
    expect(dts.ok).toBe(true);

    const program = await run(process.execPath, ["dist/main.js"], { cwd: project, env, timeoutMs: 60_000 });
    expect(program.stderr).toBe("");
    expect(program.code).toBe(0);
    const out = JSON.parse(program.stdout);
    expect(out.files).toBe(readdirSync(path.join(project, "api-client"), { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && !e.parentPath.includes("node_modules")).length - 1);
    expect(out.label).toBe('job 1 ("consumer-app-api-client")');
    expect(out.differing).toEqual([]);
    expect(out.refused).toContain('<generate options>: error: job 1 ("Not A Package"): key "name"');
    expect(existsSync(path.join(project, "elsewhere"))).toBe(false);
    expect(out.stopped).toBeNull();
    expect(out.lintErrors).toBe(0);
    expect(out.parsed).toEqual({ a: { b: 1 }, c: 1 });
    expect(out.name).toBe("Ada");
    expect(out.requests).toEqual(["http://api.invalid/users.get_current_user"]);
    expect([out.mockName, out.madeUp]).toEqual(["Grace", "object"]);
    // Several npm and tsc runs in a row: minutes on a loaded 2-core machine.
  }, 600_000);
});
