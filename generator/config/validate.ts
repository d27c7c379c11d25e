// Checks a config file's value against the job shape, turning each mistake into a
// problem that names the job and the key, with a hint for a misspelt key. Hand-written,
// not a zod schema: loading zod took longer than the whole of a no-op codegen run.
import { DIALECTS } from "../hocon/dialects.js";
import { DIFF_SEVERITIES, RULE_IDS } from "../diff/rules.js";
import { isPackageName, PACKAGE_NAME_RULE } from "../emit/package-name.js";
import type { JobConfig } from "./define.js";
import { ConfigError, type ConfigProblem } from "./error.js";
import { jobLabel } from "./job-label.js";
import { editDistance } from "../schema/lint/similar.js";

/** The problems of one job, each starting with the job's label. */
class Problems {
  readonly list: ConfigProblem[] = [];
  constructor(readonly where: string) {}

  /** Something wrong with `key`'s value (`key` may be dotted: `diff.hideDocs`). */
  at(key: string, message: string, hint?: string): void {
    this.list.push({ message: `${this.where}: key ${JSON.stringify(key)}: ${message}`, ...(hint ? { hint } : {}) });
  }

  missing(key: string): void {
    this.list.push({ message: `${this.where}: missing key ${JSON.stringify(key)}`, hint: `every job needs ${REQUIRED.join(", ")}` });
  }

  /** Each key of `object` not in `known`, with the key it was probably meant to be. */
  unknownKeys(object: Record<string, unknown>, known: readonly string[], prefix: string): void {
    for (const key of Object.keys(object)) {
      if (known.includes(key)) continue;
      const near = (prefix === "" ? ALIASES[key] : undefined) ?? nearest(key, known);
      this.list.push({ message: `${this.where}: unknown key ${JSON.stringify(prefix + key)}`, hint: near ? `did you mean \`${near}\`?` : `the keys are ${known.join(", ")}` });
    }
  }
}

/** Checks the value of `key` when it is present (checkKeys reports a missing one). */
type Check = (value: unknown, key: string, problems: Problems) => void;

const text =
  (allowEmpty: boolean): Check =>
  (value, key, problems) => {
    if (typeof value !== "string") problems.at(key, `expected string, got ${typeName(value)}`);
    else if (value === "" && !allowEmpty) problems.at(key, "must not be empty");
  };

const boolean: Check = (value, key, problems) => {
  if (typeof value !== "boolean") problems.at(key, `expected boolean, got ${typeName(value)}`);
};

const oneOf =
  (allowed: readonly string[]): Check =>
  (value, key, problems) => {
    if (!allowed.includes(value as string)) problems.at(key, `${JSON.stringify(value)} is not one of ${allowed.map((v) => JSON.stringify(v)).join(", ")}`);
  };

const packageName: Check = (value, key, problems) => {
  if (typeof value !== "string") problems.at(key, `expected string, got ${typeName(value)}`);
  else if (!isPackageName(value)) problems.at(key, `${JSON.stringify(value)} ${PACKAGE_NAME_RULE}`);
};

const DIFF: Record<string, Check> = {
  severities(value, key, problems) {
    if (!isRecord(value)) return problems.at(key, `expected record, got ${typeName(value)}`);
    const known = (rule: string): boolean => RULE_IDS.includes(rule as never);
    for (const rule of Object.keys(value).filter(known)) oneOf(DIFF_SEVERITIES)(value[rule], `${key}.${rule}`, problems);
    for (const rule of Object.keys(value).filter((rule) => !known(rule))) {
      const near = nearest(rule, RULE_IDS);
      problems.at(key, `unknown diff rule ${JSON.stringify(rule)}`, near ? `did you mean \`${near}\`?` : "the rules are listed in README's diff section");
    }
  },
  hideDocs: boolean,
};

/** A job's keys and their checks, in the order problems are reported; the first three are required. */
const JOB: Record<string, Check> = {
  schemas: text(false),
  out: text(false),
  name: packageName,
  apiVersion: text(true),
  includeInternal: boolean,
  dialect: oneOf(DIALECTS),
  diff: (value, key, problems) => {
    if (!isRecord(value)) return problems.at(key, `expected object, got ${typeName(value)}`);
    checkKeys(value, DIFF, `${key}.`, problems);
  },
  docs: text(false),
};
const REQUIRED = Object.keys(JOB).slice(0, 3);

/** Names other tools use for the same setting. */
const ALIASES: Record<string, string> = { output: "out", outDir: "out", outdir: "out", packageName: "name", schemaDir: "schemas", input: "schemas", site: "docs", docsDir: "docs" };

/** The config's jobs, each checked; a ConfigError listing every problem otherwise. */
export function validateConfig(value: unknown, file: string): JobConfig[] {
  const jobs = Array.isArray(value) ? value : [value];
  if (jobs.length === 0) throw new ConfigError(file, "the config has no jobs", "export one job object, or an array of them");
  const all: ConfigProblem[] = [];
  jobs.forEach((job, index) => {
    const where = jobLabel(job, index);
    if (!isRecord(job)) {
      all.push({ message: `${where}: expected an object with schemas, out and name, got ${typeName(job)}`, hint: "export default defineConfig({ schemas, out, name })" });
      return;
    }
    const problems = new Problems(where);
    checkKeys(job, JOB, "", problems);
    all.push(...problems.list);
  });
  if (all.length > 0) throw new ConfigError(file, all);
  return jobs as JobConfig[];
}

/** Each key of `checks` in that order (missing or checked), then the unknown keys of `object`. */
function checkKeys(object: Record<string, unknown>, checks: Record<string, Check>, prefix: string, problems: Problems): void {
  for (const [key, check] of Object.entries(checks)) {
    const value = own(object, key);
    if (value !== undefined) check(value, prefix + key, problems);
    else if (REQUIRED.includes(prefix + key)) problems.missing(key);
  }
  problems.unknownKeys(object, Object.keys(checks), prefix);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** An own property's value: a key inherited from Object.prototype (`constructor`) is not one of the job's. */
function own(object: Record<string, unknown>, key: string): unknown {
  return Object.hasOwn(object, key) ? object[key] : undefined;
}

function typeName(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return typeof value === "object" ? "an object" : `${typeof value} ${JSON.stringify(value)}`;
}

/** The known key closest to `key` when it is a plausible misspelling (case and dashes aside, at most 2 edits). */
function nearest(key: string, keys: readonly string[]): string | undefined {
  const norm = (s: string): string => s.toLowerCase().replace(/[-_]/g, "");
  let best: { key: string; distance: number } | undefined;
  for (const known of keys) {
    const distance = editDistance(norm(key), norm(known), 3);
    if (distance <= 2 && (best === undefined || distance < best.distance)) best = { key: known, distance };
  }
  return best?.key;
}
