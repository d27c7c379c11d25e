// The generated package has no build step: every module under src/ is ESM JavaScript plus
// a declaration file, package.json's exports map points straight at them, and the package
// works when imported as it is.
import { existsSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { RUNTIME_ENTRY_POINTS } from "../../generator/emit/runtime-build.js";
import { generate, linkZod, writeTemp } from "./helpers.js";
import { sampleModel } from "./sample.js";

interface Manifest {
  main: string;
  types: string;
  files: string[];
  scripts?: Record<string, string>;
  exports: Record<string, string | { types: string; default?: string }>;
}

describe("the generated package's layout", () => {
  const { files } = generate(sampleModel(), true);
  const pkg = JSON.parse(files.get("package.json")!) as Manifest;

  it("is JavaScript plus declarations only: no TypeScript source, no build script", () => {
    expect([...files.keys()].filter((f) => f.endsWith(".ts") && !f.endsWith(".d.ts"))).toEqual([]);
    expect([...files.keys()].filter((f) => f.startsWith("scripts/"))).toEqual([]);
    expect(pkg.scripts?.build).toBeUndefined();
    expect(pkg.scripts?.prepack).toBeUndefined();
    expect(pkg.files).toEqual(["src", "zod-types.d.ts", "README.md", "openapi.json", "openapi.yaml"]);
    // Every JavaScript module has its declarations, except the runtime bundle's shared
    // chunks (imported by its entry points only) and the per-service validator modules
    // (declared all together by src/zod/index.d.ts).
    const js = [...files.keys()].filter((f) => f.endsWith(".js"));
    const entries = RUNTIME_ENTRY_POINTS.map((e) => `src/runtime/${e}.js`);
    const undeclared = js.filter((f) => !files.has(f.replace(/\.js$/, ".d.ts")));
    const behindAnEntry = (f: string): boolean => (f.startsWith("src/runtime/") && !entries.includes(f)) || /^src\/zod\/(?!index\.js$)[^/]+\.js$/.test(f);
    expect(undeclared.filter((f) => !behindAnEntry(f))).toEqual([]);
    expect(files.has("src/zod/tasks.js") && !files.has("src/zod/tasks.d.ts")).toBe(true);
    // A types module with enum value lists holds them in its .js.
    expect(files.has("src/types/tasks.js")).toBe(true);
  });

  it("points main, types and every export at generated files", () => {
    const targets = [pkg.main, pkg.types];
    for (const [key, target] of Object.entries(pkg.exports)) {
      if (typeof target === "string") targets.push(target);
      else if (target.default === undefined) {
        // Only the zod typing opt-in is types without a module: nothing to import at run time.
        expect(key).toBe("./zod-types");
        targets.push(target.types);
      } else {
        expect(target.types).toBe(target.default.replace(/\.js$/, ".d.ts"));
        targets.push(target.types, target.default);
      }
    }
    expect(targets.filter((t) => !files.has(t.replace(/^\.\//, "")))).toEqual([]);
    expect(pkg.exports["."]).toEqual({ types: "./src/index.d.ts", default: "./src/index.js" });
    expect(pkg.exports["./zod-types"]).toEqual({ types: "./zod-types.d.ts" });
  });

  it("works when imported as it is", async () => {
    const dir = writeTemp(files);
    linkZod(dir);
    const modules = Object.values(pkg.exports).flatMap((t) => (typeof t === "string" ? [t] : t.default === undefined ? [] : [t.default]));
    for (const target of [pkg.main, ...modules]) {
      expect(existsSync(path.join(dir, target)), target).toBe(true);
    }
    const root = await import(pathToFileURL(path.join(dir, pkg.main)).href);
    expect(typeof root.createClient).toBe("function");
    expect(typeof root.tasksGetAll).toBe("function");
    expect(root.TasksStatusValues).toEqual(["created", "in_progress", 'say "hi"']);
    expect(root.tasksGetAllVersions.map((v: { version: string }) => v.version)).toEqual(["2.1", "2.13"]);
    const V = await import(pathToFileURL(path.join(dir, "src/zod/index.js")).href);
    expect(V.TasksNode.safeParse({ id: "a", children: [] }).success).toBe(true);
    expect(V.TasksNode.safeParse({ children: [] }).success).toBe(false);
    // The endpoint objects name no validator: the client gets them from `validators`.
    expect(root.tasksGetAllVersions[0].request).toBeUndefined();
    expect(V.validators.endpoints["tasks.get_all@2.1"].request).toBe(V.TasksGetAllRequestV2_1);
  });
});
