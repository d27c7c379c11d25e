// scripts/bundle-state.mjs: when build.mjs may skip esbuild. A skipped build must never
// leave a bundle of older sources in place, so every way a bundle can go stale is tried.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
// @ts-expect-error: a plain .mjs build helper without declarations
import { BundleState } from "../../scripts/bundle-state.mjs";
import { removeDir, tempDir } from "./helpers.js";

interface State {
  isFresh(name: string): boolean;
  hashBefore(name: string): Map<string, string | undefined>;
  record(name: string, metafile: { inputs: Record<string, unknown>; outputs: Record<string, unknown> }, before: Map<string, string | undefined>): void;
  save(): void;
}

let root: string | undefined;
afterEach(() => removeDir(root));

/** A fake project: two sources, an output folder with one bundle, recorded as esbuild's metafile would list them. */
function setUp(): { root: string; outdir: string; open: (key?: string) => State; build: (state: State) => void } {
  root = tempDir("bundle-state");
  const outdir = path.join(root, "dist");
  mkdirSync(path.join(root, "src"), { recursive: true });
  mkdirSync(outdir);
  writeFileSync(path.join(root, "src/a.ts"), "export const a = 1;\n");
  writeFileSync(path.join(root, "src/b.ts"), "export const b = 2;\n");
  const dir = root;
  const open = (key = "k1"): State => new BundleState({ outdir, root: dir, key }) as State;
  const build = (state: State): void => {
    const before = state.hashBefore("cli");
    writeFileSync(path.join(outdir, "cli.cjs"), "bundle\n");
    // A plugin's module is an input that is not a file: the key covers it.
    state.record("cli", { inputs: { "src/a.ts": {}, "src/b.ts": {}, "lazy:child_process": {} }, outputs: { "dist/cli.cjs": {} } }, before);
    state.save();
  };
  return { root, outdir, open, build };
}

describe("bundle state", () => {
  it("is fresh after a build while nothing changes, and not before the first build", () => {
    const p = setUp();
    expect(p.open().isFresh("cli")).toBe(false);
    p.build(p.open());
    expect(p.open().isFresh("cli")).toBe(true);
    expect(p.open().isFresh("bench")).toBe(false);
  });

  it("is stale when an input changes, disappears, or an output was edited or deleted", () => {
    const p = setUp();
    p.build(p.open());
    writeFileSync(path.join(p.root, "src/b.ts"), "export const b = 3;\n");
    expect(p.open().isFresh("cli")).toBe(false);
    p.build(p.open());
    expect(p.open().isFresh("cli")).toBe(true);
    removeDir(path.join(p.root, "src/a.ts"));
    expect(p.open().isFresh("cli")).toBe(false);
    writeFileSync(path.join(p.root, "src/a.ts"), "export const a = 1;\n");
    expect(p.open().isFresh("cli")).toBe(true);
    writeFileSync(path.join(p.outdir, "cli.cjs"), "edited by hand\n");
    expect(p.open().isFresh("cli")).toBe(false);
    removeDir(path.join(p.outdir, "cli.cjs"));
    expect(p.open().isFresh("cli")).toBe(false);
  });

  it("is stale under another key (build.mjs or esbuild changed)", () => {
    const p = setUp();
    p.build(p.open("k1"));
    expect(p.open("k2").isFresh("cli")).toBe(false);
  });

  it("records an input saved during a build as it was before, so the next build runs", () => {
    const p = setUp();
    p.build(p.open());
    writeFileSync(path.join(p.root, "src/a.ts"), "export const a = 10;\n");
    const state = p.open();
    expect(state.isFresh("cli")).toBe(false);
    const before = state.hashBefore("cli");
    // The user saves again while esbuild runs; the bundle may hold either text.
    writeFileSync(path.join(p.root, "src/a.ts"), "export const a = 11;\n");
    writeFileSync(path.join(p.outdir, "cli.cjs"), "bundle\n");
    state.record("cli", { inputs: { "src/a.ts": {}, "src/b.ts": {} }, outputs: { "dist/cli.cjs": {} } }, before);
    state.save();
    expect(p.open().isFresh("cli")).toBe(false);
  });

  it("keeps the record of a bundle this run did not touch", () => {
    const p = setUp();
    p.build(p.open());
    const other = p.open();
    other.save();
    expect(p.open().isFresh("cli")).toBe(true);
  });
});
