// A program's browser bundle as esbuild makes it (minified ESM for browsers), its size
// gzipped, and from the metafile what each input file put into it.
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

export interface BundleSize {
  readonly bytes: number;
  /** The bundle itself. */
  readonly text: string;
  readonly gzip: number;
  /** Bytes in the bundle by input path (as esbuild names it, relative to `dir`), inputs that put none left out. */
  readonly inputs: ReadonlyMap<string, number>;
}

export async function bundleSize(entry: string, dir: string): Promise<BundleSize> {
  const result = await build({
    entryPoints: [entry],
    absWorkingDir: dir,
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    write: false,
    outfile: "bundle.js",
    metafile: true,
    logLevel: "silent",
    legalComments: "none",
  });
  const out = result.outputFiles.find((f) => f.path.endsWith(".js"))!;
  const output = Object.values(result.metafile.outputs).find((o) => o.entryPoint !== undefined)!;
  const inputs = new Map<string, number>();
  for (const [file, { bytesInOutput }] of Object.entries(output.inputs)) if (bytesInOutput > 0) inputs.set(file, bytesInOutput);
  return { bytes: out.contents.length, text: out.text, gzip: gzipSync(out.contents).length, inputs };
}

/** Inputs from the zod package. */
export function zodInputs(size: BundleSize): string[] {
  return [...size.inputs.keys()].filter((f) => /(^|\/)node_modules\/zod\//.test(f));
}
