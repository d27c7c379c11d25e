// Benchmark suite: validation throughput of our generated zod validators against ajv
// compiled from the same JSON Schemas (our OpenAPI document's), on the same payloads:
// request bodies and response data for the latest version of every corpus endpoint.
import { build } from "esbuild";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import { generatePackage } from "../generator/emit/generate.js";
import { runtimeFiles } from "../generator/emit/runtime-files.js";
import { writeOutput } from "../generator/emit/writer.js";
import { loadApi } from "../generator/schema/index.js";
import { formatMs, median } from "./measure.js";
import { payloadSets, type OpenApiDoc } from "./payloads.js";
import { table } from "./report.js";
import type { BenchSuite } from "./suites.js";
import { CORPUS_SERVICES, packageVersion, REPO, withScratch } from "./workspace.js";

const PAYLOADS_PER_SCHEMA = 10;
const SEED = 20_240_601;
const WARMUP = 2;
const ROUNDS = 7;

interface ZodLike {
  safeParse(value: unknown): { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } };
}

interface EndpointInfoLike {
  readonly name: string;
  readonly version: string;
  readonly request?: ZodLike;
  readonly response?: ZodLike;
}

interface Case {
  readonly label: string;
  readonly zod: ZodLike;
  readonly ajv: ValidateFunction;
  readonly payload: unknown;
}

export const validationSuite: BenchSuite = {
  name: "validation",
  run: () =>
    withScratch("validation", async (dir) => {
      const pkg = path.join(dir, "pkg");
      const { model } = loadApi(CORPUS_SERVICES);
      const generated = generatePackage(model, { packageName: "bench-client", includeInternal: true, runtime: runtimeFiles(REPO) });
      writeOutput(pkg, generated.files);
      const doc = JSON.parse(readFileSync(path.join(pkg, "openapi.json"), "utf8")) as OpenApiDoc;
      const endpoints = await loadEndpointInfos(dir, [...generated.files.keys()]);

      const ajv = new Ajv2020({ strict: false, validateFormats: false, allErrors: false });
      const sets = payloadSets(doc, PAYLOADS_PER_SCHEMA, SEED);
      const cases: Case[] = [];
      let unpaired = 0;
      for (const set of sets) {
        const zod = endpoints.get(`${set.endpoint}@${set.version}`)?.[set.kind];
        if (!zod) {
          unpaired++;
          continue;
        }
        const compiled = ajv.compile(set.schema);
        for (const payload of set.payloads) cases.push({ label: `${set.endpoint} ${set.kind}`, zod, ajv: compiled, payload });
      }
      if (cases.length === 0) throw new Error("no validator pairs: the generated endpoints and the OpenAPI document do not match");

      const agreement = compare(cases);
      const zodPass = () => {
        let ok = 0;
        for (const c of cases) if (c.zod.safeParse(c.payload).success) ok++;
        return ok;
      };
      const ajvPass = () => {
        let ok = 0;
        for (const c of cases) if (c.ajv(c.payload)) ok++;
        return ok;
      };
      const zodTimes: number[] = [];
      const ajvTimes: number[] = [];
      for (let round = 0; round < WARMUP + ROUNDS; round++) {
        // Alternate which goes first so neither always runs on a cooler or warmer heap.
        const order = round % 2 === 0 ? [zodPass, ajvPass] : [ajvPass, zodPass];
        for (const pass of order) {
          const start = performance.now();
          pass();
          const ms = performance.now() - start;
          if (round >= WARMUP) (pass === zodPass ? zodTimes : ajvTimes).push(ms);
        }
      }
      const perSecond = (ms: number) => Math.round((cases.length * 1000) / ms).toLocaleString("en-US");
      const ratios = zodTimes.map((z, i) => ajvTimes[i] / z);
      const zodMs = median(zodTimes);
      const ajvMs = median(ajvTimes);
      return [
        `${cases.length} payloads (${PAYLOADS_PER_SCHEMA} per schema, json-schema-faker seed ${SEED}) for ${sets.length - unpaired} request and response schemas of the latest endpoint versions${
          unpaired > 0 ? ` (${unpaired} schemas without a generated validator skipped)` : ""
        }. Ours: the generated zod validators (\`safeParse\`), bundled from the generated package with esbuild. ajv ${packageVersion("ajv")}: JSON Schema 2020-12 compiled from our OpenAPI document's schemas (formats not checked, as our validators do not check them either). One pass validates every payload once; median of ${ROUNDS} passes after ${WARMUP} warm-up, alternating which goes first.`,
        "",
        table(
          ["validator", "pass (median)", "validations/s", "accepted"],
          [
            ["ours (zod)", formatMs(zodMs), perSecond(zodMs), `${agreement.zodAccepted} / ${cases.length}`],
            ["ajv", formatMs(ajvMs), perSecond(ajvMs), `${agreement.ajvAccepted} / ${cases.length}`],
          ],
          ["l", "r", "r", "r"],
        ),
        `Throughput ours/ajv: ${median(ratios).toFixed(2)}x (median of per-pass ratios). Verdicts differ on ${agreement.disagreements} payload(s)${
          agreement.disagreements > 0 ? ` (${agreement.reasons.length} distinct reasons; the most frequent below). json-schema-faker can produce values its schema rejects, so a disagreement is a lead to check, not necessarily a validator bug:` : "."
        }`,
        "",
        ...agreement.reasons.slice(0, 10).map((d) => `- ${d}`),
      ].join("\n");
    }),
};

