// The hand-written client runtime copied into the generated package as src/runtime/:
// templates/runtime/** (tests excluded); its `hocon` link to generator/hocon is followed
// and copied without the parser's CLI pieces (file.ts, command.ts), plus
// generator/diagnostics.ts that those files import.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

const SKIP_IN_HOCON = new Set(["file.ts", "command.ts"]);

function isTestFile(name: string): boolean {
  return /\.test\.ts$/.test(name) || /\.test-support\.ts$/.test(name);
}

/** Files keyed by their path under src/runtime/ (forward slashes), sorted. */
export function runtimeFiles(repoRoot: string): Map<string, string> {
  const out = new Map<string, string>();
  const templates = path.join(repoRoot, "templates", "runtime");
  if (!existsSync(templates)) throw new Error(`client runtime not found at ${templates}`);
  const walk = (dir: string, rel: string, inHocon: boolean): void => {
    for (const name of readdirSync(dir).sort()) {
      const full = path.join(dir, name);
      const st = statSync(full); // follows the hocon symlink
      const relPath = rel ? `${rel}/${name}` : name;
      if (st.isDirectory()) {
        walk(full, relPath, inHocon || (rel === "" && name === "hocon"));
      } else if (name.endsWith(".ts") && !isTestFile(name) && !(inHocon && SKIP_IN_HOCON.has(name))) {
        out.set(relPath, readFileSync(full, "utf8"));
      }
    }
  };
  walk(templates, "", false);
  if ([...out.keys()].some((k) => k.startsWith("hocon/"))) {
    out.set("diagnostics.ts", readFileSync(path.join(repoRoot, "generator", "diagnostics.ts"), "utf8"));
  }
  return new Map([...out.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
