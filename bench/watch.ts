// Benchmark suite: `codegen --watch` on a copy of the corpus. Each edit rewrites one
// service file with one description changed; the latency runs from the moment the save
// returns to the moment the run that follows has written its last file (the watch's
// onRun hook, called right after writing). The watch runs in this process, as the CLI
// runs it, with its default debounce; the editor's write happens here too.
import { cpSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { CODEGEN_PHASES, type CodegenPhase, type CodegenResult } from "../generator/emit/pipeline.js";
import { DEFAULT_DEBOUNCE_MS, watchCodegen } from "../generator/watch/index.js";
import { formatMs, median } from "./measure.js";
import { budgetTable, table } from "./report.js";
import type { BenchSuite } from "./suites.js";
import { CORPUS_SERVICES, withScratch } from "./workspace.js";

const WARMUP_EDITS = 10;
const EDITS = 21;
/** One edited service per edit, in turn: small and large ones. */
const EDITED = ["tasks.conf", "queues.conf", "models.conf", "projects.conf", "workers.conf", "auth.conf", "events.conf"];
/** Idle time between a run and the next edit, so each edit is a save of its own. */
const PAUSE_MS = 50;
const BUDGET_MS = 100;

interface Sample {
  readonly latency: number;
  readonly written: number;
  readonly phases: ReadonlyMap<CodegenPhase, number>;
}

export const watchSuite: BenchSuite = {
  name: "watch",
  run: () =>
    withScratch("watch", async (dir) => {
      const schemas = path.join(dir, "services");
      cpSync(CORPUS_SERVICES, schemas, { recursive: true });
      const out = path.join(dir, "out");
      const abort = new AbortController();
      let phases = new Map<CodegenPhase, number>();
      let ran: ((at: bigint, result: CodegenResult) => void) | undefined;
      let stderr = "";
      const watching = watchCodegen([{ schemas, out, name: "clearml-api-client", includeInternal: true }], {
        signal: abort.signal,
        output: { stdout: () => {}, stderr: (text) => (stderr += text) },
        observe: (phase, ms) => phases.set(phase, (phases.get(phase) ?? 0) + ms),
        onRun: (_job, result) => ran?.(process.hrtime.bigint(), result),
      });
      const nextRun = (): Promise<{ at: bigint; result: CodegenResult }> =>
        new Promise((resolve, reject) => {
          const timeout = setTimeout(() => reject(new Error(`no run within 10 s of an edit; the watch printed:\n${stderr}`)), 10_000);
          ran = (at, result) => {
            clearTimeout(timeout);
            ran = undefined;
            resolve({ at, result });
          };
        });

      const samples: Sample[] = [];
      try {
        // The first run happens as the watch starts.
        for (let i = 0; i < WARMUP_EDITS + EDITS; i++) {
          await new Promise((r) => setTimeout(r, PAUSE_MS));
          const file = path.join(schemas, EDITED[i % EDITED.length]!);
          const edited = editedDescription(readFileSync(file, "utf8"), i);
          const run = nextRun();
          phases = new Map();
          writeFileSync(file, edited);
          const saved = process.hrtime.bigint();
          const { at, result } = await run;
          if (result.stopped) throw new Error(`the run after edit ${i} stopped (${result.stopped.reason}):\n${stderr.split("\n").filter((line) => line.includes(": error: ")).join("\n")}`);
          if (result.write.written.length === 0) throw new Error(`edit ${i} of ${file} changed no output file`);
          if (i >= WARMUP_EDITS) samples.push({ latency: Number(at - saved) / 1e6, written: result.write.written.length, phases });
        }
      } finally {
        abort.abort();
        await watching;
      }
      return report(samples);
    }),
};

/** The file with its first description changed: a new text each time, so every edit changes the output. */
function editedDescription(text: string, i: number): string {
  // A one-line string: `description: "` not opening a """ block.
  const found = /description: "(?!")/.exec(text);
  if (!found) throw new Error("no description to edit");
  const start = found.index + found[0].length;
  const rest = text.slice(start).replace(/^\[edit \d+\] /, "");
  return `${text.slice(0, start)}[edit ${i}] ${rest}`;
}

function report(samples: readonly Sample[]): string {
  const latencies = samples.map((s) => s.latency);
  const med = median(latencies);
  const row = (what: string, times: number[]): string[] => [what, formatMs(median(times)), formatMs(Math.min(...times)), formatMs(Math.max(...times))];
  const phaseRows = CODEGEN_PHASES.filter((p) => samples.some((s) => s.phases.has(p))).map((p) => row(p, samples.map((s) => s.phases.get(p) ?? 0)));
  const outside = samples.map((s) => s.latency - [...s.phases.values()].reduce((a, b) => a + b, 0));
  phaseRows.push(row(`outside the phases (the ${DEFAULT_DEBOUNCE_MS} ms debounce, the wake-up, the input checks)`, outside));
  return [
    `\`codegen --watch --include-internal\` of a copy of the corpus, in this process (\`watchCodegen\` in generator/watch/, as the CLI runs it, debounce ${DEFAULT_DEBOUNCE_MS} ms). Each edit saves one service file (${EDITED.join(", ")} in turn) with its first description changed; ${EDITS} edits after ${WARMUP_EDITS} warm-up ones, ${PAUSE_MS} ms apart. Latency: from the moment the save returns to the moment the run has written its last file. Files written per edit: median ${median(samples.map((s) => s.written))}.`,
    "",
    table(["edit to last write", "median", "min", "max"], [["latency", formatMs(med), formatMs(Math.min(...latencies)), formatMs(Math.max(...latencies))]], ["l", "r", "r", "r"]),
    "Where a run's time goes (its phases, as the pipeline's observer reports them, and the rest of the latency):",
    "",
    table(["phase", "median", "min", "max"], phaseRows, ["l", "r", "r", "r"]),
    budgetTable([{ what: "edit to last write (median)", limit: `${BUDGET_MS} ms`, measured: formatMs(med), pass: med <= BUDGET_MS }]),
  ].join("\n");
}
