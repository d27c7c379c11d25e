// loadApi on small hand-written folders: how JSON Schema becomes SchemaNodes, how
// endpoints, flags and batch requests are modelled.
import { describe, expect, it } from "vitest";
import { forEachSchema, type ObjectSchema, type SchemaNode } from "../../generator/schema/index.js";
import { batchItemVersion, parseVersion } from "../../generator/schema/versions.js";
import { loadObjects, version } from "./helpers.js";

function requestOf(result: ReturnType<typeof loadObjects>, name: string, at = 0): SchemaNode {
  const ep = result.model.services.flatMap((s) => s.endpoints).find((e) => e.name === name)!;
  const req = ep.versions[at].request;
  if (req.kind !== "schema") throw new Error("not a schema request");
  return req.schema;
}

describe("schema normalization", () => {
  it("turns `type: [string, null]` into an anyOf union, with the enum split by type", () => {
    const r = loadObjects({
      svc: { _description: "d", get: { "2.1": version({ type: "object", properties: { x: { type: ["string", "null"], enum: ["a", null], description: "X" } } }) } },
    });
    const x = (requestOf(r, "svc.get") as ObjectSchema).properties[0].schema;
    expect(x).toMatchObject({ kind: "union", mode: "anyOf", description: "X" });
    expect(x.kind === "union" && x.variants.map((v) => v.kind)).toEqual(["string", "null"]);
    expect(x.kind === "union" && x.variants[0]).toMatchObject({ kind: "string", enum: ["a"] });
  });

  it("keeps properties in source order with their required flag and additionalProperties", () => {
    const r = loadObjects({
      svc: {
        _description: "d",
        get: {
          "2.1": version({
            type: "object",
            required: ["b"],
            properties: { b: { type: "integer", minimum: 0 }, a: { type: "array", items: { type: "boolean" } } },
            additionalProperties: { type: "string" },
          }),
        },
      },
    });
    const obj = requestOf(r, "svc.get") as ObjectSchema;
    expect(obj.properties.map((p) => [p.name, p.required, p.schema.kind])).toEqual([
      ["b", true, "integer"],
      ["a", false, "array"],
    ]);
    expect(obj.properties[0].schema).toMatchObject({ minimum: 0 });
    expect(obj.additionalProperties).toMatchObject({ kind: "string" });
    expect(r.findings).toEqual([]);
  });

  it("keeps defaults (including null and false) only when written", () => {
    const r = loadObjects({
      svc: {
        _description: "d",
        get: { "2.1": version({ type: "object", properties: { a: { type: "boolean", default: false }, b: { type: "string" } } }) },
      },
    });
    const [a, b] = (requestOf(r, "svc.get") as ObjectSchema).properties;
    expect("default" in a.schema && a.schema.default).toBe(false);
    expect("default" in b.schema).toBe(false);
  });

  it("applies the description rules to schema, endpoint and service descriptions", () => {
    const r = loadObjects({
      svc: {
        _description: "Line one\n    line two",
        get: { "2.1": { description: "Para\n  one\n\nPara two", request: { type: "object", description: " a\n b " }, response: { type: "object" } } },
      },
    });
    const s = r.model.services[0];
    expect(s.description).toBe("Line one line two");
    expect(s.endpoints[0].versions[0].description).toBe("Para one\nPara two");
    expect(requestOf(r, "svc.get").description).toBe("a b");
  });

  it("makes $ref a RefSchema pointing at the Definition object", () => {
    const r = loadObjects({
      svc: {
        _description: "d",
        _definitions: { id: { type: "string" }, thing: { type: "object", properties: { id: { $ref: "#/definitions/id" } } } },
        get: { "2.1": version({ $ref: "#/definitions/thing" }) },
      },
    });
    const defs = r.model.services[0].definitions;
    expect([...defs.keys()]).toEqual(["id", "thing"]);
    const req = requestOf(r, "svc.get");
    expect(req.kind === "ref" && req.target).toBe(defs.get("thing"));
    const inner = (defs.get("thing")!.schema as ObjectSchema).properties[0].schema;
    expect(inner.kind === "ref" && inner.target).toBe(defs.get("id"));
  });
});

