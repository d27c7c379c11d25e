// The model's `$ref` graph (graph.ts) and the child enumeration it walks with (walk.ts).
import { describe, expect, it } from "vitest";
import { refGraph } from "../../generator/schema/graph.js";
import type { Definition, SchemaNode } from "../../generator/schema/model.js";
import { forEachChild, forEachSchema, requestSide, type ChildRole } from "../../generator/schema/walk.js";
import { loadObjects, ref, version } from "./helpers.js";

describe("the model's ref graph", () => {
  const r = loadObjects({
    svc: {
      _description: "d",
      _definitions: {
        // `extra` is only written beside a `$ref`: responses see it, requests do not.
        outer: { type: "object", properties: { late: ref("late"), early: ref("early"), beside: { ...ref("plain"), properties: { x: ref("extra") } } } },
        early: { type: "object", properties: { deep: ref("deep") } },
        late: { type: "string" },
        deep: { type: "string", pattern: "^a" },
        plain: { type: "object" },
        extra: { type: "string" },
        loop: { type: "object", properties: { self: ref("loop") } },
      },
      get: { "2.1": version(ref("outer")) },
    },
  });
  const defs = r.model.services[0].definitions;
  const def = (name: string): Definition => defs.get(name)!;
  const names = (set: Iterable<Definition>) => [...set].map((d) => d.name).sort();
  const graph = refGraph(r.model);

  it("is built once per model", () => {
    expect(refGraph(r.model)).toBe(graph);
  });

  it("lists a definition's direct targets in first-use (source) order", () => {
    expect(graph.targets(def("outer")).map((d) => d.name)).toEqual(["late", "early", "plain", "extra"]);
  });

  it("leaves out the keywords beside a $ref on the request side", () => {
    expect(graph.targets(def("outer"), requestSide).map((d) => d.name)).toEqual(["late", "early", "plain"]);
  });

  it("answers what a schema reaches, directly or not", () => {
    const root = def("outer").schema;
    expect(names(graph.reachableFrom([root]))).toEqual(["deep", "early", "extra", "late", "plain"]);
    expect(names(graph.reachableFrom([root], requestSide))).toEqual(["deep", "early", "late", "plain"]);
  });

  it("answers which definitions reach a goal", () => {
    expect(names(graph.reaching(new Set([def("deep")])))).toEqual(["deep", "early", "outer"]);
    expect(names(graph.reaching(new Set([def("extra")])))).toEqual(["extra", "outer"]);
    expect(names(graph.reaching(new Set([def("extra")]), requestSide))).toEqual(["extra"]);
  });

  it("marks recursive definitions", () => {
    expect(names(graph.recursive)).toEqual(["loop"]);
    expect(def("loop").recursive).toBe(true);
    expect(def("outer").recursive).toBe(false);
  });
});

describe("the child enumeration", () => {
  it("gives each child its role and index, in source order", () => {
    const r = loadObjects({
      svc: {
        _description: "d",
        _definitions: {
          d: {
            type: "object",
            properties: { a: { type: "string" }, b: { anyOf: [{ type: "string" }, { type: "integer" }] } },
            additionalProperties: { type: "array", items: { type: "number" } },
            patternProperties: { "^x": { type: "boolean" } },
          },
        },
      },
    });
    const root = r.model.services[0].definitions.get("d")!.schema;
    const seen: [ChildRole, number][] = [];
    forEachChild(root, (_, role, at) => seen.push([role, at]));
    expect(seen).toEqual([
      ["property", 0],
      ["property", 1],
      ["additionalProperties", 0],
      ["patternProperty", 0],
    ]);
    const kinds: string[] = [];
    forEachSchema(root, (n: SchemaNode) => kinds.push(n.kind));
    expect(kinds).toEqual(["object", "string", "union", "string", "integer", "array", "number", "boolean"]);
  });
});
