// The emitters on the real ClearML corpus (all 356 endpoint versions, internal included).
import { writeFileSync } from "node:fs";
import path from "node:path";
import * as prettier from "prettier";
import { describe, expect, it } from "vitest";
import { compareVersions, loadApi, parseVersion, versionAt } from "../../generator/schema/index.js";
import type { ApiModel, Endpoint } from "../../generator/schema/model.js";
import { emitOpenApi } from "../../generator/emit/openapi/index.js";
import { CORPUS, corpus, generate, linkZod, typecheck, writeTemp } from "./helpers.js";

/** Generated code files (not the copied runtime) with the prettier parser for each (as prettier picks it from the extension). */
const generatedCode = (files: Map<string, string>) =>
  [...files.keys()]
    .filter((f) => /\.(ts|js|mjs)$/.test(f) && !f.startsWith("src/runtime/"))
    .map((f) => ({ file: f, parser: f.endsWith(".ts") ? "typescript" : "babel" }));

/** How many times `pattern` occurs in the files under `folder` ending with `ext`. */
function countIn(files: Map<string, string>, folder: string, ext: string, pattern: RegExp): number {
  let n = 0;
  for (const [f, text] of files) if (f.startsWith(folder) && f.endsWith(ext)) n += (text.match(pattern) ?? []).length;
  return n;
}

/** An endpoint that exists at the latest version but not at `at`, and one whose request gained a property after `at`. */
function pinnedCases(model: ApiModel, at: string) {
  const v = parseVersion(at)!;
  const all = model.services.flatMap((s) => s.endpoints);
  const later = all.find((e) => compareVersions(e.versions[0].version, v) > 0)!;
  const propsOf = (e: Endpoint, version: string) => {
    const ev = versionAt(e, version);
    const r = ev?.request;
    if (!r || r.kind !== "schema" || r.schema.kind !== "object") return undefined;
    // Only exact types (no index signature) reject unknown keys.
    const extra = r.schema.additionalProperties;
    if (extra === true || typeof extra === "object" || r.schema.patternProperties?.length) return undefined;
    return new Set(r.schema.properties.map((p) => p.name));
  };
  for (const e of all) {
    const old = propsOf(e, at);
    const latest = propsOf(e, model.maxVersion.text);
    if (!old || old.size === 0 || !latest) continue;
    const added = [...latest].find((p) => !old.has(p) && /^[a-z_]+$/.test(p));
    if (added) return { later, changed: e, added };
  }
  throw new Error("no endpoint gained a request property after " + at);
}

