// The validators' default typing (BasicValidator) must be true of what ships: zod 4
// schemas. The type-level parts are checked by the repository's tsc (`npm test` runs it
// over templates/); the opt-in (ValidatorTypes augmented with zod) is tested against the
// generated package in test/package/validator-types.test.ts, since augmenting here would
// change the typing for every file of this program.
import { describe, expect, expectTypeOf, it } from "vitest";
import { z } from "zod";
import type { Validator } from "./endpoint.js";
import type { BasicValidator, StandardSchemaV1, TypedValidator } from "./validator.js";

interface Vault {
  id: string;
  enabled?: boolean;
}

// For every T, a zod schema of T (that transforms nothing: input T too) is a
// BasicValidator<T> (so the declarations may say so), and a BasicValidator is what the
// runtime checks requests and responses with.
function asBasic<T>(schema: z.ZodType<T, T>): BasicValidator<T> {
  return schema;
}
function asRuntimeValidator<T>(validator: BasicValidator<T>): Validator {
  return validator;
}

const vault: BasicValidator<Vault> = asBasic(z.looseObject({ id: z.string(), enabled: z.boolean().optional() }));

describe("BasicValidator", () => {
  it("types parse, safeParse and the Standard Schema input and output as T", () => {
    expectTypeOf<TypedValidator<Vault>>().toEqualTypeOf<BasicValidator<Vault>>();
    expectTypeOf(vault.parse).returns.toEqualTypeOf<Vault>();
    expectTypeOf<StandardSchemaV1.InferOutput<typeof vault>>().toEqualTypeOf<Vault>();
    expectTypeOf<StandardSchemaV1.InferInput<typeof vault>>().toEqualTypeOf<Vault>();
    const result = vault.safeParse({ id: "v1" });
    if (result.success) expectTypeOf(result.data).toEqualTypeOf<Vault>();
    else expectTypeOf(result.error.issues[0].path).toEqualTypeOf<readonly PropertyKey[]>();
    expect(asRuntimeValidator(vault).safeParse({ id: "v1" }).success).toBe(true);
  });

  it("describes what a zod schema does at run time", async () => {
    expect(vault.parse({ id: "v1", extra: 1 })).toEqual({ id: "v1", extra: 1 });
    expect(() => vault.parse({ id: 1 })).toThrow();
    const ok = vault.safeParse({ id: "v1" });
    expect(ok).toMatchObject({ success: true, data: { id: "v1" } });
    expect(ok.error).toBeUndefined();
    const bad = vault.safeParse({ id: "v1", enabled: "yes" });
    expect(bad.success).toBe(false);
    expect(bad.data).toBeUndefined();
    expect(bad.error?.issues.map((i) => [i.path, typeof i.message])).toEqual([[["enabled"], "string"]]);

    const standard = vault["~standard"];
    expect(standard.version).toBe(1);
    expect(standard.vendor).toBe("zod");
    expect(await standard.validate({ id: "v2" })).toEqual({ value: { id: "v2" } });
    const failed = await standard.validate({});
    expect(failed.issues?.map((i) => i.path)).toEqual([["id"]]);
  });

  it("rejects a wrong typing", () => {
    // @ts-expect-error: a schema of another type is not a BasicValidator<Vault>
    const wrong: BasicValidator<Vault> = z.object({ id: z.number() });
    expect(wrong.safeParse({ id: "v1" }).success).toBe(false);
    // @ts-expect-error: a schema that transforms takes another input than it gives, so its input is not T
    const transforming: BasicValidator<number> = z.string().transform(Number);
    expect(transforming.parse("2")).toBe(2);
  });
});
