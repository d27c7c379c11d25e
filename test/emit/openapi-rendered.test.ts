// codegen writes the OpenAPI documents put together from per-service text
// (openapi/rendered.ts); they must be, byte for byte, the JSON and YAML renderings of
// emitOpenApi's document, for every option and for awkward text (line breaks, characters
// YAML escapes, big integers, a `__proto__` key, services without endpoints).
import path from "node:path";
import { describe, expect, it } from "vitest";
import { emitOpenApi, renderOpenApiJson, renderOpenApiYaml, type OpenApiOptions } from "../../generator/emit/openapi/index.js";
import { renderOpenApi } from "../../generator/emit/openapi/rendered.js";
import { routableModel } from "../../generator/emit/routable.js";
import { loadApi } from "../../generator/schema/index.js";
import type { ApiModel } from "../../generator/schema/model.js";
import { corpus, REPO, writeSchemas } from "./helpers.js";

const OPTIONS: readonly OpenApiOptions[] = [{}, { includeInternal: true }, { version: "2.13" }, { version: "1.0", includeInternal: true }];

function expectSameText(model: ApiModel): void {
  for (const options of OPTIONS) {
    const doc = emitOpenApi(model, options);
    const { json, yaml } = renderOpenApi(model, options);
    expect(json, JSON.stringify(options)).toBe(renderOpenApiJson(doc));
    expect(yaml, JSON.stringify(options)).toBe(renderOpenApiYaml(doc));
  }
}

describe("renderOpenApi", () => {
  it("writes emitOpenApi's document on the corpus", () => {
    expectSameText(routableModel(corpus()));
  });

  it("writes emitOpenApi's document on this repository's schemas", () => {
    expectSameText(routableModel(loadApi(path.join(REPO, "schemas")).model));
  });

  it("writes emitOpenApi's document for awkward names and text", () => {
    const dir = writeSchemas({
      "empty.conf": "_description: \"Nothing here\"\n",
      "odd.conf": [
        "_definitions {",
        '  "__proto__" { type: object, properties { n { type: integer, default: 123456789012345678901234567890 } } }',
        '  "a b" { type: string, description: "line one\\nline two\\u2028 # not a comment: really", enum: ["yes", "no", "null"] }',
        "}",
        "get_it {",
        '  "2.1" {',
        '    description: """First line.\n  Indented second line."""',
        '    request { type: object, properties { x { "$ref": "#/definitions/__proto__" }, y { "$ref": "#/definitions/a b" } } }',
        '    response { type: object, properties { z { type: array, items { "$ref": "#/definitions/a b" } } } }',
        "  }",
        "}",
      ].join("\n"),
    });
    const model = routableModel(loadApi(dir).model);
    const { json, yaml } = renderOpenApi(model, {});
    for (const text of ['"/odd.get_it"', '"odd.__proto__"', '"odd.a_b"', "123456789012345678901234567890"]) expect(json).toContain(text);
    expect(yaml).toContain("Indented second line");
    expectSameText(model);
  });
});
