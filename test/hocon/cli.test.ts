// `cli hocon FILE`: JSON on stdout and exit 0, or a compiler-style error on stderr and exit 1.
// The command runs in this process (its registration, as the CLI makes it), except where the
// process itself is the point: --version, which cli.ts handles, and files that are not
// regular files, which a regression would make block forever (a child is killed by its
// timeout; this process would hang).
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, truncateSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { registerHoconCommand } from "../../generator/hocon/command.js";
import { buildCli, CLI as cli } from "../package/helpers.js";
import { runCommand } from "../support/run-command.js";

const CORPUS = path.resolve(process.cwd(), "../shared/corpus/clearml-server");
const work = mkdtempSync(path.join(tmpdir(), "hocon-cli-"));

function run(...args: string[]) {
  // Bounded: an input that makes the CLI hang must fail the test, not stall it.
  return spawnSync(process.execPath, [cli, ...args], { encoding: "utf8", timeout: 20_000 });
}

// The CLI bundled from the current source, so the test never runs a stale dist/.
beforeAll(() => buildCli());

/** `hocon ...` in this process, as `status` for the tests' spawnSync-shaped checks. */
async function hocon(...args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  const { exitCode, stdout, stderr } = await runCommand(registerHoconCommand, ["hocon", ...args]);
  return { status: exitCode, stdout, stderr };
}

describe("cli", () => {
  it("prints the generator's version (package.json) with --version and -V", () => {
    const { version } = JSON.parse(readFileSync("package.json", "utf8")) as { version: string };
    for (const flag of ["--version", "-V"]) {
      const r = run(flag);
      expect(r.status, r.stderr).toBe(0);
      expect(r.stdout).toBe(version + "\n");
    }
  });
});

describe("cli hocon", () => {
  it("prints the resolved JSON with 2-space indent", async () => {
    const r = await hocon(path.join(CORPUS, "services", "tasks.conf"));
    expect(r.status).toBe(0);
    expect(r.stderr).toBe("");
    const expected = JSON.parse(readFileSync(path.join(CORPUS, "expected", "tasks.json"), "utf8"));
    expect(r.stdout).toBe(JSON.stringify(expected, null, 2) + "\n");
  });

  it("prints a located error without a stack trace and exits 1", async () => {
    const file = path.join(work, "bad.conf");
    writeFileSync(file, 'a {\n  b = "open\n}\n');
    const r = await hocon(file);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain(`${file}:2:7: error: unterminated string\n    b = "open\n        ^`);
    expect(r.stderr).not.toMatch(/\bat .*\.(m?js|ts):\d+/);
  });

  it("reports a missing file", async () => {
    const r = await hocon(path.join(work, "missing.conf"));
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("missing.conf:1:1: error: file not found");
  });

  it("resolves substitutions the file lacks from environment variables, unless --no-env", async () => {
    const file = path.join(work, "env.conf");
    writeFileSync(file, "home = ${?HOCON_TEST_VAR}\nhere = 1\nthere = ${here}\n");
    vi.stubEnv("HOCON_TEST_VAR", "from-env");
    vi.stubEnv("here", "not this");
    try {
      expect(JSON.parse((await hocon(file)).stdout)).toEqual({ home: "from-env", here: 1, there: 1 });
      expect(JSON.parse((await hocon("--dialect", "spec", file)).stdout)).toEqual({ home: "from-env", here: 1, there: 1 });
      expect(JSON.parse((await hocon("--no-env", file)).stdout)).toEqual({ here: 1, there: 1 });
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it("reads the pyhocon dialect by default, the spec's with --dialect spec", async () => {
    const file = path.join(work, "dialect.conf");
    writeFileSync(file, "a = [1]\na += [2]\nb = .5\n");
    expect(JSON.parse((await hocon(file)).stdout)).toEqual({ a: [1, 2], b: 0.5 });
    expect(JSON.parse((await hocon("--dialect", "pyhocon", file)).stdout)).toEqual({ a: [1, 2], b: 0.5 });
    expect(JSON.parse((await hocon("--dialect", "spec", file)).stdout)).toEqual({ a: [1, [2]], b: ".5" });
    const bad = await hocon("--dialect", "json", file);
    expect(bad.status).not.toBe(0);
    expect(bad.stderr).toContain("Allowed choices are pyhocon, spec");
  });

  it("prints integers beyond 2^53 exactly and keys that look like numbers in source order", async () => {
    const file = path.join(work, "exact.conf");
    writeFileSync(file, 'max = 9223372036854775807\nids { "2" = b, "1" = a, x = [18446744073709551615] }\n');
    const r = await hocon(file);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toBe(
      '{\n  "max": 9223372036854775807,\n  "ids": {\n    "2": "b",\n    "1": "a",\n    "x": [\n      18446744073709551615\n    ]\n  }\n}\n',
    );
  });

  it("has help text", async () => {
    const r = await hocon("--help");
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("Usage:");
    expect(r.stdout).toContain("<file>");
  });
});

describe("files that are not regular files, or too large", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "hocon-kinds-"));
  const fifo = path.join(dir, "pipe.conf");
  const socket = path.join(dir, "sock.conf");
  const huge = path.join(dir, "huge.conf");
  let server: Server;

  beforeAll(async () => {
    expect(spawnSync("mkfifo", [fifo]).status).toBe(0);
    mkdirSync(path.join(dir, "folder.conf"));
    truncateSync((writeFileSync(huge, ""), huge), 100 * 1024 * 1024); // sparse: no disk used
    server = createServer();
    await new Promise<void>((resolve) => server.listen(socket, resolve));
  });
  afterAll(() => server.close());

  it.each([
    ["/dev/zero", "a character device, not a regular file"],
    [fifo, "a FIFO, not a regular file"],
    [path.join(dir, "folder.conf"), "a folder, not a regular file"],
    [socket, "a socket, not a regular file"],
    [huge, "larger than 8 MiB, the limit for one file"],
  ])("include %s: an error located at the include, at once", (target, why) => {
    const file = path.join(dir, "main.conf");
    writeFileSync(file, `a = 1\ninclude file(${JSON.stringify(target)})\n`);
    const r = run("hocon", file);
    expect(r.error).toBeUndefined(); // not killed by the timeout
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`${file}:2:9: error: cannot read included file ${target} (${why})`);
    expect(r.stderr).not.toMatch(/\bat .*\.(m?js|ts):\d+/);
  });

  it("a FIFO named .conf in the schema folder, or given to hocon: an error, at once", () => {
    const schemas = mkdtempSync(path.join(tmpdir(), "hocon-kinds-schemas-"));
    const pipe = path.join(schemas, "tasks.conf");
    expect(spawnSync("mkfifo", [pipe]).status).toBe(0);
    for (const r of [run("lint", schemas), run("hocon", pipe)]) {
      expect(r.error).toBeUndefined();
      expect(r.status).toBe(1);
      // lint prints its findings on stdout, hocon its error on stderr.
      expect(r.stdout + r.stderr).toContain(`${pipe}:1:1: error: cannot read ${pipe} (a FIFO, not a regular file)`);
    }
  });
});
