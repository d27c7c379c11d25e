// Checks a config file's value against the job shape (zod), turning each issue into a
// problem that names the job and the key, with a hint for a misspelt key.
import { z } from "zod";
import { DIALECTS } from "../hocon/dialects.js";
import { DIFF_SEVERITIES, RULE_IDS } from "../diff/rules.js";
import { isPackageName, PACKAGE_NAME_RULE } from "../emit/package-name.js";
import type { JobConfig } from "./define.js";
import { ConfigError, type ConfigProblem } from "./error.js";
import { jobLabel } from "./job-label.js";

const jobSchema = z.strictObject({
  schemas: z.string().min(1),
  out: z.string().min(1),
  name: z.string().refine(isPackageName, PACKAGE_NAME_RULE),
  apiVersion: z.string().optional(),
  includeInternal: z.boolean().optional(),
  dialect: z.enum(DIALECTS as [string, ...string[]]).optional(),
  diff: z
    .strictObject({
      severities: z.partialRecord(z.enum(RULE_IDS as [string, ...string[]]), z.enum(DIFF_SEVERITIES as [string, ...string[]])).optional(),
      hideDocs: z.boolean().optional(),
    })
    .optional(),
  docs: z.string().min(1).optional(),
});

const KEYS = Object.keys(jobSchema.shape);
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
    if (typeof job !== "object" || job === null || Array.isArray(job)) {
      problems.push({ message: `${where}: expected an object with schemas, out and name, got ${typeName(job)}`, hint: "export default defineConfig({ schemas, out, name })" });
      return;
    }
    const result = jobSchema.safeParse(job);
    if (!result.success) for (const issue of result.error.issues) problems.push(...describe(issue, job as Record<string, unknown>, where));
  });
  if (problems.length > 0) throw new ConfigError(file, problems);
  return jobs as JobConfig[];
}

function describe(issue: z.core.$ZodIssue, job: Record<string, unknown>, where: string): ConfigProblem[] {
  if (issue.code === "unrecognized_keys") {
    const outer = issue.path.map(String).join(".");
    return issue.keys.map((key) => {
      if (outer === "diff.severities") {
        const near = nearest(key, RULE_IDS);
        return { message: `${where}: key "diff.severities": unknown diff rule ${JSON.stringify(key)}`, hint: near ? `did you mean \`${near}\`?` : "the rules are listed in README's diff section" };
      }
      const known = outer === "" ? KEYS : DIFF_KEYS;
      const near = (outer === "" ? ALIASES[key] : undefined) ?? nearest(key, known);
      return { message: `${where}: unknown key ${JSON.stringify(outer === "" ? key : `${outer}.${key}`)}`, hint: near ? `did you mean \`${near}\`?` : `the keys are ${known.join(", ")}` };
    });
  }
  // A nested key is named by its path (`diff.severities.type-changed`).
  const key = issue.path.map(String).join(".");
  const value = issue.path.reduce<unknown>((v, k) => (typeof v === "object" && v !== null ? (v as Record<PropertyKey, unknown>)[k] : undefined), job);
  if (issue.code === "invalid_type" && value === undefined) {
    return [{ message: `${where}: missing key ${JSON.stringify(key)}`, hint: `every job needs ${KEYS.slice(0, 3).join(", ")}` }];
  }
  if (issue.code === "invalid_type") {
    return [{ message: `${where}: key ${JSON.stringify(key)}: expected ${issue.expected}, got ${typeName(value)}` }];
  }
  if (issue.code === "invalid_value") {
    return [{ message: `${where}: key ${JSON.stringify(key)}: ${JSON.stringify(value)} is not one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}` }];
  }
  if (issue.code === "too_small") return [{ message: `${where}: key ${JSON.stringify(key)}: must not be empty` }];
  return [{ message: `${where}: key ${JSON.stringify(key)}: ${JSON.stringify(value)} ${issue.message}` }];
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
    const distance = editDistance(norm(key), norm(known));
    if (distance <= 2 && (best === undefined || distance < best.distance)) best = { key: known, distance };
  }
  return best?.key;
}

function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length];
}
