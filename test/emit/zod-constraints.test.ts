// Request validators check every constraint the server checks (pattern, lengths in code
// points, ranges, multipleOf, item and key counts, uniqueItems); response validators check
// only types. Built from a HOCON folder through the real loader and generator, then run.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import type { ZodType } from "zod";
import { planEmit } from "../../generator/emit/plan.js";
import { printModule } from "../../generator/emit/printer.js";
import { emitZodCheckModule, zodValidators } from "../../generator/emit/zod.js";
import { loadApi } from "../../generator/schema/index.js";
import { generate, linkZod, typecheck, writeSchemas, writeTemp } from "./helpers.js";

const SHOP = `_definitions {
  sku { type: string, pattern: "^[A-Z]{3}-[0-9]+$" }
  item {
    type: object
    properties {
      sku { "$ref": "#/definitions/sku" }
      note { type: string }
    }
  }
}
order {
  "2.1" {
    request {
      type: object
      required: [ name, ids, token ]
      properties {
        name { type: string, minLength: 2, maxLength: 4 }
        ids { type: array, items { type: string }, minItems: 1, maxItems: 3, uniqueItems: true }
        boxes { type: array, items { type: object, additionalProperties: true }, uniqueItems: true }
        count { type: integer, minimum: 1, maximum: 10, multipleOf: 2 }
        ratio { type: number, exclusiveMinimum: 0, exclusiveMaximum: 1 }
        tags { type: object, minProperties: 1, maxProperties: 2, additionalProperties { type: string } }
        item { "$ref": "#/definitions/item" }
        size { type: string, enum: [ s, m, xl, xxxl ], maxLength: 2 }
      }
    }
    response {
      type: object
      properties {
        name { type: string, minLength: 2, maxLength: 4 }
        count { type: integer, minimum: 1 }
        item { "$ref": "#/definitions/item" }
      }
    }
  }
}
revoke {
  "2.1" {
    request { type: object, required: [ key_id ], properties { access_key { type: string } } }
    response { type: object }
  }
}
`;

