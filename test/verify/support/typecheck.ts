// Runs this repository's tsc once over a folder (strict, no emit), zod resolved through
// the folder's node_modules link. Returns the diagnostics as text, one per line.
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { REPO } from "./paths.js";

export function typecheck(dir: string, files: readonly string[]): string {
  const config = {
    compilerOptions: {
      target: "ES2022",
      lib: ["ES2022", "DOM"],
      module: "NodeNext",
      moduleResolution: "NodeNext",
      strict: true,
      noEmit: true,
      skipLibCheck: true,
      isolatedModules: true,
      verbatimModuleSyntax: true,
      types: [],
    },
    files,
  };
  writeFileSync(path.join(dir, "tsconfig.verify.json"), JSON.stringify(config, null, 2));
  try {
    return execFileSync(path.join(REPO, "node_modules/.bin/tsc"), ["-p", "tsconfig.verify.json", "--pretty", "false"], {
      cwd: dir,
      encoding: "utf8",
    });
  } catch (err) {
    const e = err as { stdout?: string; stderr?: string };
    return (e.stdout ?? "") + (e.stderr ?? "");
  }
}
