// The parser core is copied into the generated browser-safe runtime: only file.ts and
// command.ts may touch node:* modules, and nothing else may import them.
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";

const DIR = path.resolve(process.cwd(), "generator/hocon");
const NODE_ONLY = new Set(["file.ts", "command.ts"]);
const core = readdirSync(DIR).filter((f) => f.endsWith(".ts") && !NODE_ONLY.has(f));

describe("hocon core portability", () => {
  it.each(core)("%s imports no node:* module and no node-only file", (file) => {
    const text = readFileSync(path.join(DIR, file), "utf8");
    const imports = [...text.matchAll(/from\s+"([^"]+)"/g)].map((m) => m[1]);
    expect(imports.filter((i) => i.startsWith("node:") || /^(fs|path|os)$/.test(i))).toEqual([]);
    expect(imports.filter((i) => /\/(file|command)\.js$/.test(i))).toEqual([]);
    expect(imports.filter((i) => i.startsWith(".")).every((i) => i.startsWith("./") || i === "../diagnostics.js")).toBe(true);
  });

  it("bundles for the browser", async () => {
    const result = await build({ entryPoints: [path.join(DIR, "index.ts")], bundle: true, platform: "browser", format: "esm", write: false, logLevel: "silent" });
    expect(result.errors).toEqual([]);
    expect(result.outputFiles[0].text).toContain("parseString");
  });
});
