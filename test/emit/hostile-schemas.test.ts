// What a hostile or careless schema folder can do to the generated package, each through
// the real pipeline: a file name that would end the header comment, property names that
// are no identifiers, `__proto__`, numbers that overflow to Infinity, `$ref`s that are no
// definition references. Nothing planted runs, every module imports, the package
// type-checks, and what has no correct output is a located error.
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { codegenCaptured, writeSchemas } from "./helpers.js";
import { generateFrom, importEveryModule, packagesFolder, payload, typecheckPackages, writePackage } from "./hostile.js";

const ok = (description: string, request = "{ type: object }") => `{ "2.1" { description: ${JSON.stringify(description)}, request ${request}, response { type: object } } }`;

/** Runs `codegen` in-process; its exit code and what it printed. */
async function codegen(schemas: string, name = "hostile-client"): Promise<{ code: number; stderr: string; out: string }> {
  const out = path.join(mkdtempSync(path.join(tmpdir(), "hostile-codegen-")), "out");
  return { ...(await codegenCaptured({ schemas, out, name, force: true })), out };
}

describe("hostile schema folders", () => {

  it("a file name with line terminators and a backtick runs nothing when the package is imported", () => {
    const name = `x\u2028${payload()}\u2029\n\`.conf`;
    const schemas = writeSchemas({ [name]: `_description: "d"\nget_all ${ok("Lists")}\n`, "tasks.conf": `_description: "d"\nget_all ${ok("Lists")}\n` });
    const { load, result } = generateFrom(schemas);
    expect(load.findings.filter((d) => d.code === "schema/unroutable-name").map((d) => [path.basename(d.location.file), d.location.line, d.location.column])).toEqual([[name, 1, 1]]);
    expect(result.diagnostics).toEqual([]);
    const dir = writePackage(result.files);
    const run = importEveryModule([dir]);
    expect(run.errors).toEqual([]);
    expect(run.pwned).toBe(false);
  });

  it("endpoint names the server cannot route are lint errors and are left out of the package", () => {
    const schemas = writeSchemas({ "tasks.conf": `_description: "d"\nget_all ${ok("Lists")}\n"a-b" ${ok("x")}\n"sp ace" ${ok("x")}\n"ünï" ${ok("x")}\n` });
    const { load, result } = generateFrom(schemas);
    expect(load.findings.filter((d) => d.severity === "error").map((d) => [d.code, d.location.line])).toEqual([
      ["schema/unroutable-name", 3],
      ["schema/unroutable-name", 4],
      ["schema/unroutable-name", 5],
    ]);
    expect(result.diagnostics).toEqual([]);
    const client = result.files.get("src/client.js") ?? "";
    expect(client).toContain("get_all");
    expect(client).not.toMatch(/a-b|sp ace|ünï/);
    expect(result.files.get("openapi.json")).not.toMatch(/a-b|sp ace|ünï/);
  });

  it("property names that are no identifiers (a², xⸯ) are quoted: the package imports and type-checks", () => {
    const request = `{ type: object, properties { "a²" { type: string }, "xⸯ" { type: string }, "µ" { type: string } } }`;
    const schemas = writeSchemas({ "tasks.conf": `_description: "d"\nget_all ${ok("Lists", request)}\n` });
    const { result } = generateFrom(schemas);
    expect(result.diagnostics).toEqual([]);
    const dir = writePackage(result.files, packagesFolder());
    expect(importEveryModule([dir]).errors).toEqual([]);
    const tsc = typecheckPackages([dir]);
    expect(tsc.output).toBe("");
  }, 120_000);

  it("__proto__ as a property is an own, enforced property, and as an endpoint it can be called", async () => {
    const request = `{ type: object, required: [ __proto__ ], additionalProperties: false, properties { __proto__ { type: string }, n { type: integer } } }`;
    const response = `{ type: object, properties { __proto__ { type: integer } } }`;
    const schemas = writeSchemas({ "tasks.conf": `_description: "d"\n__proto__ { "2.1" { description: "p", request ${request}, response ${response} } }\n` });
    const { result } = generateFrom(schemas);
    expect(result.diagnostics).toEqual([]);
    const dir = writePackage(result.files, packagesFolder());
    const zod = (await import(pathToFileURL(path.join(dir, "src/zod/index.js")).href)) as Record<string, { safeParse(v: unknown): { success: boolean } }>;
    const request_ = zod.TasksProtoRequest;
    expect(request_.safeParse(JSON.parse('{"__proto__": "x"}')).success).toBe(true);
    expect(request_.safeParse(JSON.parse('{"__proto__": "x", "n": 1}')).success).toBe(true);
    expect(request_.safeParse({}).success).toBe(false);
    expect(request_.safeParse(JSON.parse('{"__proto__": 5}')).success).toBe(false);
    expect(request_.safeParse(JSON.parse('{"__proto__": "x", "other": 1}')).success).toBe(false);
    expect(request_.safeParse(null).success).toBe(false);
    const response_ = zod.TasksProtoResponse;
    expect(response_.safeParse({}).success).toBe(true);
    expect(response_.safeParse(JSON.parse('{"__proto__": 1}')).success).toBe(true);
    expect(response_.safeParse(JSON.parse('{"__proto__": "x"}')).success).toBe(false);

    const { createClient } = (await import(pathToFileURL(path.join(dir, "src/index.js")).href)) as { createClient: (o: object) => Record<string, Record<string, (b: unknown) => Promise<unknown>>> };
    const urls: string[] = [];
    const fetch = async (url: string | URL): Promise<Response> => {
      urls.push(String(url));
      const meta = { result_code: 200, result_subcode: 0, result_msg: "OK" };
      return new Response(JSON.stringify({ meta, data: {} }), { status: 200, headers: { "content-type": "application/json" } });
    };
    const client = createClient({ baseUrl: "http://api.test", fetch, retry: false });
    expect(Object.keys(client.tasks)).toEqual(["__proto__"]);
    expect(Object.getPrototypeOf(client.tasks)).toBe(Object.prototype);
    await client.tasks.__proto__(JSON.parse('{"__proto__": "x"}'));
    expect(urls).toEqual(["http://api.test/tasks.__proto__"]);
    expect(typecheckPackages([dir]).output).toBe("");
  }, 120_000);

  it("a service and action whose function name would be eval or arguments (strict-mode reserved) still import", () => {
    const schemas = writeSchemas({ "eval.conf": `_description: "d"\n__ ${ok("x")}\n`, "arguments.conf": `_description: "d"\n__ ${ok("x")}\n` });
    const { result } = generateFrom(schemas);
    expect(result.diagnostics).toEqual([]);
    const run = importEveryModule([writePackage(result.files)]);
    expect(run.errors).toEqual([]);
  });

  it("a service and action whose function name is a runtime helper the module imports (callEndpoint) still import and call", async () => {
    const schemas = writeSchemas({ "call.conf": `_description: "d"\nendpoint ${ok("x")}\n` });
    const { result } = generateFrom(schemas);
    expect(result.diagnostics).toEqual([]);
    const dir = writePackage(result.files);
    expect(importEveryModule([dir]).errors).toEqual([]);
    const pkg = await import(pathToFileURL(path.join(dir, "src", "index.js")).href);
    const sent: string[] = [];
    const fetch = async (url: string) => {
      sent.push(new URL(url).pathname);
      return new Response(JSON.stringify({ meta: { result_code: 200 }, data: { ok: 1 } }), { headers: { "content-type": "application/json" } });
    };
    await expect(pkg.callEndpoint(pkg.createTransport({ baseUrl: "http://api.invalid", fetch }), {})).resolves.toEqual({ ok: 1 });
    expect(sent).toEqual(["/call.endpoint"]);
  });

  it.each([
    ["enum", "{ type: number, enum: [ 1, 1e400 ] }"],
    ["minimum", "{ type: number, minimum: -1e400 }"],
    ["maximum", "{ type: integer, maximum: 1e400 }"],
    ["multipleOf", "{ type: number, multipleOf: 1e400 }"],
    ["default", "{ type: number, default: 1e400 }"],
  ])("a number that overflows to Infinity in %s stops codegen with a located error", async (keyword, schema) => {
    const text = `_description: "d"\nget_all {\n  "2.1" {\n    description: "x"\n    request { type: object, properties { n ${schema} } }\n    response { type: object }\n  }\n}\n`;
    const schemas = writeSchemas({ "tasks.conf": text });
    const { code, stderr } = await codegen(schemas);
    expect(code).toBe(1);
    expect(stderr).toMatch(new RegExp(`tasks\\.conf:5:\\d+: error: a number in \`${keyword}\` is too large for a double`));
    expect(stderr).toContain("codegen: stopped");
  });

  it.each(["#x", "", "other.conf#/definitions/task", "#/definitions/"])("a $ref %j that is no definition reference stops codegen with a located error", async (ref) => {
    const text = `_description: "d"\n_definitions { task { type: object } }\nget_all {\n  "2.1" {\n    description: "x"\n    request { type: object, properties { t { "$ref": ${JSON.stringify(ref)} } } }\n    response { type: object }\n  }\n}\n`;
    const schemas = writeSchemas({ "tasks.conf": text });
    const { code, stderr } = await codegen(schemas);
    expect(stderr).not.toContain("internal error");
    expect(stderr).toMatch(/tasks\.conf:6:\d+: error: `\$ref` .* is not a local definition reference/);
    expect(code).toBe(1);
  });

  it.each(["x\n// hi", "Upper", "a b", "@scope/", "x`y", ""])("a --name %j that is no npm package name stops codegen before it writes anything", async (name) => {
    const schemas = writeSchemas({ "tasks.conf": `_description: "d"\nget_all ${ok("Lists")}\n` });
    const { code, stderr, out } = await codegen(schemas, name);
    expect(code).toBe(1);
    expect(stderr).toContain("is not an npm package name");
    expect(existsSync(out)).toBe(false);
  });
});
