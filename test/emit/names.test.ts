import { describe, expect, it } from "vitest";
import { camelCase, NameRegistry, pascalCase, safeIdentifier } from "../../generator/emit/names.js";
import { planEmit } from "../../generator/emit/plan.js";
import { definition, endpoint, model, obj, prop, service, str } from "./fixture.js";

describe("identifiers", () => {
  it("derives PascalCase and camelCase names", () => {
    expect(pascalCase("tasks", "get_all_ex")).toBe("TasksGetAllEx");
    expect(pascalCase("users", "getVaults")).toBe("UsersGetVaults");
    expect(camelCase("users", "get_vaults")).toBe("usersGetVaults");
  });
  it("escapes reserved words and invalid identifiers", () => {
    expect(safeIdentifier("class")).toBe("class_");
    expect(safeIdentifier("2fa")).toBe("_2fa");
    expect(safeIdentifier("a-b")).toBe("a_b");
  });
});

describe("collisions", () => {
  it("reports both locations, and the same owner may claim again", () => {
    const reg = new NameRegistry();
    const a = { key: "a", what: "definition x.a_b", location: { file: "x.conf", line: 3, column: 5 } };
    const b = { key: "b", what: "definition x.aB", location: { file: "x.conf", line: 9, column: 5 } };
    expect(reg.claim("XAB", a)).toBe("XAB");
    expect(reg.claim("XAB", a)).toBe("XAB");
    expect(reg.diagnostics).toHaveLength(0);
    reg.claim("XAB", b);
    expect(reg.diagnostics).toHaveLength(1);
    const d = reg.diagnostics[0];
    expect(d.severity).toBe("error");
    expect(d.location).toEqual(b.location);
    expect(d.message).toContain("x.conf:3:5");
    expect(d.message).toContain("x.conf:9:5");
  });

  it("a definition and an endpoint request wanting one name stop generation", () => {
    const defs = [definition("tasks", "get_all_request", obj([prop("x", str())]))];
    const m = model([service("tasks", defs, [endpoint("tasks", "get_all", [{ version: "2.1", request: obj([prop("y", str())]), response: obj([]) }])])]);
    const plan = planEmit(m);
    expect(plan.diagnostics.map((d) => d.code)).toEqual(["emit/name-collision"]);
    expect(plan.diagnostics[0].message).toContain("TasksGetAllRequest");
    expect(plan.diagnostics[0].message).toContain(`${defs[0].location.file}:${defs[0].location.line}:`);
  });

  it("a schema name taking one of the package's own names is reported at the schema", () => {
    const def = definition("api", "versions", str());
    const plan = planEmit(model([service("api", [def], [])]));
    expect(plan.diagnostics).toHaveLength(1);
    const d = plan.diagnostics[0];
    expect(d.location).toEqual(def.location);
    expect(d.message).toBe(
      `generated name ApiVersions is wanted by both the generated package's own ApiVersions and definition api.versions (${def.location.file}:${def.location.line}:${def.location.column})`,
    );
  });

  it("service names that differ only by punctuation collide", () => {
    const m = model([
      service("a_b", [definition("a_b", "c", str())], []),
      service("a", [definition("a", "b_c", str())], []),
    ]);
    expect(planEmit(m).diagnostics.some((d) => d.message.includes("ABC"))).toBe(true);
  });
});
