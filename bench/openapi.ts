// Benchmark suite for the OpenAPI emitter on the ClearML corpus: codegen's path (both
// documents rendered from the model, service by service), then the document object (what
// the docs site takes) and its whole-document renderers, with the `yaml` package's
// stringify as the baseline that justified the hand-written YAML writer. Registered in
// bench/suites.ts.
import { stringify } from "yaml";
import { loadApi } from "../generator/schema/index.js";
import { emitOpenApi, renderOpenApiJson, renderOpenApiYaml } from "../generator/emit/openapi/index.js";
import { renderOpenApi } from "../generator/emit/openapi/rendered.js";
import { formatMs, timeInProcess } from "./measure.js";
import { table } from "./report.js";
import type { BenchSuite } from "./suites.js";
import { CORPUS_SERVICES } from "./workspace.js";

const RUNS = { warmup: 1, runs: 15 };

export const openApiBenchSuite: BenchSuite = {
  name: "openapi",
  async run(): Promise<string> {
    const { model } = loadApi(CORPUS_SERVICES);
    const rows: string[][] = [];
    for (const [label, options] of [
      ["max version", {}],
      ["2.13", { version: "2.13" }],
      ["max + internal", { includeInternal: true }],
    ] as const) {
      const doc = emitOpenApi(model, options);
      const json = renderOpenApiJson(doc);
      const yaml = renderOpenApiYaml(doc);
      const size = `${Object.keys(doc.paths).length} ops, JSON ${(json.length / 1024).toFixed(0)} KiB, YAML ${(yaml.length / 1024).toFixed(0)} KiB`;
      const row = (step: string, fn: () => unknown, note = ""): void => {
        const t = timeInProcess(fn, RUNS);
        rows.push([`${step} (${label})`, formatMs(t.median), formatMs(t.min), note]);
      };
      row("codegen: JSON + YAML from the model", () => renderOpenApi(model, options), size);
      row("emit", () => emitOpenApi(model, options));
      row("render JSON", () => renderOpenApiJson(doc));
      row("render YAML", () => renderOpenApiYaml(doc));
      row("yaml.stringify baseline", () => stringify(doc));
    }
    return `In one warm process, median of ${RUNS.runs} runs after ${RUNS.warmup} warm-up.\n\n` + table(["step", "median", "min", "size"], rows, ["l", "r", "r", "l"]);
  },
};
