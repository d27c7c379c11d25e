// `diff git:<ref>` from the bundled CLI (dist/cli.cjs), where node:child_process is a
// lazy proxy (scripts/build.mjs).
import { describe, expect, it } from "vitest";
import type { DiffFinding } from "../../generator/diff/index.js";
import { repo } from "../diff/git-repo.js";
import { buildCli, CLI, run } from "./helpers.js";

describe("diff from the bundled CLI", () => {
  it("works from the bundled CLI, where node:child_process is loaded lazily", async () => {
    const root = repo();
    await buildCli();
    const result = await run(process.execPath, [CLI, "diff", "git:HEAD~1", "--format", "json", "--fail-on", "breaking"], { cwd: root });
    expect(result.stderr).toBe("");
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout).findings.map((f: DiffFinding) => `${f.rule} ${f.path}`)).toEqual(["request-property-added request.tag", "response-property-removed item.size"]);
  }, 60_000);
});
