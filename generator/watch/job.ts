// One codegen job under watch: each run goes through the pipeline with the parses and the
// output files of the job's last run, and is skipped when nothing it read has changed
// (watchers report touches, saves of the same bytes and files nobody reads).
import { lstatSync, readdirSync } from "node:fs";
import path from "node:path";
import { codegen, type CodegenHooks, type CodegenOptions, type CodegenResult } from "../emit/pipeline.js";
import { ServiceCache } from "../emit/service-cache.js";
import { withManifest, type KnownFile } from "../emit/writer.js";
import { ParseCache } from "./parse-cache.js";

export class WatchedJob {
  readonly #cache = new ParseCache();
  readonly #services = new ServiceCache();
  #known: ReadonlyMap<string, KnownFile> = new Map();
  /** The schema folder's `.conf` names when the last run started; undefined before the first run. */
  #listing: string | undefined;

  constructor(readonly options: CodegenOptions) {}

  /** Regenerates, unless no schema file or include changed since the last run (then undefined). */
  run(observe?: CodegenHooks["observe"]): CodegenResult | undefined {
    // Listed before the run: a file added while it runs makes the next check run again.
    const listing = confListing(this.options.schemas);
    if (listing === this.#listing && this.#cache.unchanged()) return undefined;
    this.#listing = listing;
    const result = codegen(this.options, { observe, readConf: this.#cache.readConf, known: this.#known, services: this.#services });
    this.#cache.endRun();
    if (result.write) this.#known = filesOnDisk(this.options.out, result.files);
    return result;
  }

  /** Folders whose changes may change the output: the schema folder and those of every include. */
  folders(): string[] {
    return [this.options.schemas, ...this.#cache.files().map((file) => path.dirname(file))];
  }
}

function confListing(dir: string): string {
  try {
    return readdirSync(dir)
      .filter((n) => n.endsWith(".conf"))
      .sort()
      .join("\n");
  } catch (err) {
    return `unreadable: ${(err as NodeJS.ErrnoException).code ?? String(err)}`;
  }
}

/** The written package as it is on disk now, so the next run does not read back what it just wrote. */
function filesOnDisk(out: string, files: ReadonlyMap<string, string>): Map<string, KnownFile> {
  const known = new Map<string, KnownFile>();
  for (const [rel, text] of withManifest(files)) {
    const st = lstatSync(path.join(out, rel), { throwIfNoEntry: false });
    if (st?.isFile()) known.set(rel, { text, size: st.size, mtimeMs: st.mtimeMs });
  }
  return known;
}
