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

/** A job's keys in the order problems are reported; the first three are required. */
const KEYS = ["schemas", "out", "name", "apiVersion", "includeInternal", "dialect", "diff", "docs"];
const REQUIRED = KEYS.slice(0, 3);
const DIFF_KEYS = ["severities", "hideDocs"];

/** Names other tools use for the same setting. */
const ALIASES: Record<string, string> = { output: "out", outDir: "out", outdir: "out", packageName: "name", schemaDir: "schemas", input: "schemas", site: "docs", docsDir: "docs" };

/** The config's jobs, each checked; a ConfigError listing every problem otherwise. */
export function validateConfig(value: unknown, file: string): JobConfig[] {
  const jobs = Array.isArray(value) ? value : [value];
  if (jobs.length === 0) throw new ConfigError(file, "the config has no jobs", "export one job object, or an array of them");
  const problems: ConfigProblem[] = [];
  jobs.forEach((job, index) => {
    const where = jobLabel(job, index);
    if (!isRecord(job)) {
      problems.push({ message: `${where}: expected an object with schemas, out and name, got ${typeName(job)}`, hint: "export default defineConfig({ schemas, out, name })" });
      return;
    }
    problems.push(...jobProblems(job, where));
  });
  if (problems.length > 0) throw new ConfigError(file, problems);
  return jobs as JobConfig[];
}

/** Every key checked in KEYS order (a nested key's problems at its parent's place), then the unknown keys. */
function jobProblems(job: Record<string, unknown>, where: string): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  const at = (key: string, message: string): void => {
    problems.push({ message: `${where}: key ${JSON.stringify(key)}: ${message}` });
  };
  const oneOf = (key: string, value: unknown, allowed: readonly string[]): void => {
    if (!allowed.includes(value as string)) at(key, `${JSON.stringify(value)} is not one of ${allowed.map((v) => JSON.stringify(v)).join(", ")}`);
  };
  for (const key of KEYS) {
    const value = own(job, key);
    if (value === undefined) {
      if (REQUIRED.includes(key)) problems.push({ message: `${where}: missing key ${JSON.stringify(key)}`, hint: `every job needs ${REQUIRED.join(", ")}` });
      continue;
    }
    if (key === "dialect") oneOf(key, value, DIALECTS);
    else if (key === "includeInternal") {
      if (typeof value !== "boolean") at(key, `expected boolean, got ${typeName(value)}`);
    } else if (key === "diff") {
      if (!isRecord(value)) {
        at(key, `expected object, got ${typeName(value)}`);
        continue;
      }
      const severities = own(value, "severities");
      if (severities !== undefined && !isRecord(severities)) at("diff.severities", `expected record, got ${typeName(severities)}`);
      else if (severities !== undefined) {
        const unknownRules = Object.keys(severities).filter((rule) => !RULE_IDS.includes(rule as never));
        for (const rule of Object.keys(severities)) if (!unknownRules.includes(rule)) oneOf(`diff.severities.${rule}`, severities[rule], DIFF_SEVERITIES);
        for (const rule of unknownRules) {
          const near = nearest(rule, RULE_IDS);
          problems.push({ message: `${where}: key "diff.severities": unknown diff rule ${JSON.stringify(rule)}`, hint: near ? `did you mean \`${near}\`?` : "the rules are listed in README's diff section" });
        }
      }
      const hideDocs = own(value, "hideDocs");
      if (hideDocs !== undefined && typeof hideDocs !== "boolean") at("diff.hideDocs", `expected boolean, got ${typeName(hideDocs)}`);
      problems.push(...unknownKeys(value, DIFF_KEYS, where, "diff."));
    } else if (typeof value !== "string") at(key, `expected string, got ${typeName(value)}`);
    else if (key === "name") {
      if (!isPackageName(value)) at(key, `${JSON.stringify(value)} ${PACKAGE_NAME_RULE}`);
    } else if (value === "" && key !== "apiVersion") at(key, "must not be empty");
  }
  problems.push(...unknownKeys(job, KEYS, where, ""));
  return problems;
}

function unknownKeys(object: Record<string, unknown>, known: readonly string[], where: string, prefix: string): ConfigProblem[] {
  return Object.keys(object)
    .filter((key) => !known.includes(key))
    .map((key) => {
      const near = (prefix === "" ? ALIASES[key] : undefined) ?? nearest(key, known);
      return { message: `${where}: unknown key ${JSON.stringify(prefix + key)}`, hint: near ? `did you mean \`${near}\`?` : `the keys are ${known.join(", ")}` };
    });
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
