// Benchmark suite: whole-process codegen of the corpus side by side with openapi-typescript
// and @hey-api/openapi-ts (on our own OpenAPI output), a no-op regeneration, and tsc over
// each generator's output. Ours and theirs run in interleaved rounds; ratios are medians of
// ours/theirs within a round. Checked against the budgets of issue 6.
import { copyFileSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { codegen, heyApi, openapiTypescript, outputSize, snapshotCli, tsc, tscFacts } from "./competitors.js";
import {
  formatBytes,
  formatMs,
  interleavedRounds,
  pairedRatio,
  runChildOk,
  type ChildSeries,
} from "./measure.js";
import { budgetTable, table, type Budget } from "./report.js";
import type { BenchSuite } from "./suites.js";
import { USAGE_CALL_COUNT, USAGE_ENDPOINT_COUNT, USAGE_PINNED_VERSION, writeUsageProgram } from "./usage-programs.js";
import { linkPackage, packageVersion, withScratch } from "./workspace.js";

// Rounds are cheap next to the run-to-run spread on a shared 2-core machine (about 3%).
const CODEGEN_ROUNDS = { warmup: 1, minRuns: 11, maxRuns: 11 };
/** hey-api takes several times longer than the others: it takes part in the first 3 rounds only. */
const HEY_ROUNDS = 3;
const NOOP_RUNS = { warmup: 1, minRuns: 11, maxRuns: 11 };
/** tsc on a slow output can take a minute per run: at least one round, more while under 120 s. */
const TSC_ROUNDS = { warmup: 0, minRuns: 1, maxRuns: 9, budgetMs: 150_000 };

export const BUDGETS = {
  codegenVsOpenapiTypescript: 0.25,
  tscVsOpenapiTypescript: 0.8,
  codegenPeakRss: 150e6,
  noopMs: 150,
  /** tsc of the calling program above the empty program, against openapi-fetch's (issue 18). */
  usageAboveFloorVsOpenapiFetch: 0.5,
};

export const codegenSuite: BenchSuite = {
  name: "codegen",
  run: () => withScratch("codegen", run),
};

async function run(dir: string): Promise<string> {
  const oursOut = path.join(dir, "ours");
  const cli = snapshotCli(dir);
  const ours = { fresh: codegen(cli, oursOut, true), again: codegen(cli, oursOut, false) };
  await runChildOk(ours.fresh, dir); // our OpenAPI document is the others' input
  const openapiJson = path.join(dir, "openapi.json");
  copyFileSync(path.join(oursOut, "openapi.json"), openapiJson);
  const heyDir = path.join(dir, "hey");
  mkdirSync(heyDir, { recursive: true });
  const oat = openapiTypescript(openapiJson, path.join(dir, "oat"));
  const hey = heyApi(openapiJson, heyDir, HEY_ROUNDS);

  console.log("codegen: ours, openapi-typescript, hey-api in interleaved rounds...");
  const [genOurs, genOat, genHey] = await interleavedRounds([ours.fresh, oat, hey], dir, CODEGEN_ROUNDS);
  for (const s of [genOurs, genOat, genHey]) console.log(`  ${s.label}: median ${formatMs(s.time.median)}, peak ${formatBytes(s.peakRss)}`);

  console.log("codegen: no-op regeneration...");
  const [noop] = await interleavedRounds([ours.again], dir, NOOP_RUNS);
  console.log(`  ${noop.label}: median ${formatMs(noop.time.median)}`);
  for (const r of noop.runs) {
    if (!/\b0 written\b/.test(r.stdout) || !/\b0 removed\b/.test(r.stdout)) throw new Error(`no-op regeneration changed files: ${r.stdout.trim()}`);
  }

  console.log("codegen: tsc --noEmit on each output...");
  const oatDts = path.join(dir, "oat-dts");
  mkdirSync(oatDts, { recursive: true });
  linkPackage(oatDts, "openapi-fetch");
  copyFileSync(path.join(dir, "oat", "schema.ts"), path.join(oatDts, "schema.d.ts"));
  const empty = path.join(dir, "empty");
  mkdirSync(empty, { recursive: true });
  writeFileSync(path.join(empty, "empty.ts"), "export {};\n");
  const checks = {
    ours: tsc("tsc: ours (whole package: src/)", oursOut, ["src"]),
    oursClient: tsc("tsc: ours (client entry: src/index)", oursOut, ["src/index.d.ts"]),
    oursZod: tsc("tsc: ours (src/ + the zod-types opt-in)", oursOut, ["src", "zod-types.d.ts"]),
    oursUsage: tsc(`tsc: ours (src/ + a program making ${USAGE_CALL_COUNT} calls)`, oursOut, ["src", writeUsageProgram("ours", oursOut)]),
    oat: tsc("tsc: openapi-typescript output as schema.ts", path.join(dir, "oat"), ["schema.ts"]),
    oatDts: tsc("tsc: openapi-typescript output as schema.d.ts", oatDts, ["schema.d.ts"]),
    hey: tsc("tsc: hey-api output", heyDir, ["out"]),
    oatUsage: tsc("tsc: the same program with openapi-fetch on openapi-typescript's schema.d.ts", oatDts, [writeUsageProgram("openapiFetch", oatDts)]),
    heyUsage: tsc("tsc: the same program with hey-api's SDK", heyDir, [writeUsageProgram("heyApi", heyDir)]),
    empty: tsc("tsc: an empty program (the floor)", empty, ["empty.ts"]),
  };
  const declarationsChecked = tsc("tsc: ours, skipLibCheck off", oursOut, ["src"], { checkDeclarations: true });
  await runChildOk(checks.oat, dir); // loads TypeScript and the lib files into the page cache
  const series = await interleavedRounds(Object.values(checks), dir, TSC_ROUNDS);
  const [checkOurs, checkOursClient, checkOursZod, checkOursUsage, checkOat, checkOatDts, checkHey, checkOatUsage, checkHeyUsage, checkEmpty] = series;
  const [checkStrict] = await interleavedRounds([declarationsChecked], dir, { warmup: 0, minRuns: 1, maxRuns: 1 });
  for (const s of [...series, checkStrict]) console.log(`  ${s.label}: median ${formatMs(s.time.median)}, peak ${formatBytes(s.peakRss)}`);

  const sizes = {
    ours: outputSize(oursOut),
    oat: outputSize(path.join(dir, "oat")),
    hey: outputSize(path.join(heyDir, "out")),
  };
  const budgets: Budget[] = [
    ratioBudget("full codegen / openapi-typescript (types only)", pairedRatio(genOurs, genOat), BUDGETS.codegenVsOpenapiTypescript),
    ratioBudget("tsc on ours (whole package) / tsc on openapi-typescript's output as schema.ts", pairedRatio(checkOurs, checkOat), BUDGETS.tscVsOpenapiTypescript),
    ratioBudget("tsc on ours (whole package) / tsc on openapi-typescript's output as schema.d.ts", pairedRatio(checkOurs, checkOatDts), BUDGETS.tscVsOpenapiTypescript),
    {
      what: "peak memory of codegen",
      limit: formatBytes(BUDGETS.codegenPeakRss),
      measured: formatBytes(genOurs.peakRss),
      pass: genOurs.peakRss > 0 && genOurs.peakRss <= BUDGETS.codegenPeakRss,
    },
    { what: "no-op regeneration", limit: formatMs(BUDGETS.noopMs), measured: formatMs(noop.time.median), pass: noop.time.median <= BUDGETS.noopMs },
    ratioBudget(
      "tsc on the calling program above the empty program: ours / openapi-fetch's (medians)",
      (checkOursUsage.time.median - checkEmpty.time.median) / (checkOatUsage.time.median - checkEmpty.time.median),
      BUDGETS.usageAboveFloorVsOpenapiFetch,
    ),
  ];

  const sizeText = (s: { files: number; bytes: number }) => `${s.files} file${s.files === 1 ? "" : "s"}, ${(s.bytes / 1024).toFixed(0)} KiB`;
  const genRow = (s: ChildSeries, what: string, size: string, ratio: string) => [
    s.label,
    what,
    formatMs(s.time.median),
    formatMs(s.time.min),
    formatBytes(s.peakRss),
    size,
    ratio,
  ];
  const tscRow = (s: ChildSeries, ratio: string) => {
    const facts = tscFacts(s.runs[s.runs.length - 1].stdout);
    return [
      s.label,
      formatMs(s.time.median),
      formatMs(s.time.min),
      String(s.runs.length),
      formatBytes(s.peakRss),
      facts.types?.toLocaleString("en-US") ?? "?",
      facts.instantiations?.toLocaleString("en-US") ?? "?",
      ratio,
    ];
  };
  const x = (r: number) => `${r.toFixed(2)}x`;

  return [
    `Whole processes (\`node\` start-up included), each into an empty folder. Ours: \`codegen --include-internal\` of the CLI as \`npm run build\` builds it, snapshotted for the run. The others read our OpenAPI 3.1 document for the corpus (latest version of each endpoint, internal ones included: ${sizeText(
      outputSize(openapiJson),
    )}). openapi-typescript ${packageVersion("openapi-typescript")}, @hey-api/openapi-ts ${packageVersion("@hey-api/openapi-ts")} (fetch client + sdk plugin), TypeScript ${packageVersion("typescript")}. Median of ${genOurs.runs.length} interleaved rounds after ${CODEGEN_ROUNDS.warmup} warm-up round (hey-api: the first ${genHey.runs.length}); "ours/theirs" is the median of the per-round ratios.`,
    "",
    table(
      ["generator", "generates", "median", "min", "peak RSS", "output", "ours/theirs"],
      [
        genRow(genOurs, "types, zod, client, OpenAPI JSON+YAML (all 356 versions)", sizeText(sizes.ours), ""),
        genRow(genOat, "types", sizeText(sizes.oat), x(pairedRatio(genOurs, genOat))),
        genRow(genHey, "types + SDK + fetch client", sizeText(sizes.hey), x(pairedRatio(genOurs, genHey))),
      ],
      ["l", "l", "r", "r", "r", "l", "r"],
    ),
    `No-op regeneration (same command, output already up to date, nothing written): median ${formatMs(noop.time.median)}, min ${formatMs(
      noop.time.min,
    )}, peak RSS ${formatBytes(noop.peakRss)} (${noop.runs.length} runs after ${NOOP_RUNS.warmup} warm-up).`,
    "",
    `\`tsc --noEmit\` (TypeScript ${packageVersion("typescript")}; strict, skipLibCheck, bundler resolution, lib ES2022 + DOM) over each output, in interleaved rounds after one warm-up tsc run; rounds stop after ${
      TSC_ROUNDS.budgetMs / 1000
    } s (at least ${TSC_ROUNDS.minRuns}). Types and instantiations from \`--extendedDiagnostics\`. openapi-typescript's output is checked twice: as \`schema.ts\` and as \`schema.d.ts\`, the name its README writes it to (a declaration file is parsed and bound, but with skipLibCheck not checked, as ours are). The empty program is the floor every row pays: TypeScript's start-up and its ES2022 + DOM declarations.`,
    "",
    table(
      ["checked", "median", "min", "runs", "peak RSS", "types", "instantiations", "ours/theirs"],
      [
        tscRow(checkOurs, ""),
        tscRow(checkOursClient, ""),
        tscRow(checkOursZod, ""),
        tscRow(checkOat, x(pairedRatio(checkOurs, checkOat))),
        tscRow(checkOatDts, x(pairedRatio(checkOurs, checkOatDts))),
        tscRow(checkHey, x(pairedRatio(checkOurs, checkHey))),
        tscRow(checkEmpty, x(pairedRatio(checkOurs, checkEmpty))),
      ],
      ["l", "r", "r", "r", "r", "r", "r", "r"],
    ),
    `With skipLibCheck off (every declaration of src/ checked too), one run: ${formatMs(checkStrict.time.median)}. The zod-types opt-in row is what a user who asks for zod's typing of the validators loads: zod's own declarations (~95 files), which that user's own zod code loads anyway. The floor against openapi-typescript's output: the empty program takes ${x(
      pairedRatio(checkEmpty, checkOat),
    )} of tsc on schema.ts and ${x(pairedRatio(checkEmpty, checkOatDts))} of tsc on schema.d.ts. ${budgetAboveFloor(checkOurs, checkOat, checkOatDts, checkEmpty)}`,
    "",
    `Using the client: one program, written for each client, calls ${USAGE_ENDPOINT_COUNT} endpoints through a client at the latest version and one at ${USAGE_PINNED_VERSION} and reads every response (bench/usage-programs.ts; a .ts file, so checked, and the declarations it uses are resolved then). Ours includes the whole package, as above; openapi-typescript's types are used through openapi-fetch ${packageVersion(
      "openapi-fetch",
    )}, its authors' client; hey-api's through its SDK functions. Only ours types the ${USAGE_PINNED_VERSION} client with ${USAGE_PINNED_VERSION}'s schemas; the others have the latest version's only. Same rounds as above; "ours/theirs" here is against our program row.`,
    "",
    table(
      ["checked", "median", "min", "runs", "peak RSS", "types", "instantiations", "ours/theirs"],
      [tscRow(checkOursUsage, ""), tscRow(checkOatUsage, x(pairedRatio(checkOursUsage, checkOatUsage))), tscRow(checkHeyUsage, x(pairedRatio(checkOursUsage, checkHeyUsage)))],
      ["l", "r", "r", "r", "r", "r", "r", "r"],
    ),
    "Budgets (issue 6, for a 2-core machine):",
    "",
    budgetTable(budgets),
  ].join("\n");
}

/**
 * The tsc budget restated above the floor F that every row pays: (F + ours) <= 0.8 (F + theirs)
 * holds exactly when ours <= 0.8 theirs - 0.2 F, with ours and theirs measured above F.
 */
function budgetAboveFloor(ours: ChildSeries, oatTs: ChildSeries, oatDts: ChildSeries, floor: ChildSeries): string {
  const f = floor.time.median;
  const allowed = (theirs: ChildSeries) => BUDGETS.tscVsOpenapiTypescript * (theirs.time.median - f) - (1 - BUDGETS.tscVsOpenapiTypescript) * f;
  const [ts, dts] = [allowed(oatTs), allowed(oatDts)];
  const impossible = (ms: number) => (ms < 0 ? " (below zero: no output could meet it, openapi-typescript's own included)" : "");
  return `Above the floor (medians), ours costs ${formatMs(ours.time.median - f)}; the ${BUDGETS.tscVsOpenapiTypescript.toFixed(2)}x budget allows ${formatMs(ts)} against schema.ts and ${formatMs(dts)} against schema.d.ts${impossible(dts)}.`;
}

function ratioBudget(what: string, ratio: number, limit: number): Budget {
  return { what, limit: `${limit.toFixed(2)}x`, measured: `${ratio.toFixed(2)}x`, pass: ratio <= limit };
}
