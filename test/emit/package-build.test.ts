// The generated package's own `npm run build` produces a complete dist/: ESM JavaScript
// and declarations for every module, the validators and the client runtime (shipped
// prebuilt as .js + .d.ts, which tsc does not emit) included, and the built package
// works when imported.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { generate, linkZod, REPO, writeTemp } from "./helpers.js";
import { sampleModel } from "./sample.js";

describe("the generated package's build", () => {
  it("emits JavaScript and declarations for every module into dist/", async () => {
    const { files } = generate(sampleModel());
    const dir = writeTemp(files);
    linkZod(dir);
    const script = JSON.parse(files.get("package.json")!).scripts.build as string;
    // The script exactly as npm would run it, with this repository's tsc on the PATH.
    execFileSync("sh", ["-c", script], {
      cwd: dir,
      env: { ...process.env, PATH: `${path.join(REPO, "node_modules/.bin")}${path.delimiter}${process.env.PATH}` },
      stdio: "pipe",
    });
    const sources = [...files.keys()].filter((f) => f.startsWith("src/") && /\.(ts|js)$/.test(f) && !f.endsWith(".d.ts"));
    const missing: string[] = [];
    for (const src of sources) {
      const stem = src.slice("src/".length).replace(/\.(ts|js)$/, "");
      for (const out of [`dist/${stem}.js`, `dist/${stem}.d.ts`]) if (!existsSync(path.join(dir, out))) missing.push(out);
    }
    expect(missing).toEqual([]);
    expect(readFileSync(path.join(dir, "dist/zod/tasks.d.ts"), "utf8")).toBe(files.get("src/zod/tasks.d.ts"));
    // The runtime is prebuilt: no TypeScript source of it reaches the package (its bodies
    // are checked in this repository), and the nested parser folder is copied too.
    const runtime = [...files.keys()].filter((f) => f.startsWith("src/runtime/"));
    expect(runtime.filter((f) => f.endsWith(".ts") && !f.endsWith(".d.ts"))).toEqual([]);
    expect(runtime).toContain("src/runtime/hocon/parser.js");
    for (const f of ["src/runtime/index.d.ts", "src/runtime/hocon/parser.js"]) {
      expect(readFileSync(path.join(dir, f.replace(/^src\//, "dist/")), "utf8")).toBe(files.get(f));
    }

    const pkg = await import(pathToFileURL(path.join(dir, "dist/index.js")).href);
    expect(typeof pkg.createClient).toBe("function");
    expect(pkg.TasksStatusValues).toEqual(["created", "in_progress", 'say "hi"']);
    const V = await import(pathToFileURL(path.join(dir, "dist/zod/index.js")).href);
    expect(V.TasksNode.safeParse({ id: "a", children: [] }).success).toBe(true);
    expect(V.TasksNode.safeParse({ children: [] }).success).toBe(false);
  }, 300_000);
});
