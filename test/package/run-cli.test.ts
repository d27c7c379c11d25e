// scripts/run-cli.mjs, what `npm run cli` and `npm run codegen` run: the CLI built if
// stale, then run in the same process with the command line as given, its exit code kept.
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { removeDir, REPO, tempDir } from "./helpers.js";

function runCli(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [path.join(REPO, "scripts", "run-cli.mjs"), ...args], { encoding: "utf8" });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("scripts/run-cli.mjs", () => {
  it("passes the command line through: --version", () => {
    const { version } = JSON.parse(readFileSync(path.join(REPO, "package.json"), "utf8")) as { version: string };
    expect(runCli("--version")).toEqual({ code: 0, stdout: version + "\n", stderr: "" });
  });

  it("keeps the CLI's exit code and located errors", () => {
    const dir = tempDir("run-cli");
    try {
      writeFileSync(path.join(dir, "svc.conf"), "broken {\n");
      const r = runCli("lint", dir);
      expect(r.code).toBe(1);
      expect(r.stdout + r.stderr).toMatch(/svc\.conf:\d+:\d+: error: /);
    } finally {
      removeDir(dir);
    }
  });
});
