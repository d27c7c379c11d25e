// Lets `codegen` skip a run that would change nothing. A stamp records a hash of every
// input of the last successful run and a hash of every file it wrote; the next run may
// skip generation only when both still match exactly:
// - the generator itself (the CLI's bundles, or every generator source when run from source),
// - the options (schema path as given, package name, API version, internal endpoints),
// - the client runtime templates (the files copied into the package),
// - every `.conf` file in the schema folder (so an added or removed file counts), and every
//   file the HOCON parser probed for an include, with its content or its absence,
// - the output folder: every recorded file (the package and its manifest) with the recorded
//   content, none of them reached through a link, and no file in src/ that codegen did not write.
// Parsing is deterministic in those inputs (environment substitution is off), so equal
// hashes mean equal output. The stamp lives in the generator's node_modules/.cache, never
// in the generated package.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { readText } from "../hocon/read-text.js";
import { generatorVersion } from "../version.js";
import { fileHash, textHash } from "./file-hash.js";
import { OutputFolder } from "./output-folder.js";
import { withManifest } from "./writer.js";

const STAMP_VERSION = 1;

export interface StampOptions {
  readonly schemas: string;
  readonly out: string;
  readonly name: string;
  readonly apiVersion?: string;
  readonly includeInternal?: boolean;
  /** The HOCON dialect the schemas are read in (default pyhocon). */
  readonly dialect?: string;
}

export interface Stamp {
  readonly version: number;
  readonly inputs: string;
  /** Include targets the parser probed. */
  readonly probes: readonly string[];
  /** Managed output files (sorted) with the sha256 of their content. */
  readonly outputs: readonly (readonly [string, string])[];
  /** What the run printed to stderr (findings), replayed when the run is skipped. */
  readonly report: string;
}

/** Records every include file the parser probes, with the content it got (undefined: absent). */
export class ProbeRecorder {
  readonly probes = new Map<string, string | undefined>();

  readonly readFile = (file: string): string | undefined => {
    const text = readText(file);
    if (!this.probes.has(file)) this.probes.set(file, text);
    return text;
  };
}

/** Reads an input: its content, or undefined when it does not exist. */
type InputReader = (file: string) => string | undefined;

class Hasher {
  readonly #hash = createHash("sha256");

  add(part: string | Buffer): this {
    // Length-prefixed, so no two different part lists hash alike.
    if (typeof part === "string") this.#hash.update(`${Buffer.byteLength(part, "utf8")}:`).update(part, "utf8");
    else this.#hash.update(`${part.length}:`).update(part);
    return this;
  }

  hex(): string {
    return this.#hash.digest("hex");
  }
}

function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      const full = path.join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else out.push(full);
    }
  };
  walk(dir);
  return out;
}

/**
 * Hash of the generator's own code, read once, at start: when run from source, all of
 * generator/; when bundled, the package's version and every CommonJS bundle beside the
 * running one (the CLI's: the pipeline is a bundle of its own) by size and modification
 * time, as a rebuild rewrites them all: hashing their megabytes would cost a no-op run more
 * than the rest of its check. The version covers an upgrade: npm gives every installed file
 * the same time, so sizes alone could match.
 */
export function generatorIdentity(repoRoot: string): string {
  const self = fileURLToPath(import.meta.url);
  const h = new Hasher();
  if (self.endsWith(".ts")) {
    for (const f of listFiles(path.join(repoRoot, "generator"))) h.add(path.relative(repoRoot, f)).add(readFileSync(f));
    return h.hex();
  }
  const dir = path.dirname(self);
  h.add(generatorVersion());
  for (const name of readdirSync(dir).filter((n) => n.endsWith(".cjs") || n === path.basename(self)).sort()) {
    const { size, mtimeMs } = statSync(path.join(dir, name));
    h.add(name).add(`${size} ${mtimeMs}`);
  }
  return h.hex();
}

interface InputSet {
  readonly generator: string;
  readonly options: StampOptions;
  readonly runtime: ReadonlyMap<string, string>;
  /** The `.conf` files of the schema folder, by name. */
  readonly confNames: readonly string[];
  readonly probes: readonly string[];
  /** Content of a schema file or include probe; undefined: absent. */
  readonly read: InputReader;
}

/** Hash of every input; undefined when a schema file's content is unknown (then nothing is stamped or skipped). */
function inputsHash(inputs: InputSet): string | undefined {
  const { options } = inputs;
  const h = new Hasher()
    .add(`stamp ${STAMP_VERSION}`)
    .add(inputs.generator)
    .add(JSON.stringify([options.schemas, options.name, options.apiVersion ?? null, options.includeInternal ?? false, options.dialect ?? "pyhocon"]));
  for (const [rel, text] of inputs.runtime) h.add(rel).add(text);
  for (const name of inputs.confNames) {
    const text = inputs.read(path.join(options.schemas, name));
    if (text === undefined) return undefined;
    h.add(name).add(text);
  }
  for (const probe of inputs.probes) {
    const text = inputs.read(probe);
    h.add(probe).add(text === undefined ? "absent" : "present").add(text ?? "");
  }
  return h.hex();
}

