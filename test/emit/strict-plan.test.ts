// Which definitions get a strict (request-side) validator, and the order validators are
// declared in: both are questions to the model's ref graph.
import { describe, expect, it } from "vitest";
import { planEmit } from "../../generator/emit/plan.js";
import { zodValidators } from "../../generator/emit/zod.js";
import { loadObjects, ref, version } from "../schema/helpers.js";

describe("strict validators and declaration order", () => {
  const r = loadObjects({
    svc: {
      _description: "d",
      _definitions: {
        through_property: { type: "object", properties: { id: ref("checked") } },
        // The keywords beside a `$ref` are not checked on requests: no strict validator for them.
        only_beside: { type: "object", properties: { p: { ...ref("plain"), properties: { id: ref("checked") } } } },
        checked: { type: "string", pattern: "^a" },
        plain: { type: "object" },
      },
      get: { "2.1": version(ref("through_property")) },
    },
  });
  const sp = planEmit(r.model).services[0];
  const strictOf = (name: string) => sp.definitions.find((d) => d.definition.name === name)!.strictName;

  it("gives one to a definition that reaches a checking one through what requests check", () => {
    expect(strictOf("checked")).toBe("SvcCheckedStrict");
    expect(strictOf("through_property")).toBe("SvcThroughPropertyStrict");
  });

  it("gives none where the check is only beside a $ref, or nowhere", () => {
    expect(strictOf("only_beside")).toBeUndefined();
    expect(strictOf("plain")).toBeUndefined();
  });

  it("declares a definition's dependencies before it", () => {
    const order = zodValidators(sp).map((v) => v.name);
    expect(order.indexOf("SvcChecked")).toBeLessThan(order.indexOf("SvcThroughProperty"));
    expect(order.indexOf("SvcCheckedStrict")).toBeLessThan(order.indexOf("SvcThroughPropertyStrict"));
    expect(order.indexOf("SvcPlain")).toBeLessThan(order.indexOf("SvcOnlyBeside"));
  });
});
