// A version whose request (response) starts with every property of an earlier one, in
// order and unchanged, extends that version's interface and declares only what it
// appends; its validator spreads the earlier one's shape (plan.ts `findBase`).
import path from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { planEmit } from "../../generator/emit/plan.js";
import type { SchemaNode } from "../../generator/schema/model.js";
import { generate, linkZod, typecheck, writeTemp } from "./helpers.js";
import { arr, endpoint, int, model, obj, prop, service, str } from "./fixture.js";

/** The base each declared request version gets, by version: its name, or "-" for none. */
function requestBases(...requests: SchemaNode[]): Record<string, string> {
  const versions = requests.map((request, i) => ({ version: `2.${i + 1}`, request, response: obj([prop("ok", str())]) }));
  const plan = planEmit(model([service("tasks", [], [endpoint("tasks", "edit", versions)])]));
  const out: Record<string, string> = {};
  for (const vp of plan.services[0].endpoints[0].versions) {
    if (vp.request.declare) out[vp.ev.version.text] = vp.request.base?.name ?? "-";
  }
  return out;
}

describe("version bases", () => {
  it("extends the previous version when it only adds properties", () => {
    expect(requestBases(obj([prop("id", str(), true)]), obj([prop("id", str(), true), prop("name", str())]))).toEqual({
      "2.1": "-",
      "2.2": "TasksEditRequestV2_1",
    });
  });

  it("does not extend a version whose property changed type, optionality or documentation", () => {
    const base = () => obj([prop("id", str(), true), prop("size", int())]);
    expect(requestBases(base(), obj([prop("id", str(), true), prop("size", str()), prop("x", str())]))["2.2"]).toBe("-");
    expect(requestBases(base(), obj([prop("id", str()), prop("size", int()), prop("x", str())]))["2.2"]).toBe("-");
    expect(requestBases(base(), obj([prop("id", str({ description: "new text" }), true), prop("size", int())]))["2.2"]).toBe("-");
  });

  it("takes as base only an earlier version whose properties come first, in the same order", () => {
    const a = obj([prop("id", str())]);
    const b = obj([prop("id", str()), prop("tags", arr(str()))]);
    const c = obj([prop("id", str()), prop("name", str())]);
    // 2.3 drops `tags`: only 2.1 comes first in it. 2.4 appends `name` to 2.2; 2.3's `name` is not its second property.
    expect(requestBases(a, b, c, obj([prop("id", str()), prop("tags", arr(str())), prop("name", str())]))).toEqual({
      "2.1": "-",
      "2.2": "TasksEditRequestV2_1",
      "2.3": "TasksEditRequestV2_1",
      "2.4": "TasksEditRequestV2_2",
    });
    // A property inserted before an inherited one: 2.1's `id` is no longer first.
    expect(requestBases(a, obj([prop("name", str()), prop("id", str())]))["2.2"]).toBe("-");
  });

  it("prefers the longest base, the latest on a tie", () => {
    const same = () => [prop("id", str()), prop("size", int())];
    // 2.1 and 2.2 differ only in the object's own description, so both are declared.
    expect(requestBases(obj(same()), obj(same(), undefined, { description: "other" }), obj([...same(), prop("x", str())]))["2.3"]).toBe(
      "TasksEditRequestV2_2",
    );
  });

  it("requires the same additionalProperties, none of a schema's type, and no min/maxProperties", () => {
    const open = (extra: string[]) => obj([prop("id", str()), ...extra.map((n) => prop(n, str()))], true);
    expect(requestBases(open([]), open(["name"]))["2.2"]).toBe("TasksEditRequestV2_1");
    expect(requestBases(obj([prop("id", str())]), open(["name"]))["2.2"]).toBe("-");
    // false and unset type alike in TypeScript, but a request validator is strict only with false.
    expect(requestBases(obj([prop("id", str())], false), obj([prop("id", str()), prop("x", str())]))["2.2"]).toBe("-");
    // With additionalProperties a schema, the index signature names every property's type, so it changes.
    const typed = (extra: string[]) => obj([prop("id", str()), ...extra.map((n) => prop(n, int()))], str());
    expect(requestBases(typed([]), typed(["size"]))["2.2"]).toBe("-");
    // Object-level checks apply to the whole object, not to a shape that could be shared.
    const counted = (extra: string[]) => obj([prop("id", str()), ...extra.map((n) => prop(n, str()))], undefined, { minProperties: 1 });
    expect(requestBases(counted([]), counted(["name"]))["2.2"]).toBe("-");
  });

  it("emits the interface with extends and only the added members, and it type-checks as declarations", () => {
    const versions = [
      { version: "2.1", request: obj([prop("id", str(), true), prop("size", int())], true), response: obj([prop("a", str())]) },
      { version: "2.2", request: obj([prop("id", str(), true), prop("size", int()), prop("name", str())], true), response: obj([prop("a", str()), prop("b", int())]) },
    ];
    const { files } = generate(model([service("tasks", [], [endpoint("tasks", "edit", versions)])]));
    const types = files.get("src/types/tasks.d.ts")!;
    expect(types).toContain(
      "export interface TasksEditRequestV2_2 extends TasksEditRequestV2_1 {\n  name?: string;\n}",
    );
    expect(types).toContain("export interface TasksEditResponseV2_2 extends TasksEditResponseV2_1 {\n  b?: number | null;\n}");
    // The index signature is declared once, by the base.
    expect(types.match(/\[key: string\]: unknown;/g)).toHaveLength(1);
    const dir = writeTemp(files);
    const check = typecheck(dir, [], { libCheck: "package" });
    expect(check.output).toBe("");
    expect(check.ok).toBe(true);
  });

  it("shares the validators' shapes the same way, and they validate as the whole schemas would", async () => {
    const base = [prop("id", str(), true), prop("size", int())];
    const versions = [
      { version: "2.1", request: obj(base, false), response: obj([prop("a", str())]) },
      { version: "2.2", request: obj([...base, prop("name", str())], false), response: obj([prop("a", str())]) },
      { version: "2.3", request: obj([...base, prop("name", str()), prop("tags", arr(str()))], false), response: obj([prop("a", str())]) },
    ];
    const { files } = generate(model([service("tasks", [], [endpoint("tasks", "edit", versions)])]));
    const zod = files.get("src/zod/tasks.js")!;
    // 2.1 and 2.2 are extended, so their shapes are module-local consts; 2.3 only spreads 2.2's.
    expect(zod).toContain("const shapeOfTasksEditRequestV2_1 = {\n  id: z.string(),\n  size: z.optional(z.int()),\n};");
    expect(zod).toContain("export const TasksEditRequestV2_1 = z.strictObject(shapeOfTasksEditRequestV2_1);");
    expect(zod).toContain("const shapeOfTasksEditRequestV2_2 = {\n  ...shapeOfTasksEditRequestV2_1,\n  name: z.optional(z.string()),\n};");
    expect(zod).toMatch(/export const TasksEditRequestV2_3 = z\.strictObject\(\{\n {2}\.\.\.shapeOfTasksEditRequestV2_2,\n {2}tags: /);
    expect(zod).not.toMatch(/export const shapeOf/);
    const dir = writeTemp(files);
    linkZod(dir);
    const v = (await import(pathToFileURL(path.join(dir, "src/zod/tasks.js")).href)) as Record<string, { safeParse(x: unknown): { success: boolean; data?: unknown } }>;
    const latest = v.TasksEditRequestV2_3;
    const parsed = latest.safeParse({ tags: ["t"], name: "n", size: 2, id: "x" });
    expect(parsed.success).toBe(true);
    // The output keeps the schema's key order, as the whole object did.
    expect(Object.keys(parsed.data as object)).toEqual(["id", "size", "name", "tags"]);
    expect(latest.safeParse({ id: "x", other: 1 }).success).toBe(false); // strict, like its base
    expect(latest.safeParse({ size: 2 }).success).toBe(false); // `id` still required
    expect(v.TasksEditRequestV2_1.safeParse({ id: "x", name: "n" }).success).toBe(false); // the base does not take 2.2's property
  });
});