/** The `.conf` names of the schema folder as the loader lists them. */
function confNames(schemas: string): string[] {
  return readdirSync(schemas)
    .filter((n) => n.endsWith(".conf"))
    .sort();
}

/** The generator's node_modules/.cache folder for stamps; undefined without node_modules (no stamps then). */
export function defaultCacheDir(repoRoot: string): string | undefined {
  const modules = path.join(repoRoot, "node_modules");
  return existsSync(modules) ? path.join(modules, ".cache", "hocon-api-codegen") : undefined;
}

function stampFile(options: StampOptions, cacheDir: string | undefined): string | undefined {
  if (cacheDir === undefined) return undefined;
  return path.join(cacheDir, new Hasher().add(path.resolve(options.out)).hex().slice(0, 24) + ".json");
}

function readStamp(options: StampOptions, cacheDir: string | undefined): Stamp | undefined {
  const file = stampFile(options, cacheDir);
  if (!file || !existsSync(file)) return undefined;
  try {
    const stamp = JSON.parse(readFileSync(file, "utf8")) as Stamp;
    return stamp.version === STAMP_VERSION ? stamp : undefined;
  } catch {
    return undefined;
  }
}

function writeStamp(options: StampOptions, cacheDir: string | undefined, stamp: Omit<Stamp, "version">): void {
  const file = stampFile(options, cacheDir);
  if (!file) return;
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify({ version: STAMP_VERSION, ...stamp }));
}

/** The files a run leaves in the folder (the package and its manifest) with their content hashes, as a stamp records them. */
function outputHashes(files: ReadonlyMap<string, string>): [string, string][] {
  const all = withManifest(files);
  return [...all.keys()].sort().map((rel) => [rel, textHash(all.get(rel)!)]);
}

/** True when the output folder holds exactly the recorded files with the recorded contents. */
function outputsMatch(outDir: string, recorded: readonly (readonly [string, string])[]): boolean {
  const folder = new OutputFolder(outDir);
  const names = new Set(recorded.map(([rel]) => rel));
  for (const [rel, hash] of recorded) {
    if (!folder.lstat(rel)?.isFile()) return false;
    if (fileHash(folder.where(rel)) !== hash) return false;
  }
  // A file added to src/ by hand: the run reports it (and leaves it alone).
  return folder.filesNotIn(names).length === 0;
}

/** What a run's stamp is keyed by and hashed with, besides the schemas. */
export interface StampContext {
  readonly options: StampOptions;
  /** undefined: no stamps (nothing is skipped or recorded). */
  readonly cacheDir: string | undefined;
  /** Identity of the generator code (generatorIdentity). */
  readonly generator: string;
  /** The runtime files the run copies into the package. */
  readonly runtime: ReadonlyMap<string, string>;
}

/** The last run's stamp when every input and output still matches it (the run may then be skipped). */
export function unchangedSinceStamp(context: StampContext): Stamp | undefined {
  const stamp = readStamp(context.options, context.cacheDir);
  if (!stamp) return undefined;
  try {
    // Outputs first: an emptied or missing output folder fails without hashing any input.
    if (!outputsMatch(context.options.out, stamp.outputs)) return undefined;
    const inputs = inputsHash({ ...context, confNames: confNames(context.options.schemas), probes: stamp.probes, read: readText });
    return inputs === stamp.inputs ? stamp : undefined;
  } catch {
    return undefined;
  }
}

/** What a successful run read and wrote, and what it printed. */
export interface StampedRun {
  readonly sources: ReadonlyMap<string, string>;
  readonly probes: ReadonlyMap<string, string | undefined>;
  readonly files: ReadonlyMap<string, string>;
  readonly report: string;
}

/** Stamps a successful run with its inputs as they were parsed (not as they are now), so a file edited during the run is never stamped as done. */
export function recordStamp(context: StampContext, run: StampedRun): void {
  try {
    const probes = [...run.probes.keys()];
    const read = (file: string): string | undefined => (run.probes.has(file) ? run.probes.get(file) : run.sources.get(file));
    const inputs = inputsHash({ ...context, confNames: confNames(context.options.schemas), probes, read });
    if (inputs !== undefined) writeStamp(context.options, context.cacheDir, { inputs, probes, outputs: outputHashes(run.files), report: run.report });
  } catch {
    // No stamp: the next run simply regenerates.
  }
}
