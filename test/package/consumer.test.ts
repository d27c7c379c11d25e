// The generated package as a user gets it: packed with npm pack as committed (JavaScript
// plus declarations, no build step), installed from the tarball into a fresh consumer
// project, which type-checks a small program against it (test/package/consumer/) and runs
// it against the test server: key/secret login, list vaults, create one, list again, and
// one API error. The consumer's tsconfig uses skipLibCheck like most projects: checking
// zod's own declarations would take ~20 s and test zod, not this package.
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../server/index.js";
import { BIN, copyGeneratedPackage, REPO, removeDir, run, runOk, tempDir } from "./helpers.js";

const FIXTURE = path.join(import.meta.dirname, "consumer");
const NPM_FLAGS = ["--prefer-offline", "--no-audit", "--no-fund", "--loglevel=error"];

// The repository's tools come after the package's own node_modules/.bin (npm puts that first).
const env = { ...process.env, PATH: `${process.env.PATH ?? ""}${path.delimiter}${BIN}` };

let work: string;
let server: TestServer;
let packageName: string;
let packed: { filename: string; files: { path: string }[] };

beforeAll(async () => {
  work = tempDir("consumer-package");
  const pkgDir = path.join(work, "package");
  copyGeneratedPackage(pkgDir);
  const manifest = JSON.parse(readFileSync(path.join(pkgDir, "package.json"), "utf8"));
  packageName = manifest.name;
  // No install and no build: the committed files are what is published.
  const pack = await runOk("npm", ["pack", "--json", "--pack-destination", work, "--loglevel=error"], { cwd: pkgDir, env });
  packed = JSON.parse(pack.stdout)[0];
  server = await startTestServer();
}, 180_000);

afterAll(async () => {
  await server?.close();
  removeDir(work);
});

describe("the packed package", () => {
  it("holds the JavaScript, declarations and OpenAPI documents, nothing else", () => {
    const files = packed.files.map((f) => f.path);
    for (const f of ["package.json", "README.md", "openapi.json", "openapi.yaml", "zod-types.d.ts", "src/index.js", "src/index.d.ts", "src/zod/index.js", "src/runtime/index.js"]) {
      expect(files).toContain(f);
    }
    const expected = /^(package\.json|README\.md|openapi\.(json|yaml)|zod-types\.d\.ts|src\/.*\.(js|d\.ts))$/;
    expect(files.filter((f) => !expected.test(f))).toEqual([]);
  });

  const consumer = (): string => path.join(work, "consumer");

  it("is installed and type-checked by a consumer project", async () => {
    const consumerDir = consumer();
    mkdirSync(path.join(consumerDir, "src"), { recursive: true });
    copyFileSync(path.join(FIXTURE, "main.ts.txt"), path.join(consumerDir, "src/main.ts"));
    copyFileSync(path.join(FIXTURE, "tsconfig.json"), path.join(consumerDir, "tsconfig.json"));
    const repoPkg = JSON.parse(readFileSync(path.join(REPO, "package.json"), "utf8"));
    writeFileSync(
      path.join(consumerDir, "package.json"),
      JSON.stringify({ name: "consumer", private: true, type: "module", devDependencies: { "@types/node": repoPkg.devDependencies["@types/node"] } }, null, 2),
    );
    await runOk("npm", ["install", path.join(work, packed.filename), ...NPM_FLAGS], { cwd: consumerDir, env });

    // zod is the package's only runtime dependency: nothing of the generator came along.
    const installedDir = path.join(consumerDir, "node_modules", packageName);
    const installed = JSON.parse(readFileSync(path.join(installedDir, "package.json"), "utf8"));
    expect(Object.keys(installed.dependencies ?? {})).toEqual(["zod"]);
    expect(bareImports(path.join(installedDir, "src"))).toEqual(["zod"]);

    await runOk(path.join(BIN, "tsc"), ["-p", "tsconfig.json"], { cwd: consumerDir });
  });

  it.each(["off", "on"])("runs against the test server, validation %s", async (validate) => {
    const admin = server.users.admin;
    const result = await run(process.execPath, ["--no-warnings", "dist/main.js"], {
      cwd: consumer(),
      env: {
        VALIDATE: validate,
        PATH: process.env.PATH,
        API_URL: server.url,
        API_ACCESS_KEY: admin.accessKey,
        API_SECRET_KEY: admin.secretKey,
        API_GROUP: server.allUsersGroup,
      },
      timeoutMs: 30_000,
    });
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const out = JSON.parse(result.stdout);

    const stored = server.store.vaults.get(out.created);
    expect(stored).toBeDefined();
    expect(out.isNew).toBe(true);
    expect(out.before).not.toContain(out.created);
    expect(out.after).toContain(out.created);
    expect(out.failure).toEqual({ status: 400, code: 400, subcode: 10 });
    expect(out.refusedLocally).toBe(validate === "on");
    expect(out.openapi).toBe(JSON.parse(readFileSync(path.join(REPO, "generated/openapi.json"), "utf8")).openapi);
    expect(out.openapiYaml).toBe(readFileSync(path.join(REPO, "generated/openapi.yaml"), "utf8"));
    expect(server.controls.loginCount()).toBeGreaterThanOrEqual(1);
    // The secret never reaches the program's output.
    expect(result.stdout).not.toContain(admin.secretKey);
  });
});

/** Every package the built JavaScript imports (relative imports aside), sorted. */
function bareImports(dir: string): string[] {
  const found = new Set<string>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith(".js")) continue;
    const text = readFileSync(path.join(entry.parentPath, entry.name), "utf8");
    for (const m of text.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)["']([^"']+)["']/g)) {
      if (!m[1].startsWith(".")) found.add(m[1]);
    }
  }
  return [...found].sort();
}
