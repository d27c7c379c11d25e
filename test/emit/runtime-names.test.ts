// The runtime's exports (ApiError, createTransport, ...) share the package root with the
// schema's names; a definition that would shadow one is a located error, never a rename.
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { generatePackage } from "../../generator/emit/generate.js";
import { runtimeFiles } from "../../generator/emit/runtime-files.js";
import { runtimeExportNames } from "../../generator/emit/runtime-names.js";
import { loadApi } from "../../generator/schema/index.js";

const runtime = runtimeFiles(process.cwd());

describe("runtime export names", () => {
  it("are read from the shipped runtime's declarations", () => {
    const names = runtimeExportNames(runtime.get("index.d.ts") ?? "");
    expect(names).toEqual(expect.arrayContaining(["ApiError", "createTransport", "keySecret", "bearer", "oidc", "applyVaults"]));
  });

  it("are reserved: a definition named api.error collides with ApiError at its source line", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "runtime-names-"));
    writeFileSync(path.join(dir, "_api_defaults.conf"), 'internal: false\nallow_roles: ["*"]\nauthorize: true\n');
    writeFileSync(
      path.join(dir, "api.conf"),
      [
        '_description: "An API service"',
        "_definitions {",
        '  error { type: object, properties { code { type: integer, description: "c" } } }',
        "}",
        'ping { "2.1" { description: "p", request { type: object, properties { e { "$ref": "#/definitions/error" } } }, response { type: object } } }',
        "",
      ].join("\n"),
    );
    const { model } = loadApi(dir);
    const result = generatePackage(model, { packageName: "x", runtime, openApi: false });
    const collision = result.diagnostics.find((d) => d.code === "emit/name-collision");
    expect(collision?.message).toContain("ApiError");
    expect(collision?.location).toMatchObject({ file: path.join(dir, "api.conf"), line: 3, column: 3 });
    expect(result.files.size).toBe(0);
  });
});