describe("keywords beside anyOf/oneOf (the union's base)", () => {
  const defs = {
    a: { type: "object", properties: { a: { type: "string" } } },
    b: { type: "object", properties: { b: { type: "integer" } } },
  };
  const variants = [{ $ref: "#/definitions/a" }, { $ref: "#/definitions/b" }];

  it("keeps `type: object`, properties, required and additionalProperties beside oneOf as an ObjectSchema", () => {
    const r = loadObjects({
      svc: {
        _description: "d",
        _definitions: defs,
        get: {
          "2.1": version({
            type: "object",
            description: "One of two",
            oneOf: variants,
            required: ["id"],
            properties: { id: { type: "string" }, flag: { type: "boolean", default: false } },
            additionalProperties: false,
          }),
        },
      },
    });
    const u = requestOf(r, "svc.get");
    expect(u).toMatchObject({ kind: "union", mode: "oneOf", description: "One of two" });
    if (u.kind !== "union") throw new Error("not a union");
    expect(u.variants.map((v) => v.kind === "ref" && v.name)).toEqual(["a", "b"]);
    expect(u.base).toMatchObject({ kind: "object", additionalProperties: false });
    expect(u.base!.properties.map((p) => [p.name, p.required, p.schema.kind])).toEqual([
      ["id", true, "string"],
      ["flag", false, "boolean"],
    ]);
    // Annotations belong to the union, not to its base.
    expect(u.base!.description).toBeUndefined();
    expect(u.base!.location).toEqual(u.location);
  });

  it("gives `type: object` alone a base without properties, and a bare anyOf or `type: [a, b]` none", () => {
    const r = loadObjects({
      svc: {
        _description: "d",
        _definitions: defs,
        typed: { "2.1": version({ type: "object", anyOf: variants }) },
        bare: { "2.1": version(undefined, { anyOf: variants }) },
        list: { "2.1": version({ type: "object", properties: { x: { type: ["string", "null"] } } }) },
      },
    });
    const typed = requestOf(r, "svc.typed");
    expect(typed.kind === "union" && typed.base).toMatchObject({ kind: "object", properties: [], additionalProperties: undefined });
    const bare = r.model.services[0].endpoints.find((e) => e.action === "bare")!.versions[0].response;
    expect(bare.kind === "schema" && bare.schema.kind === "union" && "base" in bare.schema).toBe(false);
    const x = (requestOf(r, "svc.list") as ObjectSchema).properties[0].schema;
    expect(x.kind === "union" && "base" in x).toBe(false);
  });

  it("reads object keywords with no `type` as a base (lint asks for `type: object`), and none beside another type", () => {
    const r = loadObjects({
      svc: {
        _description: "d",
        _definitions: defs,
        untyped: { "2.1": version(undefined, { anyOf: variants, properties: { id: { type: "string" } } }) },
        stringy: { "2.1": version(undefined, { type: "string", anyOf: [{ type: "string" }], properties: { id: { type: "string" } } }) },
      },
    });
    const response = (action: string) => {
      const res = r.model.services[0].endpoints.find((e) => e.action === action)!.versions[0].response;
      return res.kind === "schema" ? res.schema : undefined;
    };
    const untyped = response("untyped");
    expect(untyped?.kind === "union" && untyped.base?.properties.map((p) => p.name)).toEqual(["id"]);
    const stringy = response("stringy");
    expect(stringy?.kind === "union" && "base" in stringy).toBe(false);
  });

  it("walks the base: its refs count for recursion", () => {
    const r = loadObjects({
      svc: {
        _description: "d",
        _definitions: {
          node: { type: "object", anyOf: [{ type: "object" }], properties: { next: { $ref: "#/definitions/node" } } },
        },
        get: { "2.1": version({ $ref: "#/definitions/node" }) },
      },
    });
    const node = r.model.services[0].definitions.get("node")!;
    expect(node.recursive).toBe(true);
    const kinds: string[] = [];
    forEachSchema(node.schema, (n) => kinds.push(n.kind));
    expect(kinds.sort()).toEqual(["object", "object", "ref", "union"]);
  });
});

