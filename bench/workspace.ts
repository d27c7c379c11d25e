// Where benchmarks read and write: the corpus, this repository's tools, and scratch folders
// under the OS temp dir that are removed afterwards (also when a suite fails).
import { existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

/** `npm run bench` runs from the repository root. */
export const REPO = process.cwd();
export const CORPUS_SERVICES = path.resolve(REPO, "../shared/corpus/clearml-server/services");

/** A fresh folder under the OS temp dir; `dispose` removes it. */
export interface Scratch {
  readonly dir: string;
  dispose(): void;
}

const live = new Set<string>();
process.on("exit", () => {
  for (const dir of live) rmSync(dir, { recursive: true, force: true });
});

export function scratch(prefix: string): Scratch {
  const dir = mkdtempSync(path.join(os.tmpdir(), `bench-${prefix}-`));
  live.add(dir);
  return {
    dir,
    dispose() {
      rmSync(dir, { recursive: true, force: true });
      live.delete(dir);
    },
  };
}

export async function withScratch<T>(prefix: string, fn: (dir: string) => Promise<T>): Promise<T> {
  const s = scratch(prefix);
  try {
    return await fn(s.dir);
  } finally {
    s.dispose();
  }
}

/** The JavaScript file behind a package's command, run with this `node` so every tool starts alike. */
export function packageBin(pkg: string, bin: string): string {
  const pkgDir = path.join(REPO, "node_modules", pkg);
  const manifest = JSON.parse(readFileSync(path.join(pkgDir, "package.json"), "utf8")) as { bin?: string | Record<string, string> };
  const rel = typeof manifest.bin === "string" ? manifest.bin : manifest.bin?.[bin];
  if (!rel) throw new Error(`${pkg} has no "${bin}" command`);
  return realpathSync(path.join(pkgDir, rel));
}

export function packageVersion(pkg: string): string {
  const manifest = JSON.parse(readFileSync(path.join(REPO, "node_modules", pkg, "package.json"), "utf8")) as { version: string };
  return manifest.version;
}

/** Makes `pkg` from this repository's node_modules resolvable from `dir`, as if installed there. */
export function linkPackage(dir: string, pkg: string): void {
  const link = path.join(dir, "node_modules", pkg);
  if (existsSync(link)) return;
  mkdirSync(path.dirname(link), { recursive: true });
  symlinkSync(path.join(REPO, "node_modules", pkg), link, "dir");
}

/**
 * One tsconfig for every generator's output, so tsc does the same kind of work on each:
 * strict, no emit, library .d.ts files skipped, bundler resolution (our `.js` specifiers
 * and hey-api's extension-less ones both resolve), DOM for fetch, no ambient @types.
 */
export function writeTscConfig(dir: string, name: string, include: readonly string[], options: { checkDeclarations?: boolean } = {}): string {
  const file = path.join(dir, name);
  const config = {
    compilerOptions: {
      target: "ES2022",
      lib: ["ES2022", "DOM", "DOM.Iterable"],
      module: "ESNext",
      moduleResolution: "Bundler",
      strict: true,
      skipLibCheck: !options.checkDeclarations,
      noEmit: true,
      types: [],
    },
    include,
  };
  writeFileSync(file, JSON.stringify(config, null, 2) + "\n");
  return file;
}
