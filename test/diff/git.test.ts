// `git:<ref>` in a temporary repository: the folder as committed, includes read from the
// same commit (even outside the folder), the work tree and index left alone, and a ref
// that does not exist reported clearly.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { diff, type DiffFinding } from "../../generator/diff/index.js";
import { BASE_FIELDS, defs, git, repo, service } from "./git-repo.js";

const rules = (findings: readonly DiffFinding[]): string[] => findings.map((f) => `${f.rule} ${f.path}`);

describe("diff with git:<ref>", () => {
  it("diffs git:HEAD~1 against the work tree, includes outside the folder read from the commit", () => {
    const root = repo();
    const status = git(root, "status", "--porcelain");
    const result = diff({ base: "git:HEAD~1", cwd: root });
    expect(result.errors).toEqual([]);
    expect(rules(result.findings)).toEqual(["request-property-added request.tag", "response-property-removed item.size"]);
    const removed = result.findings[1];
    const committed = defs(BASE_FIELDS).split("\n");
    const line = committed.findIndex((l) => l.includes("size {"));
    expect(removed.base).toEqual({ file: "HEAD~1:shared/defs.conf", line: line + 1, column: committed[line].indexOf("size {") + 1 });
    expect(removed.head?.file).toBe(path.join(root, "shared", "defs.conf"));
    // The printed line comes from the committed text.
    expect(result.sources.get("HEAD~1:shared/defs.conf")).toContain("size { type: integer }");
    expect(git(root, "status", "--porcelain")).toBe(status);
  });

  it("diffs two refs without reading the work tree", () => {
    const root = repo();
    const result = diff({ base: "git:HEAD~1", head: "git:HEAD", cwd: root });
    expect(rules(result.findings)).toEqual(["request-property-added request.tag"]);
    expect(result.findings[0].head?.file).toBe("HEAD:schemas/svc.conf");
  });

  it("reports a ref that does not exist as an error, not a crash", () => {
    const root = repo();
    for (const ref of ["no-such-branch", "--output=/tmp/x"]) {
      const result = diff({ base: `git:${ref}`, cwd: root });
      expect(result.findings).toEqual([]);
      expect(result.errors).toHaveLength(1);
      expect(result.errors[0]).toMatchObject({ code: "diff/bad-git-ref", location: { file: `git:${ref}`, line: 1, column: 1 } });
      expect(result.errors[0].message).toContain(`git:${ref}: no such commit, branch or tag`);
    }
  });

  it("reports a folder that did not exist at the ref", () => {
    const root = repo();
    mkdirSync(path.join(root, "later"));
    writeFileSync(path.join(root, "later", "svc.conf"), service("new", ""));
    const result = diff({ base: "git:HEAD~1", head: "later", cwd: root });
    expect(result.errors.map((e) => e.message)).toEqual(["git:HEAD~1: later holds no files at HEAD~1"]);
  });

  it("refuses a committed .conf file larger than the loader's limit instead of leaving its service out", () => {
    const root = repo();
    writeFileSync(path.join(root, "schemas", "huge.conf"), `_description: "${"x".repeat(8 * 1024 * 1024)}"\n`);
    git(root, "add", "-A");
    git(root, "commit", "-qm", "huge");
    const result = diff({ base: "git:HEAD", head: "git:HEAD~1", cwd: root });
    expect(result.errors.map((e) => e.message)).toEqual(["git:HEAD: schemas/huge.conf is larger than 8 MiB, the limit for one file"]);
  });

});
