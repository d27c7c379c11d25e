// Benchmark suite for the schema model (register in bench/suites.ts): loadApi + lint on
// the real corpus, and on synthetic folders of growing size to show linear scaling.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { loadApi } from "../generator/schema/index.js";

interface Suite {
  readonly name: string;
  run(): Promise<void>;
}

const CORPUS = path.resolve(process.cwd(), "../shared/corpus/clearml-server/services");

function time(label: string, runs: number, fn: () => void): void {
  fn(); // warm-up
  const start = performance.now();
  for (let i = 0; i < runs; i++) fn();
  const ms = (performance.now() - start) / runs;
  console.log(`${label.padEnd(40)} ${ms.toFixed(2).padStart(9)} ms/op`);
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

export const schemaBench: Suite = {
  name: "schema",
  async run() {
    time("loadApi(corpus: 16 services, 356 versions)", 20, () => loadApi(CORPUS));
    for (const n of [1_000, 4_000, 16_000]) {
      const dir = mkdtempSync(path.join(os.tmpdir(), "schema-bench-"));
      try {
        writeFileSync(path.join(dir, "svc.conf"), JSON.stringify(syntheticService(n)));
        time(`loadApi(synthetic, ${n} endpoints)`, 3, () => loadApi(dir));
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }
  },
};