describe("recursive definitions (Tarjan SCC)", () => {
  const r = loadObjects({
    svc: {
      _description: "d",
      _definitions: {
        tree: { type: "object", properties: { children: { type: "array", items: { $ref: "#/definitions/tree" } } } },
        a: { type: "object", properties: { b: { $ref: "#/definitions/b" } } },
        b: { type: "object", properties: { c: { $ref: "#/definitions/c" } } },
        c: { type: "object", properties: { a: { $ref: "#/definitions/a" }, leaf: { $ref: "#/definitions/leaf" } } },
        leaf: { type: "string" },
        user: { type: "object", properties: { t: { $ref: "#/definitions/tree" }, a: { $ref: "#/definitions/a" } } },
      },
      get: { "2.1": version({ $ref: "#/definitions/user" }) },
    },
  });
  const defs = r.model.services[0].definitions;

  it("marks self-references and cycles through several definitions", () => {
    expect(defs.get("tree")!.recursive).toBe(true);
    for (const n of ["a", "b", "c"]) expect(defs.get(n)!.recursive).toBe(true);
  });

  it("does not mark definitions that only point into a cycle, or leaves", () => {
    expect(defs.get("leaf")!.recursive).toBe(false);
    expect(defs.get("user")!.recursive).toBe(false);
  });

  it("keeps refs as references, so walking a recursive schema terminates", () => {
    let n = 0;
    forEachSchema(defs.get("tree")!.schema, () => n++);
    expect(n).toBe(3); // the object, its `children` array, and the items ref (not followed)
  });

  it("handles a long chain of definitions without deep recursion", () => {
    const chain: Record<string, unknown> = {};
    const N = 20_000;
    for (let i = 0; i < N; i++) chain[`d${i}`] = { $ref: `#/definitions/d${(i + 1) % N}` };
    const big = loadObjects({ svc: { _description: "d", _definitions: chain, get: { "2.1": version() } } });
    const all = [...big.model.services[0].definitions.values()];
    expect(all.every((d) => d.recursive)).toBe(true);
  });
});

