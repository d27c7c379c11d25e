// Where a config file is: `--config FILE`, or the first folder from the current one
// upward that holds one of CONFIG_NAMES.
import { existsSync, statSync } from "node:fs";
import path from "node:path";
import { ConfigError } from "./error.js";

/** The names looked for, in this order; two in one folder is an error (which one is meant?). */
export const CONFIG_NAMES = ["ts", "mts", "mjs", "js", "json"].map((ext) => `hocon-api-codegen.config.${ext}`);

/** The config file for a run started in `cwd`: `explicit` when given (it must exist), else the nearest upward; undefined when there is none. */
export function findConfigFile(cwd: string, explicit?: string): string | undefined {
  if (explicit !== undefined) {
    const file = path.resolve(cwd, explicit);
    if (!existsSync(file) || !statSync(file).isFile()) throw new ConfigError(explicit, "config file not found");
    return file;
  }
  for (let dir = path.resolve(cwd); ; ) {
    const found = CONFIG_NAMES.filter((name) => existsSync(path.join(dir, name)));
    if (found.length > 1) {
      throw new ConfigError(path.join(dir, found[0]), `more than one config file in this folder (${found.join(", ")})`, "keep one of them");
    }
    if (found.length === 1) return path.join(dir, found[0]);
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}
