import { describe, expect, it } from "vitest";
import { Fingerprints } from "../../generator/emit/fingerprint.js";
import type { SchemaNode } from "../../generator/schema/model.js";

const at = (line: number) => ({ file: "x.conf", line, column: 1 });
const str = (extra: object = {}, line = 1): SchemaNode => ({ kind: "string", location: at(line), ...extra }) as SchemaNode;
const obj = (properties: { name: string; schema: SchemaNode; required?: boolean }[], extra: object = {}): SchemaNode =>
  ({
    kind: "object",
    location: at(1),
    properties: properties.map((p) => ({ name: p.name, schema: p.schema, required: p.required ?? false, location: at(2) })),
    additionalProperties: undefined,
    ...extra,
  }) as SchemaNode;

describe("schema fingerprints", () => {
  it("are equal for equal schemas, whatever their locations and key order", () => {
    const prints = new Fingerprints();
    const a = obj([{ name: "id", schema: str({ description: "the id" }, 3) }]);
    const b = obj([{ name: "id", schema: { description: "the id", location: at(9), kind: "string" } as SchemaNode }]);
    expect(prints.of(a)).toBe(prints.of(b));
  });

  it("differ for any emitted difference", () => {
    const prints = new Fingerprints();
    const base = prints.of(obj([{ name: "id", schema: str() }]));
    const variants: SchemaNode[] = [
      obj([{ name: "id", schema: str(), required: true }]),
      obj([{ name: "ID", schema: str() }]),
      obj([{ name: "id", schema: str({ description: "x" }) }]),
      obj([{ name: "id", schema: str({ enum: ["a"] }) }]),
      obj([{ name: "id", schema: str() }], { additionalProperties: false }),
      obj([{ name: "id", schema: str() }], { additionalProperties: str() }),
      obj([{ name: "id", schema: str() }], { default: {} }),
      obj([{ name: "id", schema: str() }, { name: "x", schema: str() }]),
      // Separators inside names and texts cannot make two field lists alike.
      obj([{ name: 'id",', schema: str() }]),
      obj([{ name: "id", schema: str({ description: 'x";kind=' }) }]),
    ];
    const prints2 = variants.map((v) => prints.of(v));
    expect(prints2).not.toContain(base);
    expect(new Set(prints2).size).toBe(variants.length);
  });
});