describe("endpoints", () => {
  it("inherits flags: API defaults <- service _default <- endpoint", () => {
    const r = loadObjects({
      _api_defaults: { internal: false, allow_roles: ["*"], authorize: true },
      svc: {
        _description: "d",
        _default: { internal: true, allow_roles: ["admin"] },
        a: { "2.1": version() },
        b: { internal: false, authorize: false, "2.1": version() },
      },
      other: { _description: "d", c: { "2.1": version() } },
    });
    const eps = Object.fromEntries(r.model.services.flatMap((s) => s.endpoints).map((e) => [e.name, e]));
    expect(eps["svc.a"]).toMatchObject({ internal: true, authorize: true, allowRoles: ["admin"] });
    expect(eps["svc.b"]).toMatchObject({ internal: false, authorize: false, allowRoles: ["admin"] });
    expect(eps["other.c"]).toMatchObject({ internal: false, authorize: true, allowRoles: ["*"] });
  });

  it("ignores `_`-prefixed files other than _api_defaults and sorts services and endpoints", () => {
    const r = loadObjects({
      _common: { shared: { type: "string" } },
      zeta: { _description: "d", b: { "2.1": version() }, a: { "2.1": version() } },
      alpha: { _description: "d", x: { "2.10": version(), "2.9": version(), "2.1": version() } },
    });
    expect(r.model.services.map((s) => s.name)).toEqual(["alpha", "zeta"]);
    expect(r.model.services[1].endpoints.map((e) => e.action)).toEqual(["a", "b"]);
    expect(r.model.services[0].endpoints[0].versions.map((v) => v.version.text)).toEqual(["2.1", "2.9", "2.10"]);
    expect(r.model.changeVersions.map((v) => v.text)).toEqual(["2.1", "2.9", "2.10"]);
    expect(r.model.maxVersion.text).toBe("2.10");
  });

  it("models `{type: string}` responses as text and batch requests with their item schema", () => {
    const r = loadObjects({
      svc: {
        _description: "d",
        add: { "2.1": version({ type: "object", properties: { v: { type: "number" } } }) },
        add_batch: { "2.5": { description: "many", batch_request: { action: "add", version: 2.3 }, response: { type: "object" } } },
        download: { "2.1": version(undefined, { type: "string" }) },
      },
    });
    const eps = Object.fromEntries(r.model.services[0].endpoints.map((e) => [e.action, e]));
    expect(eps.download.versions[0].response.kind).toBe("text");
    const batch = eps.add_batch.versions[0].request;
    expect(batch).toMatchObject({ kind: "batch", action: "add", version: { text: "2.3" } });
    expect(batch.kind === "batch" && batch.item).toBe(requestOf(r, "svc.add"));
    expect(r.findings).toEqual([]);
  });

  it("resolves a batch naming a version before its action's first to that first version, as the server and SDK do", () => {
    const r = loadObjects({
      svc: {
        _description: "d",
        update: { "2.1": version({ type: "object", properties: { v: { type: "number" } } }) },
        update_batch: { "2.1": { description: "many", batch_request: { action: "update", version: 1.5 }, response: { type: "object" } } },
      },
    });
    const batch = r.model.services[0].endpoints.find((e) => e.action === "update_batch")!.versions[0].request;
    expect(batch).toMatchObject({ kind: "batch", action: "update", version: { text: "1.5" }, itemVersion: { text: "2.1" } });
    expect(batch.kind === "batch" && batch.item).toBe(requestOf(r, "svc.update"));
  });

  it("caps a batch line's version by the API version a client is pinned to (batchItemVersion)", () => {
    const props = (name: string) => version({ type: "object", properties: { [name]: { type: "string" } } });
    const r = loadObjects({
      svc: {
        _description: "d",
        update: { "2.1": props("a"), "2.5": props("b"), "2.9": props("c") },
        update_batch: { "1.0": { description: "many", batch_request: { action: "update", version: 2.9 }, response: { type: "object" } } },
        old_batch: { "1.0": { description: "many", batch_request: { action: "update", version: 1.5 }, response: { type: "object" } } },
      },
    });
    const update = r.model.services[0].endpoints.find((e) => e.action === "update")!;
    const at = (named: string, pinned?: string) => batchItemVersion(update, parseVersion(named)!, pinned ? parseVersion(pinned) : undefined)?.version.text;
    expect(at("2.9")).toBe("2.9");
    expect(at("2.9", "2.6")).toBe("2.5");
    expect(at("2.9", "2.31")).toBe("2.9");
    expect(at("2.9", "2.0")).toBe("2.1");
    expect(at("1.5")).toBe("2.1");
    expect(at("1.5", "2.6")).toBe("2.1");
    const batch = r.model.services[0].endpoints.find((e) => e.action === "update_batch")!.versions[0].request;
    expect(batch.kind === "batch" && batch.itemVersion?.text).toBe("2.9");
    expect(batch.kind === "batch" && batch.item).toBe(requestOf(r, "svc.update", 2));
  });

  it("never throws on malformed input: it skips what it cannot model and lint reports it", () => {
    const r = loadObjects({
      svc: {
        _description: 5,
        _definitions: [],
        a: "not an endpoint",
        b: { "2.1": "not a version", "x.y": {}, "2.2": { request: 3, response: [] } },
        c: {},
      },
    });
    expect(r.model.services[0].endpoints.map((e) => e.name)).toEqual(["svc.b"]);
    expect(r.findings.filter((d) => d.severity === "error").length).toBeGreaterThan(5);
  });
});
