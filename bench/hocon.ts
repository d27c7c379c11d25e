// Parses and resolves all 21 corpus files in one warm process. Budget: 60 ms for all of
// them (the server's Python parser takes about 6.5 s).
import { readdirSync } from "node:fs";
import path from "node:path";
import { parseFile } from "../generator/hocon/file.js";
import type { BenchSuite } from "./suites.js";

const SERVICES = path.resolve(process.cwd(), "../shared/corpus/clearml-server/services");
const WARMUP = 10;
const ITERATIONS = 30;
const BUDGET_MS = 60;

export const hoconSuite: BenchSuite = {
  name: "hocon",
  async run() {
    const files = readdirSync(SERVICES).filter((f) => f.endsWith(".conf")).sort().map((f) => path.join(SERVICES, f));
    const parseAll = () => {
      for (const f of files) parseFile(f);
    };
    for (let i = 0; i < WARMUP; i++) parseAll();
    const perFile = new Map<string, number[]>(files.map((f) => [f, []]));
    const totals: number[] = [];
    // CPU time too: on a shared, loaded machine wall time mostly measures the neighbours.
    const cpuTotals: number[] = [];
    for (let i = 0; i < ITERATIONS; i++) {
      const cpu0 = process.cpuUsage();
      let total = 0;
      for (const f of files) {
        const t0 = performance.now();
        parseFile(f);
        const ms = performance.now() - t0;
        perFile.get(f)!.push(ms);
        total += ms;
      }
      totals.push(total);
      const cpu = process.cpuUsage(cpu0);
      cpuTotals.push((cpu.user + cpu.system) / 1000);
    }
    const rows = files.map((f) => ({ name: path.basename(f), median: median(perFile.get(f)!), min: Math.min(...perFile.get(f)!) }));
    rows.sort((a, b) => b.median - a.median);
    console.log(`${"file".padEnd(24)} ${"median ms".padStart(10)} ${"min ms".padStart(10)}`);
    for (const r of rows) console.log(`${r.name.padEnd(24)} ${r.median.toFixed(2).padStart(10)} ${r.min.toFixed(2).padStart(10)}`);
    const med = median(totals);
    console.log(`${`all ${files.length} files`.padEnd(24)} ${med.toFixed(2).padStart(10)} ${Math.min(...totals).toFixed(2).padStart(10)}`);
    console.log(`${"all, CPU time".padEnd(24)} ${median(cpuTotals).toFixed(2).padStart(10)} ${Math.min(...cpuTotals).toFixed(2).padStart(10)}`);
    console.log(`budget ${BUDGET_MS} ms: ${med <= BUDGET_MS ? "within" : "OVER"} (${ITERATIONS} iterations after ${WARMUP} warm-up)`);
  },
};

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 === 1 ? s[m] : (s[m - 1] + s[m]) / 2;
}
