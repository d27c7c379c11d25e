import { existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { OutputWriter, writeOutput } from "../../generator/emit/writer.js";

describe("output writer", async () => {
  it("rewrites only changed files, removes stale generated files, leaves unmanaged ones", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "writer-"));
    const files = new Map([
      ["package.json", "{}\n"],
      ["src/a.ts", "export const a = 1;\n"],
      ["src/old/b.ts", "export const b = 1;\n"],
    ]);
    expect((await writeOutput(dir, files)).written).toHaveLength(3);
    mkdirSync(path.join(dir, "node_modules"), { recursive: true });
    writeFileSync(path.join(dir, "node_modules", "keep.js"), "");
    const before = statSync(path.join(dir, "src/a.ts")).mtimeMs;
    files.delete("src/old/b.ts");
    files.set("package.json", '{ "name": "x" }\n');
    const second = await writeOutput(dir, files);
    expect(second.written).toEqual(["package.json"]);
    expect(second.unchanged).toEqual(["src/a.ts"]);
    expect(second.removed).toEqual(["src/old/b.ts"]);
    expect(existsSync(path.join(dir, "src/old"))).toBe(false);
    expect(statSync(path.join(dir, "src/a.ts")).mtimeMs).toBe(before);
    expect(existsSync(path.join(dir, "node_modules", "keep.js"))).toBe(true);
  });

  it("check mode writes nothing and lists stale, missing and extra files", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "writer-"));
    await writeOutput(dir, new Map([["src/a.ts", "1\n"], ["src/extra.ts", "2\n"]]));
    const result = await writeOutput(dir, new Map([["src/a.ts", "changed\n"], ["src/new.ts", "3\n"]]), { check: true });
    expect(result.differences).toEqual([
      { path: "src/a.ts", status: "stale" },
      { path: "src/extra.ts", status: "extra" },
      { path: "src/new.ts", status: "missing" },
    ]);
    expect(readFileSync(path.join(dir, "src/a.ts"), "utf8")).toBe("1\n");
    expect(existsSync(path.join(dir, "src/new.ts"))).toBe(false);
  });

  it("removes the build helper an earlier version wrote, and its folder once empty, but not a user's scripts", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "writer-"));
    mkdirSync(path.join(dir, "scripts"));
    writeFileSync(path.join(dir, "scripts", "copy-prebuilt.mjs"), "// old\n");
    writeFileSync(path.join(dir, "package.json"), "{}\n");
    const result = await writeOutput(dir, new Map([["package.json", "{}\n"]]));
    expect(result.removed).toEqual(["scripts/copy-prebuilt.mjs"]);
    expect(existsSync(path.join(dir, "scripts"))).toBe(false);

    mkdirSync(path.join(dir, "scripts"));
    writeFileSync(path.join(dir, "scripts", "copy-prebuilt.mjs"), "// old\n");
    writeFileSync(path.join(dir, "scripts", "release.sh"), "echo mine\n");
    expect((await writeOutput(dir, new Map([["package.json", "{}\n"]]))).removed).toEqual(["scripts/copy-prebuilt.mjs"]);
    expect(existsSync(path.join(dir, "scripts", "release.sh"))).toBe(true);
  });

  it("refuses paths outside the output folder", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "writer-"));
    await expect(writeOutput(dir, new Map([["../evil.ts", ""]]))).rejects.toThrow(/outside/);
  });

  it("writes files as they are added and reports a failed write from finish, not as an unhandled rejection", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "writer-"));
    const writer = new OutputWriter(dir);
    writer.add("src/a.ts", "a\n");
    // A folder where the file should go: the write fails (EISDIR).
    mkdirSync(path.join(dir, "src", "b.ts"), { recursive: true });
    writer.add("src/b.ts", "b\n");
    writer.add("src/c.ts", "c\n");
    // Let every write settle before finish() is called: a rejection must already be handled.
    await new Promise((resolve) => setTimeout(resolve, 50));
    await expect(writer.finish(new Set(["src/a.ts", "src/b.ts", "src/c.ts"]))).rejects.toThrow(/EISDIR/);
    expect(readFileSync(path.join(dir, "src/c.ts"), "utf8")).toBe("c\n");
  });
});
