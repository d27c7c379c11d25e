// `hocon-api-codegen mock` as a user runs it: the built CLI (a vm.Script, so every lazy
// import goes through the launcher) serves a schema folder with a fixtures module until
// it is stopped, and refuses what it cannot serve with a message and exit 1.
import { spawn } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildCli, CLI, REPO, removeDir, run, tempDir } from "./helpers.js";

let dir: string | undefined;

beforeAll(async () => {
  await buildCli();
  dir = tempDir("mock-cli");
});

afterAll(() => removeDir(dir));

describe("hocon-api-codegen mock", () => {
  it("leaves faker out of the CLI's bundles: the mock's imports it when a mock starts, so other commands never load it", () => {
    const main = readFileSync(CLI, "utf8");
    const mock = readFileSync(path.join(path.dirname(CLI), "cli-mock.cjs"), "utf8");
    for (const bundle of [main, mock]) {
      expect(bundle).not.toContain("node_modules/@faker-js/");
      expect(bundle).not.toMatch(/require\("@faker-js/);
    }
    expect(main).not.toContain("@faker-js/");
    expect(mock).toContain('"@faker-js/faker/locale/en"');
  });

  it("serves the schemas with the fixtures until SIGTERM, then exits 0", async () => {
    const fixtures = path.join(dir!, "fixtures.mjs");
    writeFileSync(fixtures, 'export default { "users.get_all": (call) => ({ users: [{ id: call.version, name: "from a module" }] }) };\n');
    const child = spawn(process.execPath, [CLI, "mock", "--schemas", path.join(REPO, "schemas"), "--port", "0", "--seed", "9", "--fixtures", fixtures], { cwd: dir });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
    const url = await new Promise<string>((resolve, reject) => {
      let out = "";
      child.stdout.on("data", (chunk: Buffer) => {
        out += chunk.toString();
        const m = /at (http:\/\/127\.0\.0\.1:\d+) /.exec(out);
        if (m) resolve(m[1]);
      });
      void exited.then(() => reject(new Error(`the mock exited early:\n${out}\n${stderr}`)));
    });
    const post = async (route: string, headers: Record<string, string>) =>
      (await (await fetch(`${url}/${route}`, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: "{}" })).json()) as { data: Record<string, unknown> };
    const login = await post("auth.login", { authorization: `Basic ${Buffer.from("any:thing").toString("base64")}` });
    const users = await post("v2.3/users.get_all", { authorization: `Bearer ${login.data.token as string}` });
    expect(users.data).toEqual({ users: [{ id: "2.1", name: "from a module" }] });
    child.kill("SIGTERM");
    expect(await exited).toBe(0);
    expect(stderr).toBe("");
  });

  it("refuses a port that is not a number and a fixtures file that is not an object", async () => {
    const badPort = await run(process.execPath, [CLI, "mock", "--schemas", path.join(REPO, "schemas"), "--port", "http"]);
    expect([badPort.code, badPort.stderr]).toEqual([1, 'mock: error: --port "http" is not a port number (0-65535)\n']);
    const list = path.join(dir!, "list.json");
    writeFileSync(list, "[]");
    const badFixtures = await run(process.execPath, [CLI, "mock", "--schemas", path.join(REPO, "schemas"), "--fixtures", list]);
    expect([badFixtures.code, badFixtures.stderr]).toEqual([1, `mock: error: ${list}: expected an object of answers by endpoint name\n`]);
  });
});
