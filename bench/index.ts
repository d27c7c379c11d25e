// `npm run bench`: runs every benchmark suite (bench/suites.ts) in one process, prints
// each one's results and writes them to BENCHMARKS.md. `npm run bench -- NAME...` runs
// only the named suites and replaces only their sections of BENCHMARKS.md.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { machine } from "./measure.js";
import { renderBenchmarks, type Section } from "./report.js";
import { suites } from "./suites.js";
import { REPO } from "./workspace.js";

const only = process.argv.slice(2);
const unknown = only.filter((name) => !suites.some((s) => s.name === name));
if (unknown.length > 0) {
  process.stderr.write(`bench: unknown suite(s) ${unknown.join(", ")}; known: ${suites.map((s) => s.name).join(", ")}\n`);
  process.exit(1);
}

const command = only.length > 0 ? `npm run bench -- ${only.join(" ")}` : "npm run bench";
const atStart = machine();
const sections: Section[] = [];
let failed = 0;
for (const suite of suites) {
  if (only.length > 0 ? !only.includes(suite.name) : suite.manual) continue;
  console.log(`## ${suite.name}`);
  const started = performance.now();
  const load = machine().load;
  const printed: string[] = [];
  const log = console.log;
  // What a suite prints is also its section when it returns no Markdown of its own.
  console.log = (...args: unknown[]) => {
    printed.push(args.map(String).join(" "));
    log(...args);
  };
  try {
    const markdown = await suite.run();
    console.log = log;
    if (typeof markdown === "string") console.log(markdown);
    const body = typeof markdown === "string" ? markdown : "```\n" + printed.join("\n") + "\n```\n";
    const seconds = ((performance.now() - started) / 1000).toFixed(0);
    sections.push({ suite: suite.name, markdown: `## ${suite.name}\n\n${body.trimEnd()}\n\n_Measured by \`${command}\` (this suite: ${seconds} s, load average ${load} at its start)._` });
  } catch (err) {
    console.log = log;
    failed++;
    process.stderr.write(`bench ${suite.name}: failed: ${err instanceof Error ? err.message : String(err)}\n`);
  }
}

const file = path.join(REPO, "BENCHMARKS.md");
const existing = existsSync(file) ? readFileSync(file, "utf8") : undefined;
writeFileSync(file, renderBenchmarks(existing, atStart, sections, suites.map((s) => s.name)));
console.log(`BENCHMARKS.md: ${sections.length} section(s) updated`);
if (failed > 0) process.exitCode = 1;
