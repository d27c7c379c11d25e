// `codegen --watch`: regenerates each job when a schema file or a file they include
// changes, until the signal aborts. Runs are synchronous, so an abort (Ctrl-C) is handled
// between runs: a run that started finishes its writes (each a temporary file renamed
// into place), and none starts after the abort.
import { findRepoRoot } from "../repo-root.js";
import type { CodegenHooks, CodegenOptions, CodegenResult } from "../emit/pipeline.js";
import { runtimeFiles } from "../emit/runtime-files.js";
import { FolderWatchers } from "./folder-watchers.js";
import { WatchedJob } from "./job.js";
import { reportRun } from "./report.js";

export interface WatchOutput {
  stdout(text: string): void;
  stderr(text: string): void;
}

export interface WatchOptions {
  readonly output: WatchOutput;
  /** Stops watching; the promise resolves once the watchers are closed. */
  readonly signal: AbortSignal;
  /** Quiet time after a change before regenerating, so one save's several events and a burst of edits make one run (default 10 ms). */
  readonly debounceMs?: number;
  /** Called after every run that ran, right after it wrote (a benchmark's clock, a test's cue). */
  readonly onRun?: (job: CodegenOptions, result: CodegenResult) => void;
  /** Each run's phases (see CodegenHooks). */
  readonly observe?: CodegenHooks["observe"];
}

export const DEFAULT_DEBOUNCE_MS = 10;
/** A change is acted on at most this long after it, however often files keep changing. */
const MAX_WAIT_MS = 500;

/** Watches and regenerates `jobs` (each a `codegen` call) until `signal` aborts. */
export function watchCodegen(jobs: readonly CodegenOptions[], options: WatchOptions): Promise<void> {
  const checking = jobs.findIndex((job) => job.check);
  if (checking >= 0) return Promise.reject(new Error(`watch: job ${checking + 1} has \`check\`; a watch writes its output`));
  const runtime = jobs.every((job) => job.runtime) ? undefined : runtimeFiles(findRepoRoot());
  const watched = jobs.map((job) => new WatchedJob({ ...job, runtime: job.runtime ?? runtime }));
  const { output, signal } = options;
  const debounceMs = options.debounceMs ?? DEFAULT_DEBOUNCE_MS;

  return new Promise<void>((resolve, reject) => {
    let timer: NodeJS.Timeout | undefined;
    let firstChange: number | undefined;
    let stopped = false;
    const stop = (): void => {
      stopped = true;
      clearTimeout(timer);
      watchers.close();
      signal.removeEventListener("abort", onAbort);
    };
    const runAll = (): void => {
      for (const job of watched) {
        const started = process.hrtime.bigint();
        const result = job.run(options.observe);
        if (result === undefined) continue;
        options.onRun?.(job.options, result);
        const report = reportRun(job.options.out, result, Number(process.hrtime.bigint() - started) / 1e6);
        if (report.stderr) output.stderr(report.stderr);
        if (report.stdout) output.stdout(report.stdout);
      }
      watchers.update(watched.flatMap((job) => job.folders()));
    };
    const runNow = (): void => {
      timer = undefined;
      firstChange = undefined;
      if (stopped) return;
      try {
        runAll();
      } catch (err) {
        stop();
        reject(err);
      }
    };
    const changed = (): void => {
      if (stopped) return;
      const now = Date.now();
      firstChange ??= now;
      clearTimeout(timer);
      timer = setTimeout(runNow, Math.max(0, Math.min(debounceMs, firstChange + MAX_WAIT_MS - now)));
    };
    const watchers = new FolderWatchers(changed);
    const onAbort = (): void => {
      stop();
      resolve();
    };
    if (signal.aborted) return resolve();
    signal.addEventListener("abort", onAbort, { once: true });
    runNow();
    if (!stopped) output.stdout(`codegen --watch: watching ${watchers.size} folder(s); Ctrl-C stops\n`);
  });
}
