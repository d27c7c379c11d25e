// Keywords beside `$ref` (issue 15): `user { "$ref": ..., properties { created {...} } }`
// adds `created` to the definition, and the server sends it. Responses are typed,
// validated and documented as the definition and the siblings together; a request is
// validated by the `$ref` alone, as the server's validator (draft 7 and earlier: `$ref`
// overrides its siblings) checks it, so no request the server accepts is rejected.
import path from "node:path";
import SwaggerParser from "@apidevtools/swagger-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { emitOpenApi } from "../../generator/emit/openapi/index.js";
import { loadApi } from "../../generator/schema/index.js";
import { generateInTemp, importModule, removeGenerated, type GeneratedPackage } from "../verify/support/generated-package.js";
import { typecheckCheckFile } from "./helpers.js";

const FIXTURE = path.resolve(__dirname, "../fixtures/ref-siblings");

interface Info {
  readonly request: { safeParse(v: unknown): { success: boolean } };
  readonly response: { safeParse(v: unknown): { success: boolean } };
}

describe("keywords beside $ref", () => {
  let pkg: GeneratedPackage;

  beforeAll(() => {
    pkg = generateInTemp(FIXTURE);
  });
  afterAll(() => removeGenerated(pkg));

  it("keeps lint's warning (the server's validator ignores them), and codegen goes on", () => {
    const { findings } = loadApi(FIXTURE);
    const siblings = findings.filter((d) => d.code === "schema/ref-sibling");
    expect(siblings.map((d) => [d.severity, d.location.line, d.location.column])).toEqual([
      ["warning", 13, 21],
      ["warning", 23, 21],
    ]);
  });

  it("types the response as the definition and the siblings together", () => {
    const result = typecheckCheckFile(pkg.dir, [
      'import type { SvcGetResponse } from "./src/index.js";',
      'const ok: SvcGetResponse = { user: { id: "u", created: "2020-01-01" } };',
      // Optional response properties admit null (nullable.ts), the siblings' too.
      "const created: string | null | undefined = ok.user?.created;",
      "const id: string | null | undefined = ok.user?.id;",
      "// @ts-expect-error created is a string",
      "const bad: SvcGetResponse = { user: { created: 5 } };",
      "void created, id, bad;",
    ]);
    expect(result.output).toBe("");
    expect(result.ok).toBe(true);
  });

  it("validates a response's siblings, and a request by the $ref alone", async () => {
    const { validators } = (await importModule(pkg, "zod/index")) as { validators: { endpoints: Record<string, Info> } };
    const info = validators.endpoints["svc.get@2.1"];
    expect(info.response.safeParse({ user: { id: "u", created: "2020-01-01" } }).success).toBe(true);
    expect(info.response.safeParse({ user: { id: "u", created: 5 } }).success).toBe(false);
    expect(info.response.safeParse({ user: { id: 5 } }).success).toBe(false);
    expect(info.request.safeParse({ user: { id: "u", created: 5 } }).success).toBe(true);
    expect(info.request.safeParse({ user: { id: 5 } }).success).toBe(false);
  });

  it("documents both in OpenAPI (allOf of the $ref and the siblings), which swagger-parser accepts", async () => {
    const doc = emitOpenApi(pkg.model) as unknown as Record<string, any>;
    const data = doc.paths["/svc.get"].post.responses["200"].content["application/json"].schema;
    // The optional `user` and its optional sibling `created` admit null, as every optional response property does.
    expect(findUser(data)).toEqual({
      anyOf: [
        {
          allOf: [
            { $ref: "#/components/schemas/svc.user" },
            { type: "object", properties: { created: { type: ["string", "null"], description: "Creation time" } } },
          ],
        },
        { type: "null" },
      ],
      description: "The user",
    });
    await expect(SwaggerParser.validate(structuredClone(doc) as never)).resolves.toBeTruthy();
  });
});

/** The `user` property schema inside the envelope's `data`. */
function findUser(schema: unknown): unknown {
  if (schema === null || typeof schema !== "object") return undefined;
  const o = schema as Record<string, unknown>;
  const props = o.properties as Record<string, unknown> | undefined;
  if (props?.user) return props.user;
  for (const v of Object.values(o)) {
    const found = findUser(v);
    if (found) return found;
  }
  return undefined;
}
