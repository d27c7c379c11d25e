// `init`: a starter config file and a `codegen` script in the project's package.json.
// Neither is overwritten without `--force`: both are the user's files once written.
import type { Command } from "commander";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { CONFIG_NAMES } from "./files.js";

const CONFIG_FILE = "hocon-api-codegen.config.ts";

/** The starter config: one job, paths relative to the config file. */
export function starterConfig(projectName: string): string {
  const base = projectName.replace(/^@[^/]+\//, "").replace(/[^a-z0-9-._~]/g, "-") || "api";
  return `import { defineConfig } from "hocon-api-codegen";

export default defineConfig({
  // Folder of the HOCON service definitions (.conf files).
  schemas: "schemas",
  // Output folder of the generated package (written only by codegen).
  out: "api-client",
  // npm package name of the generated package.
  name: ${JSON.stringify(`${base}-api-client`)},
});
`;
}

export function registerInitCommand(program: Command): void {
  program
    .command("init")
    .description("write a starter hocon-api-codegen.config.ts and a `codegen` script in package.json")
    .option("--force", "overwrite an existing config file and `codegen` script")
    .action((flags: { force?: boolean }) => {
      process.exitCode = runInit(process.cwd(), flags.force ?? false);
    });
}

/** Writes the config and the script in `dir`; 1 when something is in the way (and nothing was written). */
export function runInit(dir: string, force: boolean): number {
  const manifestFile = path.join(dir, "package.json");
  if (!existsSync(manifestFile)) {
    process.stderr.write(`${manifestFile}: error: no package.json here\n  hint: run init in your project's folder (npm init creates a package.json)\n`);
    return 1;
  }
  const text = readFileSync(manifestFile, "utf8");
  let manifest: { name?: unknown; scripts?: Record<string, string> };
  try {
    manifest = JSON.parse(text) as typeof manifest;
  } catch (err) {
    process.stderr.write(`${manifestFile}: error: not valid JSON: ${err instanceof Error ? err.message : String(err)}\n`);
    return 1;
  }
  const existing = CONFIG_NAMES.filter((name) => existsSync(path.join(dir, name)));
  const script = manifest.scripts?.codegen;
  const problems: string[] = [];
  for (const name of existing) {
    // --force replaces the file init writes, never a config of another name (two config files would be an error).
    if (!force || name !== CONFIG_FILE) problems.push(`${name}: error: a config file exists already${force ? `; init writes ${CONFIG_FILE}: remove ${name} yourself first` : ""}`);
  }
  if (!force && script !== undefined && script !== "hocon-api-codegen codegen") problems.push(`package.json: error: a \`codegen\` script exists already: ${JSON.stringify(script)}`);
  if (problems.length > 0) {
    process.stderr.write(problems.join("\n") + "\n  hint: init --force overwrites it\ninit: nothing was written\n");
    return 1;
  }
  writeFileSync(path.join(dir, CONFIG_FILE), starterConfig(typeof manifest.name === "string" ? manifest.name : path.basename(dir)));
  manifest.scripts = { ...manifest.scripts, codegen: "hocon-api-codegen codegen" };
  const indent = /^\{\n(\s+)/.exec(text)?.[1] ?? "  ";
  writeFileSync(manifestFile, JSON.stringify(manifest, null, indent) + (text.endsWith("\n") ? "\n" : ""));
  process.stdout.write(`init: wrote ${CONFIG_FILE} and the \`codegen\` script in package.json\n`);
  return 0;
}
