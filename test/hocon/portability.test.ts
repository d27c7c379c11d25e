// The HOCON core (hocon/) is bundled into the generated browser-safe runtime: every module
// in the folder must run in a browser. It imports only its own modules: no node:* module,
// no package, nothing from the generator (the Node side, reading files and the CLI, lives
// in generator/hocon/ and imports the core, never the other way round).
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";

const DIR = path.resolve(process.cwd(), "hocon");
const core = readdirSync(DIR).filter((f) => f.endsWith(".ts"));

describe("hocon core portability", () => {
  it.each(core)("%s imports only modules of the core", (file) => {
    const text = readFileSync(path.join(DIR, file), "utf8");
    const imports = [...text.matchAll(/(?:from|import)\s*\(?\s*["']([^"']+)["']/g)].map((m) => m[1]);
    expect(imports.filter((i) => !/^\.\/[\w-]+\.js$/.test(i))).toEqual([]);
    expect(text).not.toMatch(/\brequire\(|\bBuffer\b/);
  });

  it("bundles for the browser, every module of the core included", async () => {
    const result = await build({
      entryPoints: core.map((f) => path.join(DIR, f)),
      bundle: true,
      platform: "browser",
      format: "esm",
      outdir: "out",
      write: false,
      logLevel: "silent",
    });
    expect(result.errors).toEqual([]);
    expect(result.outputFiles.find((f) => f.path.endsWith(`${path.sep}index.js`))!.text).toContain("parseString");
  });
});
