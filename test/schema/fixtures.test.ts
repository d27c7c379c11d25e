// The catalogue of bad schemas: each folder under test/fixtures/lint has exactly one
// mistake, reported with this rule id at this place (line and column counted by hand
// from the fixture text).
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadApi } from "../../generator/schema/index.js";
import { FIXTURES } from "./helpers.js";

type Case = readonly [fixture: string, rule: string, severity: "error" | "warning", file: string, line: number, column: number];

const CASES: readonly Case[] = [
  ["property-not-schema", "schema/property-not-schema", "error", "svc.conf", 9, 17],
  ["unknown-required", "schema/unknown-required", "error", "svc.conf", 7, 29],
  ["unknown-ref", "schema/unknown-ref", "error", "svc.conf", 12, 24],
  ["bad-ref", "schema/bad-ref", "error", "svc.conf", 12, 24],
  ["unknown-type", "schema/unknown-type", "error", "svc.conf", 8, 22],
  ["unknown-type-in-list", "schema/unknown-type", "error", "svc.conf", 8, 38],
  ["enum-type-mismatch", "schema/enum-type-mismatch", "error", "svc.conf", 8, 54],
  ["default-type-mismatch", "schema/default-type-mismatch", "error", "svc.conf", 10, 21],
  ["default-not-in-enum", "schema/default-not-in-enum", "error", "svc.conf", 11, 21],
  ["default-type-mismatch-through-ref", "schema/default-type-mismatch", "error", "svc.conf", 13, 21],
  ["unknown-keyword", "schema/unknown-keyword", "warning", "svc.conf", 10, 21],
  ["property-outside-properties", "schema/unknown-keyword", "warning", "svc.conf", 10, 13],
  ["keyword-type-mismatch", "schema/keyword-type-mismatch", "warning", "svc.conf", 10, 21],
  ["missing-type", "schema/missing-type", "warning", "svc.conf", 10, 21],
  ["bad-keyword-value", "schema/bad-keyword-value", "error", "svc.conf", 7, 13],
  ["bad-pattern", "schema/bad-pattern", "error", "svc.conf", 8, 36],
  ["not-a-schema", "schema/not-a-schema", "error", "svc.conf", 12, 17],
  ["ref-sibling", "schema/ref-sibling", "warning", "svc.conf", 14, 21],
  ["unrecognized-key", "schema/unrecognized-key", "error", "svc.conf", 8, 5],
  ["unquoted-version", "schema/unrecognized-key", "error", "svc.conf", 3, 5],
  ["duplicate-version", "schema/duplicate-version", "error", "svc.conf", 8, 5],
  ["noncanonical-version", "schema/noncanonical-version", "warning", "svc.conf", 3, 5],
  ["version-not-object", "schema/version-not-object", "error", "svc.conf", 8, 5],
  ["missing-description", "schema/missing-description", "error", "svc.conf", 3, 5],
  ["missing-request", "schema/missing-request", "error", "svc.conf", 3, 5],
  ["missing-response", "schema/missing-response", "error", "svc.conf", 3, 5],
  ["conflicting-request", "schema/conflicting-request", "error", "svc.conf", 13, 9],
  ["unknown-version-key", "schema/unknown-version-key", "error", "svc.conf", 7, 9],
  ["request-not-object", "schema/request-not-object", "error", "svc.conf", 5, 9],
  ["response-not-object", "schema/response-not-object", "error", "svc.conf", 6, 9],
  ["bad-flag", "schema/bad-flag", "error", "svc.conf", 3, 5],
  ["null-flag", "schema/null-flag", "warning", "svc.conf", 3, 5],
  ["bad-allow-roles", "schema/bad-allow-roles", "error", "svc.conf", 3, 5],
  ["bad-allow-roles-entry", "schema/bad-allow-roles", "error", "svc.conf", 3, 27],
  ["bad-flag-in-api-defaults", "schema/bad-flag", "error", "_api_defaults.conf", 3, 1],
  ["bad-flag-in-service-default", "schema/bad-flag", "error", "svc.conf", 3, 5],
  ["unknown-batch-action", "schema/unknown-batch-target", "error", "svc.conf", 12, 25],
  ["unknown-batch-version", "schema/unknown-batch-target", "error", "svc.conf", 14, 13],
  ["bad-batch-request", "schema/bad-batch-request", "error", "svc.conf", 12, 9],
  ["endpoint-not-object", "schema/endpoint-not-object", "error", "svc.conf", 9, 1],
  ["no-versions", "schema/no-versions", "error", "svc.conf", 9, 1],
  ["definition-not-schema", "schema/definition-not-schema", "warning", "svc.conf", 3, 5],
  ["definition-not-an-object", "schema/not-a-schema", "error", "svc.conf", 3, 5],
  ["bad-service-key", "schema/bad-service-key", "error", "svc.conf", 2, 1],
  ["missing-service-description", "schema/missing-description", "error", "svc.conf", 1, 1],
  ["unknown-ref-in-included-file", "schema/unknown-ref", "error", "_shared.conf", 4, 17],
  ["parse-error", "hocon/unterminated-string", "error", "svc.conf", 4, 22],
  // Object keywords beside anyOf/oneOf (the union's base) are linted like any object's, plus the union pitfalls.
  ["unknown-required-beside-anyof", "schema/unknown-required", "error", "svc.conf", 12, 25],
  ["property-not-schema-beside-oneof", "schema/property-not-schema", "error", "svc.conf", 12, 26],
  ["impossible-variant", "schema/impossible-variant", "warning", "svc.conf", 11, 58],
  ["closed-union-base", "schema/closed-union-base", "warning", "svc.conf", 11, 58],
  ["untyped-union-base", "schema/missing-type", "warning", "svc.conf", 15, 21],
  // Names the server's router refuses, and numbers that overflow a double to Infinity.
  ["unroutable-action", "schema/unroutable-name", "error", "svc.conf", 5, 1],
  ["unroutable-service", "schema/unroutable-name", "error", "sp ace.conf", 1, 1],
  ["number-out-of-range", "schema/number-out-of-range", "error", "svc.conf", 8, 52],
  ["number-out-of-range-in-enum", "schema/number-out-of-range", "error", "svc.conf", 8, 50],
];

describe("lint fixture catalogue", () => {
  it.each(CASES)("%s: %s at %s %s:%s:%s", (fixture, rule, severity, file, line, column) => {
    const dir = path.join(FIXTURES, fixture);
    const { findings } = loadApi(dir);
    const shown = findings.map((d) => `${path.relative(dir, d.location.file)}:${d.location.line}:${d.location.column} ${d.code} ${d.message}`);
    expect(shown).toHaveLength(1);
    expect(findings[0]).toMatchObject({ code: rule, severity, location: { file: path.join(dir, file), line, column } });
    expect(findings[0].hint ?? "").not.toBe("");
  });

  it("covers at least 30 fixtures, each folder used exactly once", () => {
    const names = CASES.map((c) => c[0]);
    expect(new Set(names).size).toBe(names.length);
    expect(names.length).toBeGreaterThanOrEqual(30);
  });
});
