// A change in a shared definition is one finding per side that lists every endpoint
// version it reaches; recursive definitions end.
import path from "node:path";
import { describe, expect, it } from "vitest";
import { diff } from "../../generator/diff/index.js";
import { folderPair, key, obj, ref, value, version } from "./helpers.js";

const recursive = (name: string, vType: string): unknown => obj({ v: { type: vType }, child: ref(name) });

function service(sizeType: string | null, vType: string, treeRoot: string): unknown {
  const itemProps: Record<string, unknown> = { name: { type: "string" } };
  if (sizeType) itemProps.size = { type: sizeType };
  return {
    _description: "A service",
    _definitions: { item: obj(itemProps), node: recursive("node", vType), other: recursive("other", "integer") },
    get: { "2.1": version(undefined, obj({ item: ref("item") })), "2.5": version(undefined, obj({ item: ref("item") })) },
    list: { "2.1": version(undefined, obj({ items: { type: "array", items: ref("item") } })) },
    put: { "2.1": version(obj({ item: ref("item") })) },
    tree: { "2.1": version(undefined, obj({ root: ref(treeRoot) })) },
  };
}

describe("diff of shared definitions", () => {
  it("reports a definition's change once per side, with the endpoint versions it reaches", () => {
    const dirs = folderPair(service("integer", "string", "node"), service(null, "string", "node"));
    const { findings } = diff({ base: dirs.base, head: dirs.head });
    expect(findings.map((f) => [f.rule, f.severity, f.definition, f.path, f.endpoint, f.version])).toEqual([
      ["request-property-removed", "warning", "item", "item.size", null, null],
      ["response-property-removed", "breaking", "item", "item.size", null, null],
    ]);
    expect(findings[0].reaches).toEqual([{ endpoint: "svc.put", version: "2.1" }]);
    expect(findings[1].reaches).toEqual([
      { endpoint: "svc.get", version: "2.1" },
      { endpoint: "svc.get", version: "2.5" },
      { endpoint: "svc.list", version: "2.1" },
    ]);
    expect(findings[1].base).toEqual(key(path.join(dirs.base, "svc.conf"), "size"));
    expect(findings[1].head).toEqual(value(path.join(dirs.head, "svc.conf"), "item"));
    expect(findings[1].message).toContain("(definition `item`, response of 3 endpoint versions: svc.get 2.1, 2.5; svc.list 2.1)");
  });

  it("compares a recursive definition once", () => {
    const dirs = folderPair(service("integer", "string", "node"), service("integer", "boolean", "node"));
    const { findings } = diff({ base: dirs.base, head: dirs.head });
    expect(findings.map((f) => [f.rule, f.definition, f.path, f.reaches])).toEqual([["response-type-changed", "node", "node.v", [{ endpoint: "svc.tree", version: "2.1" }]]]);
  });

  it("follows a `$ref` that now names another recursive definition, and ends", () => {
    const dirs = folderPair(service("integer", "string", "node"), service("integer", "string", "other"));
    const { findings } = diff({ base: dirs.base, head: dirs.head });
    expect(findings.map((f) => [f.rule, f.endpoint, f.version, f.path])).toEqual([["response-type-changed", "svc.tree", "2.1", "response.root.v"]]);
  });
});

describe("diff of hostile definitions", () => {
  it("compares each pair of renamed definitions once, however often they refer to each other", () => {
    // d0 -> d1 (twice) -> ... -> d39: 2^40 paths if every path were compared.
    const chain = (prefix: string, leaf: string): Record<string, unknown> => {
      const defs: Record<string, unknown> = {};
      for (let i = 0; i < 40; i++) defs[`${prefix}${i}`] = i === 39 ? obj({ v: { type: leaf } }) : obj({ l: ref(`${prefix}${i + 1}`), r: ref(`${prefix}${i + 1}`) });
      return defs;
    };
    const svc = (prefix: string, leaf: string): unknown => ({ _description: "A service", _definitions: chain(prefix, leaf), get: { "2.1": version(undefined, obj({ root: ref(`${prefix}0`) })) } });
    const dirs = folderPair(svc("a", "string"), svc("b", "integer"));
    const started = performance.now();
    const { findings } = diff({ base: dirs.base, head: dirs.head });
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(findings.map((f) => [f.rule, f.path])).toEqual([["response-type-changed", `response.root${".l".repeat(39)}.v`]]);
  });

  it("follows a long chain of renamed definitions without overflowing the stack", () => {
    const n = 6_000;
    const svc = (prefix: string, leaf: string): unknown => {
      const defs: Record<string, unknown> = {};
      for (let i = 0; i < n; i++) defs[`${prefix}${i}`] = i === n - 1 ? obj({ v: { type: leaf } }) : obj({ next: ref(`${prefix}${i + 1}`) });
      return { _description: "A service", _definitions: defs, get: { "2.1": version(undefined, obj({ root: ref(`${prefix}0`) })) } };
    };
    const dirs = folderPair(svc("a", "string"), svc("b", "integer"));
    const { findings } = diff({ base: dirs.base, head: dirs.head });
    expect(findings.map((f) => f.rule)).toEqual(["response-type-changed"]);
    expect(findings[0].path).toBe(`response.root${".next".repeat(n - 1)}.v`);
  }, 60_000);
});
