// Differential test (issue 4): for every request and response schema of the ClearML
// corpus (all endpoint versions, internal included), instances made from the pyhocon
// ground truth, valid ones and near misses, are accepted by our generated zod validator
// exactly when ajv (JSON Schema 2020-12) accepts them against the same schema. A request
// is judged as the server judges it (and as the runtime checks it): with its nulls removed
// first (templates/runtime/without-nulls.ts).
import type { ValidateFunction } from "ajv";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ZodType } from "zod";
import { withoutNulls } from "../../templates/runtime/without-nulls.js";
import { KNOWN_DISAGREEMENTS, KNOWN_NON_SCHEMAS } from "./known-disagreements.js";
import { createAjv } from "./support/ajv.js";
import { describeDisagreement, type Disagreement, type Side } from "./support/disagreements.js";
import { generateInTemp, removeGenerated, importModule, type GeneratedPackage } from "./support/generated-package.js";
import { readTruth, type Json, type JsonObject, type TruthService, type TruthVersion } from "./support/ground-truth.js";
import { fakeInstances } from "./support/instances.js";
import { applyMutation, mutationsOf, pickMutations, type MutationKind } from "./support/mutations.js";
import { CORPUS_SERVICES } from "./support/paths.js";

/** What the runtime's EndpointInfo and the zod entry's validators for it carry that this test reads. */
interface Info {
  readonly name: string;
  readonly version: string;
  readonly batch?: boolean;
  readonly textResponse?: boolean;
  readonly request?: ZodType;
  readonly response?: ZodType;
}

type ServiceTable = Record<string, Record<string, readonly Info[]>>;
type ValidatorTable = Record<string, Pick<Info, "request" | "response">>;

const INSTANCES_PER_SCHEMA = 3;
const MUTATIONS_PER_INSTANCE = 12;

interface Tally {
  schemas: number;
  instances: number;
  valid: number;
  mutated: number;
  /** Mutations ajv rejects, by kind: the near misses really are misses. */
  rejectedByKind: Map<MutationKind, number>;
  fakerInvalid: string[];
  disagreements: Disagreement[];
}

function endpointInfo(table: ServiceTable, validators: ValidatorTable, tv: TruthVersion): Info | undefined {
  const info = table[tv.service]?.[tv.action]?.find((i) => i.version === tv.version);
  return info && { ...info, ...validators[`${info.name}@${info.version}`] };
}

