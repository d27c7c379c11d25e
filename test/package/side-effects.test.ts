// The HOCON core that the client runtime bundles (for applyVaults) is free of side effects:
// importing a module of it for nothing leaves nothing in a bundle, so a program that imports
// the runtime from its sources (or a bundler that keeps statements of a used module it
// cannot prove pure) never carries the parser's tables without calling it.
import path from "node:path";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";
import { runtimeSources } from "../../generator/emit/runtime-build.js";
import { REPO } from "./helpers.js";

const modules = [...runtimeSources(REPO).keys()].filter((rel) => rel.startsWith("hocon/"));

describe("the HOCON core's modules in the runtime", () => {
  it("are found (else the check below proves nothing)", () => {
    expect(modules).toContain("hocon/chars.ts");
    expect(modules).toContain("hocon/lexer.ts");
  });

  it.each(modules)("%s leaves nothing in a bundle that imports it for nothing", async (rel) => {
    const result = await build({
      stdin: { contents: `import ${JSON.stringify(path.join(REPO, rel))};`, resolveDir: REPO, loader: "ts" },
      bundle: true,
      minify: true,
      format: "esm",
      platform: "neutral",
      write: false,
      logLevel: "silent",
    });
    expect(result.outputFiles[0]!.text.trim()).toBe("");
  });
});