/** Every EndpointInfo of the generated package, by `name@version`, from an esbuild bundle of its endpoint modules. */
async function loadEndpointInfos(dir: string, files: readonly string[]): Promise<Map<string, EndpointInfoLike>> {
  const modules = files.filter((f) => /^src\/endpoints\/[^/]+\.js$/.test(f));
  const entry = path.join(dir, "entry.js");
  writeFileSync(entry, modules.map((f, i) => `export * as m${i} from ${JSON.stringify(`./pkg/${f}`)};\n`).join(""));
  const bundle = path.join(dir, "validators.mjs");
  await build({
    entryPoints: [entry],
    outfile: bundle,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    nodePaths: [path.join(REPO, "node_modules")],
    logLevel: "warning",
  });
  const ns = (await import(pathToFileURL(bundle).href)) as Record<string, Record<string, unknown>>;
  const out = new Map<string, EndpointInfoLike>();
  for (const mod of Object.values(ns)) {
    for (const value of Object.values(mod)) {
      if (isEndpointInfo(value)) out.set(`${value.name}@${value.version}`, value);
    }
  }
  return out;
}

function isEndpointInfo(v: unknown): v is EndpointInfoLike {
  if (typeof v !== "object" || v === null) return false;
  const o = v as Record<string, unknown>;
  return typeof o.name === "string" && typeof o.version === "string" && ("request" in o || "response" in o);
}

/** Accept counts, and the payloads on which the two disagree, grouped by schema and first reason. */
function compare(cases: readonly Case[]): { zodAccepted: number; ajvAccepted: number; disagreements: number; reasons: string[] } {
  let zodAccepted = 0;
  let ajvAccepted = 0;
  let disagreements = 0;
  const reasons = new Map<string, number>();
  for (const c of cases) {
    const z = c.zod.safeParse(c.payload);
    const a = c.ajv(c.payload);
    if (z.success) zodAccepted++;
    if (a) ajvAccepted++;
    if (z.success === a) continue;
    disagreements++;
    const why = z.success
      ? `ajv: ${c.ajv.errors?.[0]?.instancePath || "/"} ${c.ajv.errors?.[0]?.message ?? ""}`
      : `zod: /${z.error?.issues[0]?.path.join("/") ?? ""} ${z.error?.issues[0]?.message ?? ""}`;
    const key = `${c.label}: only ${z.success ? "zod" : "ajv"} accepts (${why.trim()})`;
    reasons.set(key, (reasons.get(key) ?? 0) + 1);
  }
  const ranked = [...reasons].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)).map(([k, n]) => `${k}: ${n} payload(s)`);
  return { zodAccepted, ajvAccepted, disagreements, reasons: ranked };
}