describe("request validators enforce the server's constraints", () => {
  let zod: Record<string, ZodType>;
  let packageDir: string;
  const ok = (name: string, value: unknown): boolean => zod[name].safeParse(value).success;
  const order = (extra: Record<string, unknown>) => ({ name: "abc", ids: ["a"], token: 1, ...extra });

  beforeAll(async () => {
    const { model } = loadApi(writeSchemas({ "shop.conf": SHOP }));
    const { files, diagnostics } = generate(model);
    expect(diagnostics).toEqual([]);
    packageDir = writeTemp(files);
    linkZod(packageDir);
    zod = (await import(pathToFileURL(path.join(packageDir, "src/zod/shop.js")).href)) as Record<string, ZodType>;
  });

  it("checks string lengths in code points, as JSON Schema counts them", () => {
    expect(ok("ShopOrderRequest", order({ name: "ab" }))).toBe(true);
    expect(ok("ShopOrderRequest", order({ name: "a" }))).toBe(false);
    expect(ok("ShopOrderRequest", order({ name: "abcde" }))).toBe(false);
    // Two astral characters: 4 UTF-16 units but 2 code points (zod's .min/.max would say 4).
    expect(ok("ShopOrderRequest", order({ name: "😀😀" }))).toBe(true);
    expect(ok("ShopOrderRequest", order({ name: "😀😀😀😀" }))).toBe(true);
    expect(ok("ShopOrderRequest", order({ name: "😀" }))).toBe(false);
    expect(ok("ShopOrderRequest", order({ name: "😀😀😀😀😀" }))).toBe(false);
  });

  it("checks item counts and uniqueness (scalars and JSON values)", () => {
    expect(ok("ShopOrderRequest", order({ ids: [] }))).toBe(false);
    expect(ok("ShopOrderRequest", order({ ids: ["a", "b", "c", "d"] }))).toBe(false);
    expect(ok("ShopOrderRequest", order({ ids: ["a", "a"] }))).toBe(false);
    expect(ok("ShopOrderRequest", order({ ids: ["a", "b"] }))).toBe(true);
    expect(ok("ShopOrderRequest", order({ boxes: [{ a: 1 }, { a: 2 }] }))).toBe(true);
    expect(ok("ShopOrderRequest", order({ boxes: [{ a: 1 }, { a: 1 }] }))).toBe(false);
  });

  it("checks minimum, maximum, exclusive bounds and multipleOf", () => {
    expect(ok("ShopOrderRequest", order({ count: 2 }))).toBe(true);
    expect(ok("ShopOrderRequest", order({ count: 0 }))).toBe(false);
    expect(ok("ShopOrderRequest", order({ count: 12 }))).toBe(false);
    expect(ok("ShopOrderRequest", order({ count: 3 }))).toBe(false);
    expect(ok("ShopOrderRequest", order({ ratio: 0.5 }))).toBe(true);
    expect(ok("ShopOrderRequest", order({ ratio: 0 }))).toBe(false);
    expect(ok("ShopOrderRequest", order({ ratio: 1 }))).toBe(false);
  });

  it("checks key counts", () => {
    expect(ok("ShopOrderRequest", order({ tags: { a: "x" } }))).toBe(true);
    expect(ok("ShopOrderRequest", order({ tags: {} }))).toBe(false);
    expect(ok("ShopOrderRequest", order({ tags: { a: "x", b: "y", c: "z" } }))).toBe(false);
  });

  it("checks patterns, through a definition's request-side (Strict) validator", () => {
    expect(zod.ShopItemStrict).toBeDefined();
    expect(ok("ShopOrderRequest", order({ item: { sku: "ABC-12" } }))).toBe(true);
    expect(ok("ShopOrderRequest", order({ item: { sku: "abc-12" } }))).toBe(false);
    // The plain definition validator (used by responses) leaves the pattern alone.
    expect(ok("ShopItem", { sku: "abc-12" })).toBe(true);
  });

  it("keeps only the enum values the constraints allow", () => {
    expect(ok("ShopOrderRequest", order({ size: "xl" }))).toBe(true);
    expect(ok("ShopOrderRequest", order({ size: "xxxl" }))).toBe(false);
  });

  it("requires a required name that has no property, whatever its value", () => {
    expect(ok("ShopRevokeRequest", { key_id: "k1" })).toBe(true);
    expect(ok("ShopRevokeRequest", { key_id: 7 })).toBe(true);
    expect(ok("ShopRevokeRequest", { access_key: "a" })).toBe(false);
  });

  it("leaves responses lenient on constraints, exact on types", () => {
    expect(ok("ShopOrderResponse", { name: "a", count: 0, item: { sku: "x" }, extra: true })).toBe(true);
    expect(ok("ShopOrderResponse", { name: 5 })).toBe(false);
  });

  it("the declarations hold for the constrained validators (tsc on the annotated module)", () => {
    const { model } = loadApi(writeSchemas({ "shop.conf": SHOP }));
    const sp = planEmit(model, { includeInternal: true }).services[0];
    mkdirSync(path.join(packageDir, "check"), { recursive: true });
    writeFileSync(path.join(packageDir, "check/shop.ts"), printModule(emitZodCheckModule(sp, zodValidators(sp), "../src/types/shop.js")));
    const result = typecheck(packageDir, ["check/shop.ts"]);
    expect(result.output).toBe("");
    expect(result.ok).toBe(true);
  });
});

describe("patterns the validators cannot run", () => {
  it("are located lint findings, and the validator leaves that check out", () => {
    const dir = writeSchemas({
      "svc.conf": `act {\n  "2.1" {\n    request {\n      type: object\n      properties { code { type: string, pattern: "^a\\\\-b$" } }\n    }\n    response { type: object }\n  }\n}\n`,
    });
    const { model, findings } = loadApi(dir);
    const { files, diagnostics } = generate(model);
    expect(files.get("src/zod/svc.js")).toContain("code: z.optional(z.string())");
    expect(diagnostics).toEqual([]);
    expect(findings.filter((d) => d.code === "schema/bad-pattern")).toEqual([
      expect.objectContaining({
        code: "schema/bad-pattern",
        hint: expect.stringContaining("validators do not check it"),
        location: expect.objectContaining({ file: path.join(dir, "svc.conf"), line: 5, column: 41 }),
      }),
    ]);
  });
});
