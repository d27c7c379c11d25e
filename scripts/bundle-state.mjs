// Whether a bundle of scripts/build.mjs is up to date, so `npm run codegen` does not run
// esbuild, or even load it, when nothing a bundle is made of changed. A bundle is fresh
// when `<outdir>/.bundles.json` records it under the same key (build.mjs's own text and
// esbuild's version: the options and the plugins) and every file esbuild read for it, and
// every file it wrote, still has the recorded content (sha256). An input the previous
// build read is hashed before esbuild reads it again: a file saved during a build then
// makes the next build run, instead of leaving a bundle of the older text recorded as
// fresh.
import { createHash } from "node:crypto";
import { existsSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

const FORMAT = 1;

function fileHash(file) {
  try {
    return createHash("sha256").update(readFileSync(file)).digest("hex");
  } catch {
    return undefined; // missing: never equal to a recorded hash
  }
}

export class BundleState {
  #file;
  #key;
  #root;
  #outdir;
  #previous;
  #next = {};

  /** `root`: the folder esbuild runs in (its metafile's paths are relative to it). */
  constructor({ outdir, root, key }) {
    this.#file = path.join(outdir, ".bundles.json");
    this.#key = key;
    this.#root = root;
    this.#outdir = outdir;
    let previous = {};
    try {
      const saved = JSON.parse(readFileSync(this.#file, "utf8"));
      if (saved.format === FORMAT && saved.key === key) previous = saved.bundles ?? {};
    } catch {
      // No state yet, or unreadable: every bundle is built.
    }
    this.#previous = previous;
  }

  /** True when the bundle `name` need not be built again (then it stays recorded). */
  isFresh(name) {
    const entry = this.#previous[name];
    if (!entry) return false;
    const same = (files, dir) => Object.entries(files).every(([rel, hash]) => fileHash(path.join(dir, rel)) === hash);
    if (!same(entry.inputs, this.#root) || !same(entry.outputs, this.#outdir)) return false;
    this.#next[name] = entry;
    return true;
  }

  /** Hashes of the inputs the previous build of `name` read, taken now, before esbuild reads them. */
  hashBefore(name) {
    const entry = this.#previous[name];
    return new Map(Object.keys(entry?.inputs ?? {}).map((rel) => [rel, fileHash(path.join(this.#root, rel))]));
  }

  /** Records a finished build from esbuild's metafile (inputs that are not files, such as a plugin's, are covered by the key). */
  record(name, metafile, before) {
    const inputs = {};
    for (const rel of Object.keys(metafile.inputs).sort()) {
      const file = path.join(this.#root, rel);
      if (!existsSync(file) || !statSync(file).isFile()) continue;
      inputs[rel] = before.get(rel) ?? fileHash(file);
    }
    const outputs = {};
    for (const rel of Object.keys(metafile.outputs).sort()) {
      const file = path.resolve(this.#root, rel);
      outputs[path.relative(this.#outdir, file).split(path.sep).join("/")] = fileHash(file);
    }
    this.#next[name] = { inputs, outputs };
  }

  /** Writes what this run built or found fresh; bundles it did not touch keep their record. */
  save() {
    const bundles = { ...this.#previous, ...this.#next };
    writeFileSync(this.#file, JSON.stringify({ format: FORMAT, key: this.#key, bundles }, null, 1) + "\n");
  }
}
