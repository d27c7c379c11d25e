// The measuring helpers: statistics, child processes with peak memory, interleaved rounds.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { interleavedRounds, median, pairedRatio, runChild, stats, type ChildCommand, type ChildSeries } from "../../bench/measure.js";
import { tscFacts } from "../../bench/competitors.js";
import { summarize } from "../../bench/profile.js";

const scratch = mkdtempSync(path.join(os.tmpdir(), "bench-test-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const node = (label: string, code: string): ChildCommand => ({ label, command: process.execPath, args: ["-e", code] });

describe("statistics", () => {
  it("median of odd and even counts, min and run count", () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(stats([5, 1, 9])).toEqual({ median: 5, min: 1, runs: 3 });
    expect(() => median([])).toThrow();
  });

  it("pairs ours with theirs round by round", () => {
    const series = (ms: number[]): ChildSeries => ({
      label: "x",
      runs: ms.map((m) => ({ ms: m, peakRss: 0, exitCode: 0, stdout: "", stderr: "" })),
      time: stats(ms),
      peakRss: 0,
    });
    // Round ratios 0.5, 0.25, 1: the median is 0.5, unlike the ratio of medians (20/40).
    expect(pairedRatio(series([10, 20, 40]), series([20, 80, 40]))).toBe(0.5);
  });
});

describe("child processes", () => {
  it("reports exit code, output and a peak RSS that grows with allocation", async () => {
    const small = await runChild(node("small", "process.stdout.write('hi')"), scratch);
    expect(small.exitCode).toBe(0);
    expect(small.stdout).toBe("hi");
    expect(small.peakRss).toBeGreaterThan(10e6);
    const big = await runChild(node("big", "const b = Buffer.alloc(200e6, 1); process.stdout.write(String(b[5]))"), scratch);
    expect(big.peakRss - small.peakRss).toBeGreaterThan(150e6);
    const failing = await runChild(node("failing", "process.stderr.write('bad'); process.exit(3)"), scratch);
    expect(failing.exitCode).toBe(3);
    expect(failing.stderr).toBe("bad");
  });

  it("runs every command once per round, rotating the order, and fails on a non-zero exit", async () => {
    const order: string[] = [];
    const cmd = (label: string): ChildCommand => ({ ...node(label, ""), before: () => order.push(label) });
    const series = await interleavedRounds([cmd("a"), cmd("b")], scratch, { warmup: 1, minRuns: 2, maxRuns: 2 });
    expect(order.join(" ")).toBe("a b a b b a");
    expect(series.map((s) => s.runs.length)).toEqual([2, 2]);
    await expect(interleavedRounds([node("exit 1", "process.exit(1)")], scratch, { warmup: 0, minRuns: 1, maxRuns: 1 })).rejects.toThrow(
      /exit 1 exited with 1/,
    );
  });

  it("stops adding rounds after the time budget, but not before the minimum", async () => {
    const series = await interleavedRounds([node("slow", "")], scratch, { warmup: 0, minRuns: 2, maxRuns: 10, budgetMs: 0 });
    expect(series[0].runs.length).toBe(2);
  });
});

describe("tscFacts", () => {
  it("reads types, instantiations, symbols and the phase times from --extendedDiagnostics", () => {
    const out = [
      "Files:                         59",
      "Symbols:                    42529",
      "Types:                       1832",
      "Instantiations:               386",
      "Parse time:                 0.51s",
      "Bind time:                  0.24s",
      "Check time:                 0.84s",
      "",
    ].join("\n");
    expect(tscFacts(out)).toEqual({ types: 1832, instantiations: 386, symbols: 42529, parseMs: 510, bindMs: 240, checkMs: 840 });
    expect(tscFacts("")).toEqual({ types: undefined, instantiations: undefined, symbols: undefined, parseMs: undefined, bindMs: undefined, checkMs: undefined });
  });
});

describe("profile summary", () => {
  it("adds self time per function and per file, largest first", () => {
    const frame = (id: number, functionName: string, url: string) => ({ id, callFrame: { functionName, url, lineNumber: id, columnNumber: 0 } });
    const summary = summarize(
      {
        nodes: [frame(1, "(garbage collector)", ""), frame(2, "printDoc", "/repo/gen/doc.ts"), frame(3, "fits", "/repo/gen/doc.ts"), frame(4, "lex", "/repo/gen/lexer.ts")],
        samples: [2, 2, 3, 1, 4, 2],
        timeDeltas: [1000, 1000, 1000, 500, 1500, 1000],
      },
      10,
      "/repo",
    );
    expect(summary.totalMs).toBe(6);
    expect(summary.functions[0]).toEqual({ name: "printDoc (gen/doc.ts:3)", ms: 3, share: 0.5 });
    expect(summary.files.map((f) => [f.name, f.ms])).toEqual([
      ["gen/doc.ts", 4],
      ["gen/lexer.ts", 1.5],
      ["(garbage collector)", 0.5],
    ]);
  });
});

describe("profile summary without the profiler", () => {
  it("leaves out samples under node:inspector frames", () => {
    const summary = summarize(
      {
        nodes: [
          { id: 1, children: [2], callFrame: { functionName: "post", url: "node:inspector/promises", lineNumber: 0, columnNumber: 0 } },
          { id: 2, callFrame: { functionName: "dispatch", url: "", lineNumber: 0, columnNumber: 0 } },
          { id: 3, callFrame: { functionName: "work", url: "/repo/a.ts", lineNumber: 0, columnNumber: 0 } },
        ],
        samples: [2, 3, 1],
        timeDeltas: [5000, 1000, 1000],
      },
      10,
      "/repo",
    );
    expect(summary.totalMs).toBe(1);
    expect(summary.functions.map((f) => f.name)).toEqual(["work (a.ts:1)"]);
  });
});
