// Benchmark suite: the time of each codegen phase in one warm process (parse, model, lint,
// each emitter, writing), then a CPU profile of the whole pipeline that says which
// functions and source files the time goes to.
import path from "node:path";
import { formatMs, median } from "./measure.js";
import { PHASES, runPhases, type Phase } from "./pipeline.js";
import { profile, type HotSpot } from "./profile.js";
import { table } from "./report.js";
import type { BenchSuite } from "./suites.js";
import { CORPUS_SERVICES, REPO, withScratch } from "./workspace.js";

const WARMUP = 1;
const RUNS = 7;
const PROFILE_REPEAT = 5;
const TOP = 15;

export const phasesSuite: BenchSuite = {
  name: "phases",
  run: () =>
    withScratch("phases", async (dir) => {
      const times = new Map<Phase, number[]>(PHASES.map((p) => [p, []]));
      const totals: number[] = [];
      let fileCount = 0;
      for (let i = 0; i < WARMUP + RUNS; i++) {
        const options = { schemas: CORPUS_SERVICES, outDir: path.join(dir, `run-${i}`), repo: REPO };
        let total = 0;
        fileCount = runPhases(options, (phase, fn) => {
          const start = performance.now();
          const result = fn();
          const ms = performance.now() - start;
          total += ms;
          if (i >= WARMUP) times.get(phase)!.push(ms);
          return result;
        });
        if (i >= WARMUP) totals.push(total);
      }

      const totalMedian = median(totals);
      const rows = PHASES.map((p) => {
        const m = median(times.get(p)!);
        return [p, formatMs(m), formatMs(Math.min(...times.get(p)!)), `${((100 * m) / totalMedian).toFixed(0)}%`];
      });
      rows.push(["**all phases**", formatMs(totalMedian), formatMs(Math.min(...totals)), "100%"]);

      let n = 0;
      const summary = await profile(
        () => runPhases({ schemas: CORPUS_SERVICES, outDir: path.join(dir, `profile-${n++}`), repo: REPO }, (_, fn) => fn()),
        PROFILE_REPEAT,
        TOP,
        REPO,
      );
      return [
        `Codegen of the whole corpus (356 endpoint versions, internal included) in one warm process, phase by phase; median of ${RUNS} runs after ${WARMUP} warm-up, each into a new folder. ${fileCount} files. The schema phases are the calls \`loadApi\` makes; the emit phases are timed by \`generatePackage\` itself. A whole \`codegen\` process adds Node start-up, module loading and cold (unoptimized) code on top: see the codegen suite.`,
        "",
        table(["phase", "median", "min", "share"], rows, ["l", "r", "r", "r"]),
        `CPU profile of ${PROFILE_REPEAT} warm runs (${formatMs(summary.totalMs)} sampled), self time:`,
        "",
        hotSpotTable("function", summary.functions),
        hotSpotTable("source file", summary.files),
      ].join("\n");
    }),
};

function hotSpotTable(what: string, spots: readonly HotSpot[]): string {
  return table(
    [what, "self time", "share"],
    spots.map((s) => [s.name, formatMs(s.ms), `${(100 * s.share).toFixed(1)}%`]),
    ["l", "r", "r"],
  );
}