describe("zod validators agree with ajv on the pyhocon ground truth", () => {
  let pkg: GeneratedPackage;
  let table: ServiceTable;
  let validators: ValidatorTable;
  let truth: TruthService[];
  const tally: Tally = {
    schemas: 0,
    instances: 0,
    valid: 0,
    mutated: 0,
    rejectedByKind: new Map(),
    fakerInvalid: [],
    disagreements: [],
  };

  beforeAll(async () => {
    pkg = generateInTemp(CORPUS_SERVICES);
    table = (await importModule(pkg, "client")).services as ServiceTable;
    validators = ((await importModule(pkg, "zod/index")).validators as { endpoints: ValidatorTable }).endpoints;
    truth = readTruth();
  });

  afterAll(() => removeGenerated(pkg));

  it("maps every ground-truth endpoint version to its generated EndpointInfo", () => {
    const versions = truth.flatMap((s) => s.versions);
    expect(versions).toHaveLength(356);
    const problems: string[] = [];
    for (const tv of versions) {
      const info = endpointInfo(table, validators, tv);
      const at = `${tv.service}.${tv.action} ${tv.version}`;
      if (!info) {
        problems.push(`${at}: no EndpointInfo`);
        continue;
      }
      if (info.name !== `${tv.service}.${tv.action}`) problems.push(`${at}: EndpointInfo is named ${info.name}`);
      const r = tv.request;
      if (r.kind === "schema" && (info.batch || !info.request))
        problems.push(`${at}: expected a plain request validator`);
      if (r.kind === "batch" && !info.batch) problems.push(`${at}: expected a batch endpoint`);
      if (r.kind === "batch" && Boolean(r.item) !== Boolean(info.request)) {
        problems.push(
          `${at}: batch of ${r.action} ${r.version}: item validator ${info.request ? "present" : "absent"}, ground truth has ${r.item ? "one" : "none"}`,
        );
      }
      if (tv.response.kind === "text" && (!info.textResponse || info.response))
        problems.push(`${at}: expected a text response`);
      if (tv.response.kind === "schema" && (info.textResponse || !info.response))
        problems.push(`${at}: expected a response validator`);
    }
    expect(problems).toEqual([]);
  });

  it("removes only the documented non-schema values from the ground truth", () => {
    expect(truth.flatMap((s) => s.removed)).toEqual(KNOWN_NON_SCHEMAS);
  });

  it("accepts exactly what ajv accepts, on valid and near-miss instances", () => {
    // One ajv (its meta-schema compiled once); compiled schemas are cached per service, whose definitions they carry.
    const ajv = createAjv();
    for (const service of truth) {
      const compiled = new Map<string, ValidateFunction>();
      const reference = (schema: JsonObject): ValidateFunction => {
        // Versions often repeat a schema unchanged: compile each distinct one once.
        const key = JSON.stringify({ ...schema, definitions: undefined });
        let fn = compiled.get(key);
        if (!fn) compiled.set(key, (fn = ajv.compile(schema)));
        return fn;
      };
      service.versions.forEach((tv, index) => {
        const info = endpointInfo(table, validators, tv);
        if (!info) return;
        const check = (side: Side, schema: JsonObject, validator: ZodType | undefined): void => {
          if (!validator) return;
          tally.schemas++;
          compare(tally, tv, side, schema, reference(schema), validator, index * 2 + (side === "request" ? 0 : 1));
        };
        const r = tv.request;
        if (r.kind === "schema") check("request", r.schema, info.request);
        else if (r.item && r.item.request.kind === "schema") check("request", r.item.request.schema, info.request);
        if (tv.response.kind === "schema") check("response", tv.response.schema, info.response);
      });
    }
    const unexplained = tally.disagreements.filter((d) => !KNOWN_DISAGREEMENTS.some((k) => k.matches(d)));
    expect(unexplained.map(describeDisagreement)).toEqual([]);
  });

  it("every listed disagreement still occurs (the list cannot go stale)", () => {
    expect(tally.instances).toBeGreaterThan(0);
    const stale = KNOWN_DISAGREEMENTS.filter((k) => !tally.disagreements.some((d) => k.matches(d))).map((k) => k.id);
    expect(stale).toEqual([]);
  });

  it("checks a meaningful number of instances, and the near misses are mostly real misses", () => {
    const summary = {
      schemas: tally.schemas,
      instances: tally.instances,
      valid: tally.valid,
      mutated: tally.mutated,
      rejectedByKind: Object.fromEntries([...tally.rejectedByKind].sort()),
      fakerInvalid: tally.fakerInvalid.length,
      disagreements: Object.fromEntries(
        KNOWN_DISAGREEMENTS.map((k) => [k.id, tally.disagreements.filter((d) => k.matches(d)).length]),
      ),
    };
    console.log("differential:", JSON.stringify(summary, null, 1));
    // Every request and response schema of all 356 versions (minus text responses).
    expect(tally.schemas).toBeGreaterThan(690);
    expect(tally.valid).toBeGreaterThan(tally.schemas * 2);
    for (const kind of ["wrong-type", "null", "missing-required", "enum-miss", "integer-fraction"] as const) {
      expect(tally.rejectedByKind.get(kind) ?? 0, kind).toBeGreaterThan(100);
    }
    expect(tally.rejectedByKind.get("extra-key-forbidden") ?? 0).toBeGreaterThan(10);
    expect(tally.fakerInvalid).toEqual([]);
  });
});

function compare(
  tally: Tally,
  tv: TruthVersion,
  side: Side,
  schema: JsonObject,
  ajv: ValidateFunction,
  zod: ZodType,
  seed: number,
): void {
  const base = { side, endpoint: `${tv.service}.${tv.action}`, version: tv.version };
  const judge = (
    instance: Json,
    kind: Disagreement["kind"],
    path: Disagreement["path"],
    besideRef: boolean,
    optionalProperty = false,
  ): boolean => {
    tally.instances++;
    // A request is judged as the server and the runtime judge it: its nulls removed first.
    const seen = side === "request" ? (withoutNulls(instance) as Json) : instance;
    const a = ajv(seen);
    const z = zod.safeParse(seen).success;
    if (a !== z) tally.disagreements.push({ ...base, kind, path, besideRef, optionalProperty, ajv: a, zod: z });
    return a;
  };
  for (const instance of fakeInstances(schema, seed, INSTANCES_PER_SCHEMA)) {
    // A null the schema allows where a value is required (auth.revoke_credentials' untyped
    // `key_id`) is a missing value to the server: not a request it takes, so not a valid instance.
    if (side === "request" && ajv(instance) && !ajv(withoutNulls(instance) as Json)) continue;
    tally.valid++;
    if (!judge(instance, "generated", [], false)) {
      tally.fakerInvalid.push(`${base.endpoint} ${base.version} ${side}: ${JSON.stringify(ajv.errors?.[0])}`);
      continue;
    }
    for (const m of pickMutations(mutationsOf(schema, instance), MUTATIONS_PER_INSTANCE)) {
      tally.mutated++;
      if (!judge(applyMutation(instance, m), m.kind, m.path, m.besideRef, m.optionalProperty)) {
        tally.rejectedByKind.set(m.kind, (tally.rejectedByKind.get(m.kind) ?? 0) + 1);
      }
    }
  }
}
