// Benchmark suite (run on demand: `npm run bench -- tsc-parts`): where tsc spends its time
// on our generated package, one part at a time (each part with what it imports), with
// tsc's own counts of types and instantiations, the numbers that explain a slow check.
import { readdirSync } from "node:fs";
import path from "node:path";
import { codegen, snapshotCli, tsc, tscFacts } from "./competitors.js";
import { formatBytes, formatMs, runChildOk } from "./measure.js";
import { table } from "./report.js";
import type { BenchSuite } from "./suites.js";
import { withScratch } from "./workspace.js";

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
      const rows: string[][] = [];
      for (const [label, include] of parts) {
        console.log(`tsc-parts: ${label}...`);
        const run = await runChildOk(tsc(label, out, include), dir);
        const facts = tscFacts(run.stdout);
        rows.push([
          label,
          formatMs(run.ms),
          facts.checkMs === undefined ? "none" : formatMs(facts.checkMs), // tsc prints no check time when only declarations are included
          formatBytes(run.peakRss),
          facts.types?.toLocaleString("en-US") ?? "?",
          facts.instantiations?.toLocaleString("en-US") ?? "?",
        ]);
      }
      return [
        "`tsc --noEmit --extendedDiagnostics` over each part of our generated package for the corpus (with everything it imports), one run each, same settings as the codegen suite.",
        "",
        table(["included", "wall", "check time", "peak RSS", "types", "instantiations"], rows, ["l", "r", "r", "r", "r", "r"]),
      ].join("\n");
    }),
};
