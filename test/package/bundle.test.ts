// A browser program pays only for what it calls: the three-call program (bench/bundle-programs.ts)
// bundled from the generated package with esbuild, read through the metafile. Without the
// validators no zod module is in the bundle; with the one-line opt-in zod is; the HOCON
// parser is in only when the program calls applyVaults, and applyVaults adds nothing else; a
// program of per-endpoint functions holds the batch code only when it calls a batch endpoint.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bundleSize, zodInputs, type BundleSize } from "../../bench/bundle-size.js";
import { oursFunctionsProgram, oursProgram, writeProgram, type Calls, type OursVariant } from "../../bench/bundle-programs.js";
import { REPO, removeDir, tempDir } from "./helpers.js";

const PKG = path.join(REPO, "generated");
const CALLS: Calls = [
  ["users", "get_current_user"],
  ["users", "get_vaults"],
  ["storage", "get_settings"],
];

/** The runtime modules that hold the HOCON parser (found by one of its error codes). */
function parserModules(): string[] {
  const dir = path.join(PKG, "src", "runtime");
  return readdirSync(dir)
    .filter((f) => f.endsWith(".js") && readFileSync(path.join(dir, f), "utf8").includes("hocon/unterminated-string"))
    .map((f) => path.join(dir, f));
}

/** What only batch calls need: the json-lines sender and the error of a batch applied in part. */
const BATCH_CODE = ["application/json-lines", "BatchError"];

let work: string;
const bundles = new Map<OursVariant | "functions" | "functions with a batch", BundleSize>();

/** A bundle's inputs as absolute paths. */
const inputs = (variant: OursVariant): string[] => [...bundles.get(variant)!.inputs.keys()].map((f) => path.resolve(work, f));

beforeAll(async () => {
  work = tempDir("bundle");
  for (const variant of ["off", "on", "vaults"] as const) {
    bundles.set(variant, await bundleSize(writeProgram(work, variant, oursProgram(PKG, variant, CALLS)), work));
  }
  bundles.set("functions", await bundleSize(writeProgram(work, "functions", oursFunctionsProgram(PKG, CALLS)), work));
  const withBatch: Calls = [...CALLS, ["users", "update_batch"]];
  bundles.set("functions with a batch", await bundleSize(writeProgram(work, "functions-batch", oursFunctionsProgram(PKG, withBatch)), work));
}, 60_000);

afterAll(() => removeDir(work));

describe("the three-call program's browser bundle", () => {
  it("finds the parser in the runtime (else the checks below prove nothing)", () => {
    expect(parserModules().length).toBeGreaterThan(0);
  });

  it("without validators holds no zod module and no parser module", () => {
    expect(zodInputs(bundles.get("off")!)).toEqual([]);
    expect(inputs("off").filter((f) => parserModules().includes(f))).toEqual([]);
    expect(inputs("off").filter((f) => f.includes(`${path.sep}zod${path.sep}`))).toEqual([]);
  });

  it("with validate: validators holds zod and the validators, but no parser module", () => {
    expect(zodInputs(bundles.get("on")!).length).toBeGreaterThan(0);
    expect(inputs("on")).toContain(path.join(PKG, "src", "zod", "users.js"));
    expect(inputs("on").filter((f) => parserModules().includes(f))).toEqual([]);
  });

  it("with applyVaults called adds the parser's modules and nothing else", () => {
    const off = new Set(inputs("off"));
    const added = inputs("vaults").filter((f) => !off.has(f) && !f.endsWith(`${path.sep}vaults.ts`));
    expect(added.length).toBeGreaterThan(0);
    const runtime = path.join(PKG, "src", "runtime");
    // The parser's chunk, and vaults.js (applyVaults itself and the config merge it lays vaults with).
    expect(added.filter((f) => !parserModules().includes(f) && f !== path.join(runtime, "vaults.js"))).toEqual([]);
    expect(zodInputs(bundles.get("vaults")!)).toEqual([]);
  });

  it("with the per-endpoint functions holds the batch code only when it calls a batch endpoint", () => {
    const holds = (name: "functions" | "functions with a batch") => BATCH_CODE.filter((text) => bundles.get(name)!.text.includes(text));
    expect(holds("functions")).toEqual([]);
    expect(holds("functions with a batch")).toEqual(BATCH_CODE);
    // createClient's table names every endpoint, batch ones included.
    expect(BATCH_CODE.filter((text) => bundles.get("off")!.text.includes(text))).toEqual(BATCH_CODE);
  });
});
