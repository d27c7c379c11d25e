// The runtime must run in browsers as well as Node 20+: web APIs only, no dependency (the
// validators it runs are passed in; it types them structurally, never importing zod). Checked three ways: no node:* imports, a browser bundle builds, and the
// sources type-check against the DOM library without Node's types.
import { build } from "esbuild";
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const here = path.dirname(fileURLToPath(import.meta.url));
const entry = path.join(here, "index.ts");

function runtimeSources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return runtimeSources(full);
    return name.endsWith(".ts") && !name.endsWith(".test.ts") && !name.endsWith(".test-support.ts") ? [full] : [];
  });
}

describe("portability", () => {
  it("no shipped file imports node:* or uses Node globals", () => {
    const offenders = runtimeSources(here).filter((file) => {
      const text = readFileSync(file, "utf8");
      return /from\s+["']node:|require\(|\bBuffer\b|\bprocess\./.test(text);
    });
    expect(offenders).toEqual([]);
  });

  it("bundles for the browser with no external import, from the runtime and the HOCON core only", async () => {
    const result = await build({
      entryPoints: [entry],
      bundle: true,
      platform: "browser",
      format: "esm",
      target: "es2022",
      write: false,
      metafile: true,
      logLevel: "silent",
    });
    const code = result.outputFiles[0].text;
    const imports = [...code.matchAll(/^import\s[^;]*?from\s*"([^"]+)"/gm)].map((m) => m[1]);
    expect(imports).toEqual([]);
    // The core is portable by its own test (test/hocon/portability.test.ts); nothing else is reached.
    const repo = path.resolve(here, "../..");
    const outside = Object.keys(result.metafile.inputs)
      .map((input) => path.relative(repo, path.resolve(input)).split(path.sep).join("/"))
      .filter((rel) => !rel.startsWith("templates/runtime/") && !rel.startsWith("hocon/"));
    expect(outside).toEqual([]);
  });

  it("type-checks with the DOM library and without Node's types", () => {
    const program = ts.createProgram([entry], {
      strict: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      lib: ["lib.es2022.d.ts", "lib.dom.d.ts"],
      types: [],
      skipLibCheck: true,
      verbatimModuleSyntax: true,
      noEmit: true,
    });
    const messages = ts
      .getPreEmitDiagnostics(program)
      .map(
        (d) =>
          ts.flattenDiagnosticMessageText(d.messageText, "\n") +
          (d.file ? ` (${path.relative(here, d.file.fileName)})` : ""),
      );
    expect(messages).toEqual([]);
  });
});
