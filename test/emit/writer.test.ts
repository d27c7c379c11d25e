import { existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { writeOutput } from "../../generator/emit/writer.js";

describe("output writer", () => {
  it("rewrites only changed files, removes stale generated files, leaves unmanaged ones", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "writer-"));
    const files = new Map([
      ["package.json", "{}\n"],
      ["src/a.ts", "export const a = 1;\n"],
      ["src/old/b.ts", "export const b = 1;\n"],
    ]);
    expect(writeOutput(dir, files).written).toHaveLength(3);
    mkdirSync(path.join(dir, "node_modules"), { recursive: true });
    writeFileSync(path.join(dir, "node_modules", "keep.js"), "");
    const before = statSync(path.join(dir, "src/a.ts")).mtimeMs;
    files.delete("src/old/b.ts");
    files.set("package.json", '{ "name": "x" }\n');
    const second = writeOutput(dir, files);
    expect(second.written).toEqual(["package.json"]);
    expect(second.unchanged).toEqual(["src/a.ts"]);
    expect(second.removed).toEqual(["src/old/b.ts"]);
    expect(existsSync(path.join(dir, "src/old"))).toBe(false);
    expect(statSync(path.join(dir, "src/a.ts")).mtimeMs).toBe(before);
    expect(existsSync(path.join(dir, "node_modules", "keep.js"))).toBe(true);
  });

  it("check mode writes nothing and lists stale, missing and extra files", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "writer-"));
    writeOutput(dir, new Map([["src/a.ts", "1\n"], ["src/extra.ts", "2\n"]]));
    const result = writeOutput(dir, new Map([["src/a.ts", "changed\n"], ["src/new.ts", "3\n"]]), { check: true });
    expect(result.differences).toEqual([
      { path: "src/a.ts", status: "stale" },
      { path: "src/extra.ts", status: "extra" },
      { path: "src/new.ts", status: "missing" },
    ]);
    expect(readFileSync(path.join(dir, "src/a.ts"), "utf8")).toBe("1\n");
    expect(existsSync(path.join(dir, "src/new.ts"))).toBe(false);
  });

  it("removes the build helper an earlier version wrote, and its folder once empty, but not a user's scripts", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "writer-"));
    mkdirSync(path.join(dir, "scripts"));
    writeFileSync(path.join(dir, "scripts", "copy-prebuilt.mjs"), "// old\n");
    writeFileSync(path.join(dir, "package.json"), "{}\n");
    const result = writeOutput(dir, new Map([["package.json", "{}\n"]]));
    expect(result.removed).toEqual(["scripts/copy-prebuilt.mjs"]);
    expect(existsSync(path.join(dir, "scripts"))).toBe(false);

    mkdirSync(path.join(dir, "scripts"));
    writeFileSync(path.join(dir, "scripts", "copy-prebuilt.mjs"), "// old\n");
    writeFileSync(path.join(dir, "scripts", "release.sh"), "echo mine\n");
    expect(writeOutput(dir, new Map([["package.json", "{}\n"]])).removed).toEqual(["scripts/copy-prebuilt.mjs"]);
    expect(existsSync(path.join(dir, "scripts", "release.sh"))).toBe(true);
  });

  it("refuses paths outside the output folder", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "writer-"));
    expect(() => writeOutput(dir, new Map([["../evil.ts", ""]]))).toThrow(/outside/);
  });
});
