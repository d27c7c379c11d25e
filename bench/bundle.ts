// Benchmark suite: what a browser program pays for the client. One program (log in with key
// and secret, three calls; bench/bundle-programs.ts) bundled by esbuild (minified ESM for
// browsers) for our client with validation off, on (the one-line opt-in) and with
// applyVaults called too, for openapi-fetch and for hey-api's SDK; gzipped sizes from the
// bundle, what each input put in from esbuild's metafile. Checked against issue 18's budgets.
import { mkdirSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { bundleSize, zodInputs, type BundleSize } from "./bundle-size.js";
import { CORPUS_CALLS, heyApiProgram, openapiFetchProgram, oursFunctionsProgram, oursProgram, writeProgram } from "./bundle-programs.js";
import { codegen, heyApi, snapshotCli } from "./competitors.js";
import { runChildOk } from "./measure.js";
import { budgetTable, table, type Budget } from "./report.js";
import type { BenchSuite } from "./suites.js";
import { linkPackage, packageVersion, withScratch } from "./workspace.js";

export const BUNDLE_BUDGETS = {
  /** Validation off, the per-endpoint functions (the program holds only what it calls), gzipped. */
  offGzip: 8 * 1024,
  /** What validation may add beyond zod's own cost for the validators, gzipped. */
  validationOverhead: 2 * 1024,
};

export const bundleSuite: BenchSuite = {
  name: "bundle",
  run: () => withScratch("bundle", run),
};

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

async function run(dir: string): Promise<string> {
  const cli = snapshotCli(dir);
  const ours = path.join(dir, "ours");
  await runChildOk(codegen(cli, ours, true), dir);
  const heyDir = path.join(dir, "hey");
  mkdirSync(heyDir, { recursive: true });
  await runChildOk(heyApi(path.join(ours, "openapi.json"), heyDir), dir);
  for (const pkg of ["zod", "openapi-fetch"]) linkPackage(dir, pkg);

  const programs = path.join(dir, "programs");
  mkdirSync(programs, { recursive: true });
  const size = (name: string, text: string): Promise<BundleSize> => bundleSize(writeProgram(programs, name, text), dir);
  const off = await size("ours-off", oursProgram("../ours", "off", CORPUS_CALLS));
  const on = await size("ours-on", oursProgram("../ours", "on", CORPUS_CALLS));
  const vaults = await size("ours-vaults", oursProgram("../ours", "vaults", CORPUS_CALLS));
  const functions = await size("ours-functions", oursFunctionsProgram("../ours", CORPUS_CALLS));
  // zod's own cost for what `validators` holds: zod and every validator module, nothing of ours.
  const services = readdirSync(path.join(ours, "src", "zod")).filter((f) => f.endsWith(".js") && f !== "index.js");
  const zodAlone = await size("zod-alone", services.map((f) => `export * from "../ours/src/zod/${f}";\n`).join(""));
  const openapiFetch = await size("openapi-fetch", openapiFetchProgram(CORPUS_CALLS));
  const hey = await size("hey-api", heyApiProgram("../hey/out", CORPUS_CALLS));

  const offInputs = new Set(off.inputs.keys());
  const added = [...vaults.inputs].filter(([file]) => !offInputs.has(file) && !file.startsWith("programs/"));
  const parser = added.filter(([file]) => readFileSync(path.join(dir, file), "utf8").includes("hocon/unterminated-string"));
  const addedBytes = added.reduce((n, [, b]) => n + b, 0);
  const parserBytes = parser.reduce((n, [, b]) => n + b, 0);
  const zodBytes = (s: BundleSize) => zodInputs(s).reduce((n, f) => n + s.inputs.get(f)!, 0);
  const oursBytes = (s: BundleSize) => [...s.inputs].filter(([f]) => f.startsWith("ours/")).reduce((n, [, b]) => n + b, 0);

  const corpusEndpoints = Object.keys(JSON.parse(readFileSync(path.join(ours, "openapi.json"), "utf8")).paths).length;
  const calls = CORPUS_CALLS.map(([s, a]) => `${s}.${a}`).join(", ");
  const row = (what: string, s: BundleSize, note: string) => [what, kb(s.bytes), kb(s.gzip), kb(zodBytes(s)), note];
  const budgets: Budget[] = [
    {
      what: "validation off, per-endpoint functions, gzipped",
      limit: `${kb(BUNDLE_BUDGETS.offGzip)} (${BUNDLE_BUDGETS.offGzip} B)`,
      measured: `${kb(functions.gzip)} (${functions.gzip} B)`,
      pass: functions.gzip <= BUNDLE_BUDGETS.offGzip,
    },
    {
      what: "validation on minus off, gzipped, beyond zod's own cost for the validators",
      limit: `${kb(zodAlone.gzip)} + ${kb(BUNDLE_BUDGETS.validationOverhead)}`,
      measured: kb(on.gzip - off.gzip),
      pass: on.gzip - off.gzip <= zodAlone.gzip + BUNDLE_BUDGETS.validationOverhead,
    },
    {
      what: "applyVaults adds only the parser's modules (minified bytes from the metafile)",
      limit: `${parserBytes} B (the parser's chunk) + vaults.js`,
      measured: `${addedBytes} B in ${added.length} module(s)`,
      pass: parser.length > 0 && added.every(([f]) => parser.some(([p]) => p === f) || f.endsWith("/src/runtime/vaults.js")),
    },
    { what: "validation off: no zod module in the bundle", limit: "0", measured: String(zodInputs(off).length), pass: zodInputs(off).length === 0 },
  ];
  return [
    `One browser program, written for each client: log in with an access key and secret, then call ${calls} (bench/bundle-programs.ts), on the corpus (every endpoint). Bundled by esbuild ${packageVersion(
      "esbuild",
    )} (\`bundle\`, \`minify\`, ESM, platform browser, ES2022); "gzip" is the bundle gzipped (zlib default level); "zod" is what zod's modules put in (minified, from the metafile). Ours: \`createClient\` with \`keySecret\` (renewal, retries, redaction, errors included), the zod validators opted in with \`validate: validators\` from the package's \`/zod\` entry. openapi-fetch ${packageVersion(
      "openapi-fetch",
    )}: the login is a plain call whose token a middleware sets. hey-api ${packageVersion("@hey-api/openapi-ts")}: its SDK functions with its fetch client, the token set by an interceptor. Neither of those validates, retries or renews a token. The 8 KB budget is for the per-endpoint functions, whose bundle holds only the endpoints called; \`createClient\` holds a table of every endpoint's versions (the corpus has ${corpusEndpoints} endpoints), so that the client has a method for each.`,
    "",
    table(
      ["program", "minified", "gzip", "zod", "what it holds"],
      [
        row("ours, validation off", off, `our code ${kb(oursBytes(off))} minified`),
        row("ours, validation on", on, `our code ${kb(oursBytes(on))} minified, validators included`),
        row("ours, validation off + applyVaults", vaults, `adds ${added.length} module(s), ${kb(addedBytes)} minified: the HOCON parser and applyVaults`),
        row("ours, per-endpoint functions", functions, `\`createTransport\` and \`usersGetCurrentUser(transport, body)\`...: no \`createClient\` table of every endpoint; our code ${kb(oursBytes(functions))} minified`),
        row("zod and every validator alone", zodAlone, "what `validators` references: zod's own cost"),
        row("openapi-fetch", openapiFetch, ""),
        row("hey-api SDK + fetch client", hey, ""),
      ],
      ["l", "r", "r", "r", "l"],
    ),
    "Budgets (issue 18):",
    "",
    budgetTable(budgets),
  ].join("\n");
}
