// Sub-schemas are paired through walk.ts's enumeration of children: keywords beside a
// `$ref` count for responses only (as the server checks requests by the `$ref` alone),
// and pattern properties are compared by pattern.
import { describe, expect, it } from "vitest";
import { diff } from "../../generator/diff/index.js";
import { folderPair, obj, ref, version } from "./helpers.js";

const withSibling = (type: string): unknown => ({ ...ref("item"), properties: { created: { type } } });

function service(siblingType: string, patternType: string): unknown {
  return {
    _description: "A service",
    _definitions: { item: obj({ name: { type: "string" } }) },
    get: { "2.1": version(obj({ item: withSibling(siblingType) }), obj({ item: withSibling(siblingType) })) },
    put: { "2.1": version(obj({ labels: { type: "object", patternProperties: { "^x-": { type: patternType } } } })) },
  };
}

describe("diff of sub-schemas", () => {
  it("compares keywords beside a `$ref` in responses only", () => {
    const dirs = folderPair(service("string", "string"), service("integer", "string"));
    const { findings } = diff({ base: dirs.base, head: dirs.head });
    expect(findings.map((f) => [f.rule, f.endpoint, f.path])).toEqual([["response-type-changed", "svc.get", "response.item.created"]]);
  });

  it("compares pattern properties by pattern", () => {
    const dirs = folderPair(service("string", "string"), service("string", "boolean"));
    const { findings } = diff({ base: dirs.base, head: dirs.head });
    expect(findings.map((f) => [f.rule, f.endpoint, f.path])).toEqual([["request-type-changed", "svc.put", 'request.labels{"^x-"}']]);
  });
});
