// Benchmark suite for the OpenAPI emitter on the ClearML corpus: building the document
// and rendering it as JSON and YAML, with the `yaml` package's stringify as the baseline
// that justified the hand-written YAML writer. Registered in bench/suites.ts.
import path from "node:path";
import { stringify } from "yaml";
import { loadApi } from "../generator/schema/index.js";
import { emitOpenApi, renderOpenApiJson, renderOpenApiYaml } from "../generator/emit/openapi/index.js";

const CORPUS_SERVICES = path.resolve(process.cwd(), "../shared/corpus/clearml-server/services");
const RUNS = 15;

/** Median wall time in ms of `RUNS` runs after one warm-up. */
function median(fn: () => unknown): number {
  fn();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[times.length >> 1];
}

export const openApiBenchSuite = {
  name: "openapi",
  async run(): Promise<void> {
    const { model } = loadApi(CORPUS_SERVICES);
    const rows: [string, number, string][] = [];
    for (const [label, options] of [
      ["max version", {}],
      ["2.13", { version: "2.13" }],
      ["max + internal", { includeInternal: true }],
    ] as const) {
      const doc = emitOpenApi(model, options);
      const json = renderOpenApiJson(doc);
      const yaml = renderOpenApiYaml(doc);
      const size = `${Object.keys(doc.paths).length} ops, JSON ${(json.length / 1024).toFixed(0)} KiB, YAML ${(yaml.length / 1024).toFixed(0)} KiB`;
      rows.push([`emit (${label})`, median(() => emitOpenApi(model, options)), size]);
      rows.push([`render JSON (${label})`, median(() => renderOpenApiJson(doc)), ""]);
      rows.push([`render YAML (${label})`, median(() => renderOpenApiYaml(doc)), ""]);
      rows.push([`yaml.stringify baseline (${label})`, median(() => stringify(doc)), ""]);
    }
    console.log("| step | median ms | size |\n|---|---:|---|");
    for (const [step, ms, size] of rows) console.log(`| ${step} | ${ms.toFixed(2)} | ${size} |`);
  },
};
