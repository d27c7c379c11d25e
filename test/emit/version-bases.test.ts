// A version whose request (response) keeps every property of an earlier one unchanged
// extends that version's interface and declares only what it adds (plan.ts `findBase`).
import { describe, expect, it } from "vitest";
import { planEmit } from "../../generator/emit/plan.js";
import type { SchemaNode } from "../../generator/schema/model.js";
import { generate, typecheck, writeTemp } from "./helpers.js";
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

  it("picks the earlier version with the most inherited properties, the latest on a tie", () => {
    const a = obj([prop("id", str())]);
    const b = obj([prop("id", str()), prop("tags", arr(str()))]);
    const c = obj([prop("id", str()), prop("name", str())]);
    // 2.3 dropped `tags`, so it can only extend 2.1; 2.4 has all of 2.2 and 2.3 (two properties each): the later one wins.
    expect(requestBases(a, b, c, obj([prop("id", str()), prop("tags", arr(str())), prop("name", str())]))).toEqual({
      "2.1": "-",
      "2.2": "TasksEditRequestV2_1",
      "2.3": "TasksEditRequestV2_1",
      "2.4": "TasksEditRequestV2_3",
    });
  });

  it("requires the same index signature, and none of a schema's type", () => {
    const open = (extra: string[]) => obj([prop("id", str()), ...extra.map((n) => prop(n, str()))], true);
    expect(requestBases(open([]), open(["name"]))["2.2"]).toBe("TasksEditRequestV2_1");
    expect(requestBases(obj([prop("id", str())]), open(["name"]))["2.2"]).toBe("-");
    // With additionalProperties a schema, the index signature names every property's type, so it changes.
    const typed = (extra: string[]) => obj([prop("id", str()), ...extra.map((n) => prop(n, int()))], str());
    expect(requestBases(typed([]), typed(["size"]))["2.2"]).toBe("-");
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
    expect(types).toContain("export interface TasksEditResponseV2_2 extends TasksEditResponseV2_1 {\n  b?: number;\n}");
    // The index signature is declared once, by the base.
    expect(types.match(/\[key: string\]: unknown;/g)).toHaveLength(1);
    const dir = writeTemp(files);
    const check = typecheck(dir, [], { libCheck: true });
    expect(check.output).toBe("");
    expect(check.ok).toBe(true);
  });
});
