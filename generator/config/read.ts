// Reads a config file's value: JSON parsed (a syntax error located by line and column),
// `.mjs`/`.js` imported by Node, `.ts`/`.mts` through jiti (Node 20 cannot strip types;
// jiti transpiles and caches, and is loaded only for such a file). A `.mjs` file is first
// loaded with require() (synchronous ES modules, Node >= 20.19): import() would start
// Node's ES module loader, which costs a short run such as a no-op codegen more than the
// rest of reading its config. Read anew after every change: Node caches a module, so a
// later read of the same file is an import() whose URL carries the file's mtime.
import { readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { ConfigError } from "./error.js";
import { importModule } from "../import-module.js";

/** The config's default export (or the JSON value); `shown` names the file in errors. */
export async function readConfigFile(file: string, shown: string): Promise<unknown> {
  const ext = path.extname(file);
  if (ext === ".json") return readJson(file, shown);
  let module: Record<string, unknown>;
  try {
    module = ext === ".ts" || ext === ".mts" ? await importTypeScript(file) : await importJavaScript(file);
  } catch (err) {
    throw new ConfigError(shown, `cannot load the config: ${firstLine(err)}`);
  }
  if (!("default" in module) || module.default === undefined) {
    throw new ConfigError(shown, "the config has no default export", "export default defineConfig({ schemas, out, name })");
  }
  return module.default;
}

/** `.mjs` files this process has required: Node keeps them, so they are read again with import(). */
const required = new Set<string>();

async function importJavaScript(file: string): Promise<Record<string, unknown>> {
  if (path.extname(file) === ".mjs" && !required.has(file)) {
    required.add(file);
    try {
      return createRequire(import.meta.url)(file) as Record<string, unknown>;
    } catch (err) {
      // Top-level await: require() refuses it before evaluating anything; import() runs it.
      if ((err as { code?: unknown }).code !== "ERR_REQUIRE_ASYNC_MODULE") throw err;
    }
  }
  return importModule(`${pathToFileURL(file).href}?mtime=${statSync(file).mtimeMs}`);
}

async function importTypeScript(file: string): Promise<Record<string, unknown>> {
  const { createJiti } = (await importModule("jiti")) as unknown as typeof import("jiti");
  // The config is read anew on every run: no module cache between calls (watch reloads it).
  const jiti = createJiti(import.meta.url, { moduleCache: false });
  return (await jiti.import(file)) as Record<string, unknown>;
}

function readJson(file: string, shown: string): unknown {
  const text = readFileSync(file, "utf8");
  try {
    return JSON.parse(text);
  } catch (err) {
    const at = /position (\d+)/.exec(firstLine(err));
    if (!at) throw new ConfigError(shown, `invalid JSON: ${firstLine(err)}`);
    const before = text.slice(0, Number(at[1]));
    const line = before.split("\n").length;
    const column = before.length - before.lastIndexOf("\n");
    throw new ConfigError(`${shown}:${line}:${column}`, `invalid JSON: ${firstLine(err).replace(/ in JSON at position.*$/, "")}`);
  }
}

function firstLine(err: unknown): string {
  return (err instanceof Error ? err.message : String(err)).split("\n")[0];
}
