// Codegen reads schemas without the environment (its output must not depend on the
// machine), in the dialect it is given (pyhocon by default).
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadApi } from "../../generator/schema/index.js";
import { readConf } from "../../generator/schema/read.js";
import { codegenCaptured, writeSchemas } from "./helpers.js";

const VAR = "HOCON_CODEGEN_ENV_TEST";

const service = (description: string) => `get_all {
  "2.1" {
    description: ${description}
    request { type: object }
    response { type: object }
  }
}
`;

function codegen(schemas: string, dialect?: "pyhocon" | "spec"): Promise<{ code: number; stderr: string }> {
  const out = mkdtempSync(path.join(tmpdir(), "env-dialect-out-"));
  const cacheDir = mkdtempSync(path.join(tmpdir(), "env-dialect-cache-"));
  return codegenCaptured({ schemas, out, name: "x", dialect }, { cacheDir });
}

describe("schema reading", () => {
  afterEach(() => {
    delete process.env[VAR];
  });

  it("never resolves a substitution from the environment", async () => {
    process.env[VAR] = "from the environment";
    const schemas = writeSchemas({ "tasks.conf": service(`\${${VAR}}`) });
    expect(() => readConf(path.join(schemas, "tasks.conf"))).toThrow(`could not resolve substitution \${${VAR}}`);
    const { findings } = loadApi(schemas);
    expect(findings.map((d) => d.message)).toContain(`could not resolve substitution \${${VAR}}`);
    const { code, stderr } = await codegen(schemas);
    expect(code).toBe(1);
    expect(stderr).toContain(`could not resolve substitution \${${VAR}}`);
    expect(stderr).not.toContain("from the environment");
  });

  it("reads the pyhocon dialect by default and the spec's when asked", async () => {
    // pyhocon keeps an unknown escape; the spec rejects it.
    const schemas = writeSchemas({ "tasks.conf": service('"modifiers (\\>, \\<)"') });
    expect((await codegen(schemas)).code).toBe(0);
    expect((await codegen(schemas, "pyhocon")).code).toBe(0);
    const spec = await codegen(schemas, "spec");
    expect(spec.code).toBe(1);
    expect(spec.stderr).toContain("invalid escape '\\>'");
    expect(readConf(path.join(schemas, "tasks.conf"), { dialect: "pyhocon" }).value).toMatchObject({ get_all: { "2.1": { description: "modifiers (\\>, \\<)" } } });
  });
});
