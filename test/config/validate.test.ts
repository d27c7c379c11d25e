// validateConfig: every kind of mistake in a job, each named by job and key, in the
// order of the job's keys (a nested key at its parent's place), unknown keys last.
import { describe, expect, it } from "vitest";
import { ConfigError } from "../../generator/config/error.js";
import { validateConfig } from "../../generator/config/validate.js";

const job = (extra: Record<string, unknown> = {}) => ({ schemas: "s", out: "o", name: "pkg", ...extra });

/** The problems' lines (message, then its hint when there is one). */
function problems(value: unknown): string[] {
  try {
    validateConfig(value, "f.json");
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return (err as ConfigError).problems.flatMap((p) => (p.hint ? [p.message, `hint: ${p.hint}`] : [p.message]));
  }
  return [];
}

describe("validateConfig", () => {
  it("accepts a job and a list of jobs, optional keys given or undefined", () => {
    expect(problems(job())).toEqual([]);
    expect(problems([job(), job({ name: "two", apiVersion: "2.13", includeInternal: false, dialect: "spec", docs: "d", diff: { severities: { "endpoint-removed": "info" }, hideDocs: true } })])).toEqual([]);
    expect(problems(job({ apiVersion: undefined, diff: undefined, docs: undefined }))).toEqual([]);
  });

  it("refuses an empty list and a job that is not an object", () => {
    expect(problems([])).toEqual(["the config has no jobs", "hint: export one job object, or an array of them"]);
    expect(problems([1, null, [2]])).toEqual([
      "job 1: expected an object with schemas, out and name, got number 1",
      "hint: export default defineConfig({ schemas, out, name })",
      "job 2: expected an object with schemas, out and name, got null",
      "hint: export default defineConfig({ schemas, out, name })",
      "job 3: expected an object with schemas, out and name, got an array",
      "hint: export default defineConfig({ schemas, out, name })",
    ]);
  });

  it("names missing, mistyped and empty keys in the job's key order", () => {
    expect(problems({ zz: 1, name: 5, schemas: "" })).toEqual([
      'job 1: key "schemas": must not be empty',
      'job 1: missing key "out"',
      "hint: every job needs schemas, out, name",
      'job 1: key "name": expected string, got number 5',
      'job 1: unknown key "zz"',
      "hint: the keys are schemas, out, name, apiVersion, includeInternal, dialect, diff, docs",
    ]);
    expect(problems(job({ apiVersion: null, includeInternal: "yes", dialect: 3, docs: "" }))).toEqual([
      'job 1 ("pkg"): key "apiVersion": expected string, got null',
      'job 1 ("pkg"): key "includeInternal": expected boolean, got string "yes"',
      'job 1 ("pkg"): key "dialect": 3 is not one of "pyhocon", "spec"',
      'job 1 ("pkg"): key "docs": must not be empty',
    ]);
    expect(problems(job({ name: "" }))).toEqual(['job 1: key "name": "" is not an npm package name (lowercase letters, digits, -._~, optionally @scope/)']);
  });

  it("suggests the key an unknown one was probably meant to be", () => {
    expect(problems(job({ outDir: "x", Schemas: 1, site: "d", zzz: 1 }))).toEqual([
      'job 1 ("pkg"): unknown key "outDir"',
      "hint: did you mean `out`?",
      'job 1 ("pkg"): unknown key "Schemas"',
      "hint: did you mean `schemas`?",
      'job 1 ("pkg"): unknown key "site"',
      "hint: did you mean `docs`?",
      'job 1 ("pkg"): unknown key "zzz"',
      "hint: the keys are schemas, out, name, apiVersion, includeInternal, dialect, diff, docs",
    ]);
  });

  it("checks diff: an object of known rules' severities and hideDocs", () => {
    expect(problems(job({ diff: [] }))).toEqual(['job 1 ("pkg"): key "diff": expected object, got an array']);
    expect(problems(job({ diff: { severities: null } }))).toEqual(['job 1 ("pkg"): key "diff.severities": expected record, got null']);
    expect(problems(job({ diff: { severities: { nope: "info", "endpoint-removed": 3, "endpont-added": "info", constructor: "info" }, hideDocs: "no", hide: 1 }, docs: 1 }))).toEqual([
      'job 1 ("pkg"): key "diff.severities.endpoint-removed": 3 is not one of "breaking", "warning", "info"',
      'job 1 ("pkg"): key "diff.severities": unknown diff rule "nope"',
      "hint: the rules are listed in README's diff section",
      'job 1 ("pkg"): key "diff.severities": unknown diff rule "endpont-added"',
      "hint: did you mean `endpoint-added`?",
      'job 1 ("pkg"): key "diff.severities": unknown diff rule "constructor"',
      "hint: the rules are listed in README's diff section",
      'job 1 ("pkg"): key "diff.hideDocs": expected boolean, got string "no"',
      'job 1 ("pkg"): unknown key "diff.hide"',
      "hint: the keys are severities, hideDocs",
      'job 1 ("pkg"): key "docs": expected string, got number 1',
    ]);
  });
});
