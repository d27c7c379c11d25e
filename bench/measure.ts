// The one place benchmarks measure time and memory: statistics, in-process timing,
// child processes with their peak RSS, interleaved rounds of several commands, and the
// facts about the machine a table was measured on.
import { spawn } from "node:child_process";
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

export interface Stats {
  readonly median: number;
  readonly min: number;
  readonly runs: number;
}

export function median(xs: readonly number[]): number {
  if (xs.length === 0) throw new Error("median of no samples");
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 === 1 ? s[m] : (s[m - 1] + s[m]) / 2;
}

export function stats(xs: readonly number[]): Stats {
  return { median: median(xs), min: Math.min(...xs), runs: xs.length };
}

export interface RunOptions {
  readonly warmup?: number;
  readonly runs?: number;
}

/** Wall time in ms of `fn` in this process: `warmup` discarded calls, then `runs` timed ones. */
export function timeInProcess(fn: () => unknown, { warmup = 1, runs = 5 }: RunOptions = {}): Stats {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  return stats(times);
}

export interface ChildCommand {
  readonly label: string;
  readonly command: string;
  readonly args: readonly string[];
  readonly cwd?: string;
  /** In interleaved rounds, take part in only the first `rounds` measured rounds (slow commands). */
  readonly rounds?: number;
  /** Runs before every timed run (e.g. emptying the output folder); not timed. */
  readonly before?: () => void;
}

export interface ChildRun {
  readonly ms: number;
  /** Peak resident set size in bytes (of the command's own process). */
  readonly peakRss: number;
  readonly exitCode: number;
  readonly stdout: string;
  readonly stderr: string;
}

const GNU_TIME = "/usr/bin/time";

/**
 * Runs one command to completion. Peak memory comes from GNU time when installed, else from
 * a preload that makes a Node child report `process.resourceUsage().maxRSS` on exit.
 */
export async function runChild(cmd: ChildCommand, scratch: string): Promise<ChildRun> {
  cmd.before?.();
  const rssFile = path.join(scratch, `rss-${process.pid}-${Date.now()}.txt`);
  const useGnuTime = existsSync(GNU_TIME);
  const [exe, args, env] = useGnuTime
    ? [GNU_TIME, ["-f", "%M", "-o", rssFile, cmd.command, ...cmd.args], process.env]
    : [cmd.command, [...cmd.args], { ...process.env, ...rssPreloadEnv(scratch, rssFile) }];
  const start = performance.now();
  const { code, stdout, stderr } = await spawnCollect(exe, args, cmd.cwd, env);
  const ms = performance.now() - start;
  let peakRss = 0;
  if (existsSync(rssFile)) {
    const text = readFileSync(rssFile, "utf8").trim().split("\n").pop() ?? "";
    // GNU time prints kilobytes; the preload writes bytes.
    peakRss = useGnuTime ? Number(text) * 1024 : Number(text);
    rmSync(rssFile, { force: true });
  }
  return { ms, peakRss: Number.isFinite(peakRss) ? peakRss : 0, exitCode: code, stdout, stderr };
}

/** Runs a command and fails with its output when it exits non-zero. */
export async function runChildOk(cmd: ChildCommand, scratch: string): Promise<ChildRun> {
  const run = await runChild(cmd, scratch);
  if (run.exitCode !== 0) {
    const tail = (run.stderr + run.stdout).trim().split("\n").slice(-15).join("\n");
    throw new Error(`${cmd.label} exited with ${run.exitCode}:\n${tail}`);
  }
  return run;
}

function rssPreloadEnv(scratch: string, rssFile: string): Record<string, string> {
  const preload = path.join(scratch, "report-max-rss.mjs");
  if (!existsSync(preload)) {
    writeFileSync(
      preload,
      'import { writeFileSync } from "node:fs";\n' +
        "const file = process.env.BENCH_RSS_FILE;\n" +
        'if (file) process.on("exit", () => writeFileSync(file, String(process.resourceUsage().maxRSS * 1024)));\n',
    );
  }
  const existing = process.env.NODE_OPTIONS ?? "";
  return { NODE_OPTIONS: `${existing} --import ${preload}`.trim(), BENCH_RSS_FILE: rssFile };
}

