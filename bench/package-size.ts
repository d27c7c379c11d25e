// The installed generator's size: `npm pack` (which builds what is published), the
// tarball installed into an empty project from npm's cache, then the bytes and files on
// disk of the package alone and of everything installing it brought in.
import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { findRepoRoot } from "../generator/repo-root.js";
import type { BenchSuite } from "./suites.js";
import { withScratch } from "./workspace.js";

interface Tree {
  readonly bytes: number;
  readonly files: number;
}

function measureTree(dir: string): Tree {
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    bytes += statSync(path.join(entry.parentPath, entry.name)).size;
    files += 1;
  }
  return { bytes, files };
}

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(0)} KiB`;

export const packageSizeSuite: BenchSuite = {
  name: "package-size",
  run: () =>
    withScratch("package", async (work) => {
      const repo = findRepoRoot();
      const packed = JSON.parse(execFileSync("npm", ["pack", "--json", "--pack-destination", work, "--loglevel=error"], { cwd: repo, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] }).replace(/^[^[]*/, ""))[0] as {
        filename: string;
        size: number;
        unpackedSize: number;
        entryCount: number;
      };
      const project = path.join(work, "project");
      mkdirSync(project);
      writeFileSync(path.join(project, "package.json"), JSON.stringify({ name: "bench-project", private: true }));
      execFileSync("npm", ["install", "-D", path.join(work, packed.filename), "--prefer-offline", "--no-audit", "--no-fund", "--loglevel=error"], { cwd: project, stdio: "inherit" });
      const own = measureTree(path.join(project, "node_modules", "hocon-api-codegen"));
      const all = measureTree(path.join(project, "node_modules"));
      const deps = readdirSync(path.join(project, "node_modules")).filter((n) => !n.startsWith(".") && n !== "hocon-api-codegen");
      const rows = [
        "| what | bytes | files |",
        "|---|---|---|",
        `| tarball (\`npm pack\`) | ${kb(packed.size)} | ${packed.entryCount} |`,
        `| installed package alone | ${kb(own.bytes)} | ${own.files} |`,
        `| installed with its dependencies (${deps.sort().join(", ")}) | ${kb(all.bytes)} | ${all.files} |`,
      ];
      const text = rows.join("\n");
      console.log(text);
      return `${text}\n\nWhat \`npm install -D hocon-api-codegen\` adds to a project, measured by installing the tarball \`npm pack\` makes into an empty project.`;
    }),
};
