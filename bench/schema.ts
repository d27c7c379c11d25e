// Benchmark suite for the schema model (registered in bench/suites.ts): loadApi + lint on
// the real corpus, split into HOCON parsing and model building + lint (the part this
// module owns; budget ~15 ms on the corpus), and on synthetic folders of growing size to
// show linear scaling. Every figure is a median: the machine is shared, so single runs lie.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { loadApi } from "../generator/schema/index.js";
import { readConf } from "../generator/schema/read.js";
import type { BenchSuite } from "./suites.js";

const CORPUS = path.resolve(process.cwd(), "../shared/corpus/clearml-server/services");
const MODEL_BUDGET_MS = 15;

interface Split {
  readonly total: number;
  readonly parse: number;
  /** CPU time (all threads, so garbage collection too) of model+lint: steadier than wall time on a busy machine. */
  readonly modelCpu: number;
}

function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** One loadApi call, timing the parser separately through the reader it is given. */
function timedLoad(dir: string): Split {
  let parse = 0;
  let parseCpu = 0;
  const read = (file: string) => {
    const t0 = performance.now();
    const c0 = cpuMs();
    try {
      return readConf(file);
    } finally {
      parseCpu += cpuMs() - c0;
      parse += performance.now() - t0;
    }
  };
  const c0 = cpuMs();
  const start = performance.now();
  loadApi(dir, read);
  const total = performance.now() - start;
  return { total, parse, modelCpu: cpuMs() - c0 - parseCpu };
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 === 1 ? s[m] : (s[m - 1] + s[m]) / 2;
}

const COLUMNS = ["total", "parse", "model+lint", "min m+l", "m+l cpu"];

/** Runs `timedLoad` `warmup + runs` times and prints the medians of the measured runs. */
function measure(label: string, dir: string, warmup: number, runs: number): number {
  for (let i = 0; i < warmup; i++) timedLoad(dir);
  const totals: number[] = [];
  const parses: number[] = [];
  const models: number[] = [];
  const cpus: number[] = [];
  for (let i = 0; i < runs; i++) {
    const { total, parse, modelCpu } = timedLoad(dir);
    totals.push(total);
    parses.push(parse);
    models.push(total - parse);
    cpus.push(modelCpu);
  }
  const cells = [median(totals), median(parses), median(models), Math.min(...models), median(cpus)];
  console.log(`${label.padEnd(44)} ${cells.map((ms) => ms.toFixed(2).padStart(10)).join(" ")}`);
  return median(models);
}

/** A service with `n` endpoints, each with two versions and a definition chain to walk. */
function syntheticService(n: number): unknown {
  const service: Record<string, unknown> = { _description: "synthetic", _definitions: {} };
  const defs = service._definitions as Record<string, unknown>;
  for (let i = 0; i < n; i++) {
    defs[`item${i}`] = { type: "object", properties: { id: { type: "string" }, next: { $ref: `#/definitions/item${(i + 1) % n}` } } };
    const schema = { type: "object", required: ["id"], properties: { id: { type: "string", description: "ID" }, item: { $ref: `#/definitions/item${i}` } } };
    service[`action${i}`] = {
      "2.1": { description: "first", request: schema, response: { type: "object", properties: { ok: { type: "boolean" } } } },
      "2.13": { description: "second", request: schema, response: { type: "object" } },
    };
  }
  return service;
}

export const schemaBench: BenchSuite = {
  name: "schema",
  async run() {
    console.log(`${"loadApi (median ms)".padEnd(44)} ${COLUMNS.map((c) => c.padStart(10)).join(" ")}`);
    const corpus = measure("corpus: 16 services, 356 versions (25 runs)", CORPUS, 5, 25);
    for (const n of [1_000, 4_000, 16_000]) {
      const dir = mkdtempSync(path.join(os.tmpdir(), "schema-bench-"));
      try {
        writeFileSync(path.join(dir, "svc.conf"), JSON.stringify(syntheticService(n)));
        measure(`synthetic: ${n} endpoints (3 runs)`, dir, 1, 3);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }
    console.log(`model+lint budget ${MODEL_BUDGET_MS} ms on the corpus: ${corpus <= MODEL_BUDGET_MS ? "within" : "OVER"} (${corpus.toFixed(2)} ms)`);
  },
};