describe("codegen on the ClearML corpus", () => {
  const model = corpus();
  const first = generate(model);

  it("covers every endpoint version without diagnostics", () => {
    expect(first.diagnostics).toEqual([]);
    const infos = countIn(first.files, "src/endpoints/", ".js", /^export const \w+ = \{$/gm);
    expect(infos).toBe(model.services.reduce((n, s) => n + s.endpoints.reduce((m, e) => m + e.versions.length, 0), 0));
    expect(infos).toBe(356);
    expect(countIn(first.files, "src/endpoints/", ".d.ts", /^export declare const \w+: EndpointInfo;$/gm)).toBe(356);
    // No TypeScript source is generated: JavaScript plus declarations only.
    expect([...first.files.keys()].filter((f) => f.endsWith(".ts") && !f.endsWith(".d.ts"))).toEqual([]);
  });

  it("is deterministic, whatever the spelling of the schema folder's path", () => {
    const second = generate(model);
    expect([...second.files.keys()]).toEqual([...first.files.keys()]);
    for (const [f, text] of first.files) expect(second.files.get(f), f).toBe(text);
    const relative = generate(loadApi(path.relative(process.cwd(), CORPUS)).model);
    for (const [f, text] of first.files) expect(relative.files.get(f), f).toBe(text);
  });

  it("prettier leaves every generated .ts, .d.ts, .js and .mjs file unchanged", async () => {
    const different: string[] = [];
    const code = generatedCode(first.files);
    expect(code.filter((c) => c.parser === "babel").length).toBeGreaterThan(model.services.length);
    for (const { file, parser } of code) {
      const text = first.files.get(file)!;
      if ((await prettier.format(text, { parser })) !== text) different.push(file);
    }
    expect(different).toEqual([]);
  });

  it("type-checks with tsc --strict, and pinning apiVersion gives that version's endpoints and fields", () => {
    const dir = writeTemp(first.files);
    const { later, changed, added } = pinnedCases(model, "2.12");
    const pinned = [
      'import { createClient, type ClientAt } from "./src/index.js";',
      'const c = createClient({ baseUrl: "http://localhost", apiVersion: "2.12" });',
      'const check: ClientAt<"2.12"> = c;',
      "void check;",
      `void c.${changed.service}.${changed.action};`,
      "// @ts-expect-error the endpoint starts after 2.12",
      `void c.${later.service}.${later.action};`,
      `type Old = NonNullable<Parameters<typeof c.${changed.service}.${changed.action}>[0]>;`,
      "// @ts-expect-error the property is added after 2.12",
      `const oldKey: keyof Old = "${added}";`,
      "void oldKey;",
      'const latest = createClient({ baseUrl: "http://localhost" });',
      `void latest.${later.service}.${later.action};`,
      `type New = NonNullable<Parameters<typeof latest.${changed.service}.${changed.action}>[0]>;`,
      `const newKey: keyof New = "${added}";`,
      "void newKey;",
      "// tasks.update_batch names tasks.update 1.5, before its first version: its lines are 2.1 requests.",
      'const lines: Parameters<typeof latest.tasks.update_batch>[0] = [{ task: "t", name: "n" }];',
      "// @ts-expect-error a line's task is a string",
      "const badLines: Parameters<typeof latest.tasks.update_batch>[0] = [{ task: 1 }];",
      "void lines, badLines;",
      "// users.get_current_user (2.20 on) writes `created` beside the user's $ref: the server sends it.",
      'type CurrentUser = NonNullable<Awaited<ReturnType<typeof latest.users.get_current_user>>["user"]>;',
      'const userCreated: CurrentUser["created"] = "2020-01-01T00:00:00Z";',
      "// @ts-expect-error created is a string",
      'const badCreated: CurrentUser["created"] = 5;',
      "void userCreated, badCreated;",
      "// Versions between change versions and unknown ones are accepted.",
      'createClient({ baseUrl: "http://localhost", apiVersion: "2.99" });',
      "",
    ].join("\n");
    writeFileSync(path.join(dir, "pinned.ts"), pinned);
    const result = typecheck(dir, ["pinned.ts"]);
    expect(result.output).toBe("");
    expect(result.ok).toBe(true);
  }, 600_000);

  it("validates and documents tasks.update_batch's lines as tasks.update 2.1 requests (the first version: the batch names 1.5)", async () => {
    const dir = writeTemp(first.files);
    linkZod(dir);
    const { validators } = (await import(path.join(dir, "src/zod/index.js"))) as { validators: { endpoints: Record<string, { request?: { safeParse(v: unknown): { success: boolean } } }> } };
    const request = validators.endpoints["tasks.update_batch@2.1"].request;
    expect(request).toBeDefined();
    expect(request?.safeParse({ task: "t", name: "n" }).success).toBe(true);
    expect(request?.safeParse({ task: 1 }).success).toBe(false);
    const doc = emitOpenApi(model) as unknown as Record<string, Record<string, { post: { requestBody: { description: string; content: Record<string, { schema: { properties?: Record<string, unknown> } }> } } }>>;
    const body = doc.paths["/tasks.update_batch"].post.requestBody;
    expect(body.description).toContain("one tasks.update request (endpoint version 2.1) per line");
    expect(body.content["application/json-lines"].schema.properties).toMatchObject({ task: { type: "string" }, name: { type: "string" } });
  });

  it("validates and documents users.get_current_user's `created`, written beside the user's $ref (2.20 on)", async () => {
    const dir = writeTemp(first.files);
    linkZod(dir);
    type Check = { safeParse(v: unknown): { success: boolean } };
    const { validators } = (await import(path.join(dir, "src/zod/index.js"))) as { validators: { endpoints: Record<string, { response: Check }> } };
    const response = validators.endpoints["users.get_current_user@2.20"].response;
    expect(response.safeParse({ user: { id: "u", created: "2020-01-01T00:00:00Z" } }).success).toBe(true);
    expect(response.safeParse({ user: { id: "u", created: 5 } }).success).toBe(false);
    const doc = emitOpenApi(model) as unknown as { paths: Record<string, { post: { responses: Record<string, { content: Record<string, { schema: unknown }> }> } }> };
    const data = JSON.stringify(doc.paths["/users.get_current_user"].post.responses["200"].content["application/json"].schema);
    expect(data).toContain('{"allOf":[{"$ref":"#/components/schemas/users.get_current_user_response_user_object"},{"type":"object","properties":{"created":');
  });
});
