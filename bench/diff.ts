// Benchmark suite: `diff` on two copies of the ClearML corpus (the head mutated: a
// property removed from a shared definition, a version inserted, roles narrowed) against
// loading both copies, in interleaved rounds in one process; the budget is on the median
// of the per-round ratios, which a busy machine disturbs less than absolute times.
import { cpSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { diff, diffModels } from "../generator/diff/index.js";
import { loadApi } from "../generator/schema/index.js";
import { formatMs, median } from "./measure.js";
import { budgetTable, table } from "./report.js";
import type { BenchSuite } from "./suites.js";
import { CORPUS_SERVICES, withScratch } from "./workspace.js";

const WARMUP = 3;
const ROUNDS = 21;
const RATIO_BUDGET = 1.5;

function mutate(dir: string, file: string, from: string, to: string): void {
  const target = path.join(dir, file);
  const text = readFileSync(target, "utf8");
  if (!text.includes(from)) throw new Error(`bench diff: ${file} no longer holds the text to mutate`);
  writeFileSync(target, text.replace(from, to));
}

function timed(fn: () => unknown): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

export const diffSuite: BenchSuite = {
  name: "diff",
  run: () =>
    withScratch("diff", async (dir) => {
      const base = path.join(dir, "base");
      const head = path.join(dir, "head");
      cpSync(CORPUS_SERVICES, base, { recursive: true });
      cpSync(CORPUS_SERVICES, head, { recursive: true });
      mutate(head, "queues.conf", `            display_name {\n                description: "Display name"\n                type: string\n            }\n`, "");
      mutate(head, "queues.conf", `    "2.20": \${get_by_id."2.4"} {`, `    "2.13": \${get_by_id."2.4"}\n    "2.20": \${get_by_id."2.4"} {`);
      mutate(head, "auth.conf", `login {\n    internal: false\n    allow_roles = [ "*" ]`, `login {\n    internal: false\n    allow_roles = [ "root" ]`);

      const loads: number[] = [];
      const diffs: number[] = [];
      const ratios: number[] = [];
      let findings = 0;
      for (let i = 0; i < WARMUP + ROUNDS; i++) {
        // Alternate which goes first, so neither always runs on a warmer heap.
        const load = (): number => timed(() => (loadApi(base), loadApi(head)));
        const run = (): number => timed(() => (findings = diff({ base, head }).findings.length));
        const [l, d] = i % 2 === 0 ? [load(), run()] : (([x, y]) => [y, x])([run(), load()]);
        if (i < WARMUP) continue;
        loads.push(l);
        diffs.push(d);
        ratios.push(d / l);
      }
      const a = loadApi(base).model;
      const b = loadApi(head).model;
      const compareOnly: number[] = [];
      for (let i = 0; i < WARMUP + ROUNDS; i++) {
        const t = timed(() => diffModels(a, b));
        if (i >= WARMUP) compareOnly.push(t);
      }
      const ratio = median(ratios);
      return (
        `Two copies of the corpus (16 services), the head mutated (${findings} findings); ${ROUNDS} interleaved rounds, medians.\n\n` +
        table(
          ["step", "median"],
          [
            ["load both copies (loadApi x2)", formatMs(median(loads))],
            ["diff (loads both, then compares)", formatMs(median(diffs))],
            ["compare only (diffModels on loaded models)", formatMs(median(compareOnly))],
            ["diff / load, median of per-round ratios", ratio.toFixed(2)],
          ],
          ["l", "r"],
        ) +
        "\n" +
        budgetTable([{ what: "diff of two corpus copies vs loading both", limit: `≤ ${RATIO_BUDGET}x`, measured: `${ratio.toFixed(2)}x`, pass: ratio <= RATIO_BUDGET }])
      );
    }),
};
