// Benchmark suite: the time of each codegen phase in one warm process (parse, model, lint,
// runtime, each emitter, writing), as the pipeline's observer reports them, then a CPU
// profile of the whole pipeline that says which functions and source files the time goes to.
import path from "node:path";
import { CODEGEN_PHASES, codegen, type CodegenPhase } from "../generator/emit/pipeline.js";
import type { WriteResult } from "../generator/emit/writer.js";
import { formatMs, median } from "./measure.js";
import { profile, type HotSpot } from "./profile.js";
import { table } from "./report.js";
import type { BenchSuite } from "./suites.js";
import { CORPUS_SERVICES, REPO, withScratch } from "./workspace.js";

const WARMUP = 1;
const RUNS = 7;
const PROFILE_REPEAT = 5;
const TOP = 15;

/** The pipeline's phases, with writing measured twice: into an empty folder and over the same output again. */
type Row = Exclude<CodegenPhase, "write"> | "write (empty folder)" | "write (nothing changed)";
const ROWS: readonly Row[] = [...CODEGEN_PHASES.filter((p) => p !== "write"), "write (empty folder)", "write (nothing changed)"];

export const phasesSuite: BenchSuite = {
  name: "phases",
  run: () =>
    withScratch("phases", async (dir) => {
      const times = new Map<Row, number[]>(ROWS.map((r) => [r, []]));
      const totals: number[] = [];
      let fileCount = 0;
      for (let i = 0; i < WARMUP + RUNS; i++) {
        const out = path.join(dir, `run-${i}`);
        const measured = i >= WARMUP;
        const record = (row: Row, ms: number): void => {
          if (measured) times.get(row)!.push(ms);
        };
        const start = performance.now();
        const fresh = run(out, (phase, ms) => record(phase === "write" ? "write (empty folder)" : phase, ms));
        if (measured) totals.push(performance.now() - start);
        fileCount = fresh.files.size;
        const again = run(out, (phase, ms) => {
          if (phase === "write") record("write (nothing changed)", ms);
        });
        if (again.write.written.length > 0) throw new Error(`writing the same files again rewrote ${again.write.written[0]}`);
      }

      const totalMedian = median(totals);
      const rows = ROWS.map((r) => {
        const m = median(times.get(r)!);
        return [r, formatMs(m), formatMs(Math.min(...times.get(r)!)), `${((100 * m) / totalMedian).toFixed(0)}%`];
      });
      rows.push(["**whole call** (into an empty folder)", formatMs(totalMedian), formatMs(Math.min(...totals)), "100%"]);

      let n = 0;
      const summary = await profile(() => run(path.join(dir, `profile-${n++}`)), PROFILE_REPEAT, TOP, REPO);
      return [
        `Codegen of the whole corpus (356 endpoint versions, internal included) in one warm process, phase by phase; median of ${RUNS} runs after ${WARMUP} warm-up, each into a new folder and then again over its own output ("write (nothing changed)"). ${fileCount} files. Each row is a phase of the pipeline the CLI runs (\`codegen\` in generator/emit/pipeline.ts), as its observer reports it; the whole call includes the steps between phases. A whole \`codegen\` process adds Node start-up, module loading, the no-op stamps and cold (unoptimized) code on top: see the codegen suite.`,
        "",
        table(["phase", "median", "min", "share"], rows, ["l", "r", "r", "r"]),
        `CPU profile of ${PROFILE_REPEAT} warm runs (${formatMs(summary.totalMs)} sampled), self time:`,
        "",
        hotSpotTable("function", summary.functions),
        hotSpotTable("source file", summary.files),
      ].join("\n");
    }),
};

/** The CLI's `codegen --include-internal` of the corpus into `out`; throws where the CLI would exit 1. */
function run(out: string, observe?: (phase: CodegenPhase, ms: number) => void): { readonly files: ReadonlyMap<string, string>; readonly write: WriteResult } {
  const result = codegen({ schemas: CORPUS_SERVICES, out, name: "clearml-api-client", includeInternal: true }, { observe });
  if (result.stopped) throw new Error(`codegen stopped (${result.stopped.reason}): ${result.findings.find((d) => d.severity === "error")?.message ?? ""}`);
  return result;
}

function hotSpotTable(what: string, spots: readonly HotSpot[]): string {
  return table(
    [what, "self time", "share"],
    spots.map((s) => [s.name, formatMs(s.ms), `${(100 * s.share).toFixed(1)}%`]),
    ["l", "r", "r"],
  );
}
