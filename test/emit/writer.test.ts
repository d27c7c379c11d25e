import { existsSync, mkdirSync, mkdtempSync, linkSync, readdirSync, readFileSync, readlinkSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { MANIFEST_FILE } from "../../generator/emit/manifest.js";
import { OutputFolderError } from "../../generator/emit/output-folder.js";
import { writeOutput } from "../../generator/emit/writer.js";

/** Every entry under `dir` (links not followed) -> its content or link target. */
function tree(dir: string, rel = "", out: Record<string, string> = {}): Record<string, string> {
  for (const entry of readdirSync(path.join(dir, rel), { withFileTypes: true })) {
    const relPath = path.join(rel, entry.name);
    const full = path.join(dir, relPath);
    if (entry.isSymbolicLink()) out[relPath] = `-> ${readlinkSync(full)}`;
    else if (entry.isDirectory()) tree(dir, relPath, out);
    else out[relPath] = readFileSync(full, "utf8");
  }
  return out;
}

function errorOf(action: () => unknown): string {
  try {
    action();
  } catch (err) {
    expect(err).toBeInstanceOf(OutputFolderError);
    return (err as Error).message;
  }
  throw new Error("no error");
}

describe("output writer", () => {
  it("trusts a file the caller saw only while its size and modification time are the ones it saw", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "writer-"));
    const files = new Map([["src/a.ts", "export const a = 1;\n"]]);
    writeOutput(dir, files);
    const seen = (): Map<string, { text: string; size: number; mtimeMs: number }> => {
      const st = statSync(path.join(dir, "src/a.ts"));
      return new Map([["src/a.ts", { text: "export const a = 1;\n", size: st.size, mtimeMs: st.mtimeMs }]]);
    };
    const known = seen();
    expect(writeOutput(dir, files, { known }).unchanged).toContain("src/a.ts");
    // Edited since, to the same size: the new modification time makes the writer look.
    writeFileSync(path.join(dir, "src/a.ts"), "export const a = 2;\n");
    expect(statSync(path.join(dir, "src/a.ts")).mtimeMs).not.toBe(known.get("src/a.ts")!.mtimeMs);
    expect(writeOutput(dir, files, { known }).written).toEqual(["src/a.ts"]);
    expect(readFileSync(path.join(dir, "src/a.ts"), "utf8")).toBe("export const a = 1;\n");
    // A new text of the same size: what the caller saw does not match it, so it is written.
    expect(writeOutput(dir, new Map([["src/a.ts", "export const a = 3;\n"]]), { known: seen() }).written).toEqual(["src/a.ts"]);
    rmSync(dir, { recursive: true, force: true });
  });

  it("rewrites only changed files, removes stale generated files, leaves unmanaged ones", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "writer-"));
    const files = new Map([
      ["package.json", "{}\n"],
      ["src/a.ts", "export const a = 1;\n"],
      ["src/old/b.ts", "export const b = 1;\n"],
    ]);
    expect(writeOutput(dir, files).written).toEqual(["package.json", "src/a.ts", "src/old/b.ts", MANIFEST_FILE]);
    mkdirSync(path.join(dir, "node_modules"), { recursive: true });
    writeFileSync(path.join(dir, "node_modules", "keep.js"), "");
    const before = statSync(path.join(dir, "src/a.ts")).mtimeMs;
    files.delete("src/old/b.ts");
    files.set("package.json", '{ "name": "x" }\n');
    const second = writeOutput(dir, files);
    expect(second.written).toEqual(["package.json", MANIFEST_FILE]);
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
      { path: MANIFEST_FILE, status: "stale" },
      { path: "src/a.ts", status: "stale" },
      { path: "src/extra.ts", status: "extra" },
      { path: "src/new.ts", status: "missing" },
    ]);
    expect(readFileSync(path.join(dir, "src/a.ts"), "utf8")).toBe("1\n");
    expect(existsSync(path.join(dir, "src/new.ts"))).toBe(false);
  });

  it("refuses a non-empty folder it did not write, naming it and what is in the way, and changes nothing", () => {
    // As `codegen --out .` inside a user's project.
    const dir = mkdtempSync(path.join(tmpdir(), "writer-"));
    mkdirSync(path.join(dir, "src"));
    writeFileSync(path.join(dir, "src", "main.ts"), "mine\n");
    writeFileSync(path.join(dir, "package.json"), '{ "name": "mine" }\n');
    writeFileSync(path.join(dir, "README.md"), "mine\n");
    const before = tree(dir);
    const files = new Map([["package.json", "{}\n"], ["README.md", "generated\n"], ["src/index.js", "1\n"]]);
    for (const check of [false, true]) {
      expect(() => writeOutput(dir, files, { check })).toThrow(OutputFolderError);
      expect(tree(dir)).toEqual(before);
    }
    const message = errorOf(() => writeOutput(dir, files));
    expect(message).toContain(dir);
    expect(message).toContain("README.md, package.json, src/");
    expect(message).toContain(MANIFEST_FILE);
  });

  it("records what it wrote in a deterministic manifest, and removes only files a previous run recorded", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "writer-"));
    const other = mkdtempSync(path.join(tmpdir(), "writer-"));
    const files = new Map([["src/b.js", "b\n"], ["package.json", "{}\n"], ["src/a.js", "a\n"]]);
    writeOutput(dir, files);
    writeOutput(other, files);
    const manifest = readFileSync(path.join(dir, MANIFEST_FILE), "utf8");
    expect(readFileSync(path.join(other, MANIFEST_FILE), "utf8")).toBe(manifest);
    expect(JSON.parse(manifest).files).toEqual(["package.json", "src/a.js", "src/b.js"]);
    expect(writeOutput(dir, files).unchanged).toContain(MANIFEST_FILE);

    writeFileSync(path.join(dir, "src", "mine.js"), "mine\n");
    files.delete("src/b.js");
    const result = writeOutput(dir, files);
    expect(result.removed).toEqual(["src/b.js"]);
    expect(result.foreign).toEqual(["src/mine.js"]);
    expect(readFileSync(path.join(dir, "src", "mine.js"), "utf8")).toBe("mine\n");
    expect(JSON.parse(readFileSync(path.join(dir, MANIFEST_FILE), "utf8")).files).toEqual(["package.json", "src/a.js"]);
    // A file it never wrote is never overwritten either, even in its own folder.
    files.set("src/mine.js", "generated\n");
    expect(errorOf(() => writeOutput(dir, files))).toMatch(/src\/mine\.js/);
    expect(readFileSync(path.join(dir, "src", "mine.js"), "utf8")).toBe("mine\n");
  });

  it("never writes or deletes through a symbolic link inside the output folder", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "writer-"));
    const elsewhere = mkdtempSync(path.join(tmpdir(), "writer-elsewhere-"));
    writeOutput(dir, new Map([["src/a.js", "a\n"], ["src/b.js", "b\n"], ["README.md", "r\n"]]));
    // out/src is now a link to someone else's folder holding files of the same names.
    rmSync(path.join(dir, "src"), { recursive: true });
    writeFileSync(path.join(elsewhere, "a.js"), "theirs a\n");
    writeFileSync(path.join(elsewhere, "b.js"), "theirs b\n");
    symlinkSync(elsewhere, path.join(dir, "src"), "dir");
    // A generated file that is a link to a file outside.
    const target = path.join(elsewhere, "target.md");
    writeFileSync(target, "theirs\n");
    rmSync(path.join(dir, "README.md"));
    symlinkSync(target, path.join(dir, "README.md"));
    const before = tree(elsewhere);
    for (const check of [false, true]) {
      const message = errorOf(() => writeOutput(dir, new Map([["src/a.js", "new a\n"], ["README.md", "new\n"]]), { check }));
      expect(message).toMatch(/src: .*symbolic link/);
      expect(message).toMatch(/README\.md: .*symbolic link/);
      expect(tree(elsewhere)).toEqual(before);
    }
  });
  it("replaces a generated file that became a hard link to a file elsewhere, leaving that file alone", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "writer-"));
    const elsewhere = path.join(mkdtempSync(path.join(tmpdir(), "writer-elsewhere-")), "theirs.md");
    writeOutput(dir, new Map([["README.md", "r\n"]]));
    writeFileSync(elsewhere, "theirs\n");
    rmSync(path.join(dir, "README.md"));
    linkSync(elsewhere, path.join(dir, "README.md"));
    expect(writeOutput(dir, new Map([["README.md", "new\n"]])).written).toEqual(["README.md"]);
    expect(readFileSync(path.join(dir, "README.md"), "utf8")).toBe("new\n");
    expect(readFileSync(elsewhere, "utf8")).toBe("theirs\n");
  });

  it("refuses a manifest that names a path outside the folder, removing nothing", () => {
    const parent = mkdtempSync(path.join(tmpdir(), "writer-"));
    const dir = path.join(parent, "out");
    writeOutput(dir, new Map([["src/a.js", "a\n"]]));
    writeFileSync(path.join(parent, "outside.txt"), "theirs\n");
    const manifest = path.join(dir, MANIFEST_FILE);
    writeFileSync(manifest, readFileSync(manifest, "utf8").replace('"src/a.js"', '"src/a.js", "../outside.txt"'));
    expect(errorOf(() => writeOutput(dir, new Map([["src/a.js", "a\n"]])))).toContain(`${manifest}: error: not a manifest`);
    expect(readFileSync(path.join(parent, "outside.txt"), "utf8")).toBe("theirs\n");
  });

  it("refuses paths outside the output folder", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "writer-"));
    expect(() => writeOutput(dir, new Map([["../evil.ts", ""]]))).toThrow(/outside/);
  });
});