function spawnCollect(
  exe: string,
  args: readonly string[],
  cwd: string | undefined,
  env: NodeJS.ProcessEnv,
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(exe, args, { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (s: string) => (stdout += s));
    child.stderr.setEncoding("utf8").on("data", (s: string) => (stderr += s));
    child.on("error", reject);
    child.on("close", (code, signal) => resolve({ code: code ?? (signal ? 128 : 1), stdout, stderr }));
  });
}

export interface RoundsOptions {
  readonly warmup: number;
  /** At least this many measured rounds, whatever the time. */
  readonly minRuns: number;
  readonly maxRuns: number;
  /** Stop adding rounds beyond `minRuns` once the measured rounds took this long. */
  readonly budgetMs?: number;
}

export interface ChildSeries {
  readonly label: string;
  readonly runs: readonly ChildRun[];
  readonly time: Stats;
  /** Highest peak RSS over the measured runs, bytes. */
  readonly peakRss: number;
}

/**
 * Runs the commands in rounds, each round running every command once, so that load on the
 * machine affects all of them alike. The order rotates from round to round so no command
 * is always first (cold caches) or last. Round i of one series pairs with round i of another.
 */
export async function interleavedRounds(
  commands: readonly ChildCommand[],
  scratch: string,
  options: RoundsOptions,
): Promise<ChildSeries[]> {
  for (let w = 0; w < options.warmup; w++) {
    for (const cmd of rotate(commands, w)) await runChildOk(cmd, scratch);
  }
  const runs: ChildRun[][] = commands.map(() => []);
  const started = performance.now();
  for (let round = 0; round < options.maxRuns; round++) {
    const spent = performance.now() - started;
    if (round >= options.minRuns && options.budgetMs !== undefined && spent >= options.budgetMs) break;
    for (const i of rotate(
      commands.map((_, k) => k),
      round,
    )) {
      if (round < (commands[i].rounds ?? Infinity)) runs[i].push(await runChildOk(commands[i], scratch));
    }
  }
  return commands.map((cmd, i) => ({
    label: cmd.label,
    runs: runs[i],
    time: stats(runs[i].map((r) => r.ms)),
    peakRss: Math.max(...runs[i].map((r) => r.peakRss)),
  }));
}

function rotate<T>(xs: readonly T[], by: number): T[] {
  const k = xs.length === 0 ? 0 : by % xs.length;
  return [...xs.slice(k), ...xs.slice(0, k)];
}

/** Median over rounds of ours/theirs measured in the same round. */
export function pairedRatio(ours: ChildSeries, theirs: ChildSeries): number {
  const n = Math.min(ours.runs.length, theirs.runs.length);
  const ratios: number[] = [];
  for (let i = 0; i < n; i++) ratios.push(ours.runs[i].ms / theirs.runs[i].ms);
  return median(ratios);
}

export interface Machine {
  readonly cpu: string;
  readonly cores: number;
  readonly memory: string;
  readonly node: string;
  readonly os: string;
  /** 1-minute load average when the run started: other work on the machine skews every number. */
  readonly load: string;
}

export function machine(): Machine {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim() ?? "unknown",
    cores: cpus.length,
    memory: `${(os.totalmem() / 2 ** 30).toFixed(1)} GiB`,
    node: process.version,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    load: os.loadavg()[0].toFixed(2),
  };
}

export function formatMs(ms: number): string {
  return ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : ms >= 100 ? `${Math.round(ms)} ms` : `${ms.toFixed(1)} ms`;
}

export function formatBytes(bytes: number): string {
  return bytes <= 0 ? "n/a" : `${(bytes / 1e6).toFixed(0)} MB`;
}
