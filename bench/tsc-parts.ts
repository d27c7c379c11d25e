// Benchmark suite (run on demand: `npm run bench -- tsc-parts`): where tsc spends its time
// on our generated package, one part at a time (each part with what it imports), against
// the empty program every tsc run pays, with tsc's own parse/bind/check times and its
// counts of symbols, types and instantiations, the numbers that explain a slow check.
import { mkdirSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { codegen, snapshotCli, tsc, tscFacts } from "./competitors.js";
import { formatMs, interleavedRounds, median, runChildOk, type ChildSeries } from "./measure.js";
import { table } from "./report.js";
import type { BenchSuite } from "./suites.js";
import { withScratch } from "./workspace.js";

/** Interleaved rounds: one run each is at the mercy of a shared machine's swings. */
const ROUNDS = { warmup: 1, minRuns: 7, maxRuns: 7 };
const FLOOR_LABEL = "an empty program (the floor)";

export const tscPartsSuite: BenchSuite = {
  name: "tsc-parts",
  manual: true,
  run: () =>
    withScratch("tsc-parts", async (dir) => {
      const out = path.join(dir, "ours");
      await runChildOk(codegen(snapshotCli(dir), out, true), dir);
      const src = path.join(out, "src");
      const parts: [string, string[]][] = [
        ["whole package", ["src"]],
        ...readdirSync(src, { withFileTypes: true })
          .filter((d) => d.isDirectory() || d.name.endsWith(".ts"))
          .map((d): [string, string[]] => [`src/${d.name}`, [`src/${d.name}`]])
          .sort(([a], [b]) => (a < b ? -1 : 1)),
      ];
      const empty = path.join(out, "bench-empty");
      mkdirSync(empty, { recursive: true });
      writeFileSync(path.join(empty, "empty.ts"), "export {};\n");
      const commands = [...parts.map(([label, include]) => tsc(label, out, include)), tsc(FLOOR_LABEL, out, ["bench-empty"])];
      console.log(`tsc-parts: ${commands.length} checks, ${ROUNDS.minRuns} interleaved rounds...`);
      const series = await interleavedRounds(commands, dir, ROUNDS);
      const floor = series[series.length - 1];
      const rows = series.map((s) => row(s, floor));
      return [
        `\`tsc --noEmit --extendedDiagnostics\` over each part of our generated package for the corpus (with everything it imports), same settings as the codegen suite; median of ${ROUNDS.minRuns} interleaved rounds after ${ROUNDS.warmup} warm-up. "Above the floor" is the part's median minus the empty program's. Parse, bind and check are tsc's own times (it prints them in 10 ms steps; the floor's are mostly its ES2022 + DOM declarations); no check time means only declarations were included, which skipLibCheck leaves unchecked.`,
        "",
        table(
          ["included", "wall", "above the floor", "parse", "bind", "check", "symbols", "types", "instantiations"],
          rows,
          ["l", "r", "r", "r", "r", "r", "r", "r", "r"],
        ),
      ].join("\n");
    }),
};

function row(s: ChildSeries, floor: ChildSeries): string[] {
  const facts = s.runs.map((r) => tscFacts(r.stdout));
  const phase = (pick: (f: ReturnType<typeof tscFacts>) => number | undefined): string => {
    const values = facts.map(pick).filter((v): v is number => v !== undefined);
    return values.length === 0 ? "none" : formatMs(median(values));
  };
  const above = s === floor ? "" : formatMs(s.time.median - floor.time.median);
  const last = facts[facts.length - 1];
  const count = (n: number | undefined): string => n?.toLocaleString("en-US") ?? "?";
  return [
    s.label,
    formatMs(s.time.median),
    above,
    phase((f) => f.parseMs),
    phase((f) => f.bindMs),
    phase((f) => f.checkMs),
    count(last.symbols),
    count(last.types),
    count(last.instantiations),
  ];
}
