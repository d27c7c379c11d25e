// Nulls in responses (generator/emit/nullable.ts): the server sends null for unset fields,
// so an optional property of a response, or of a definition a response reaches, admits
// null in the types, the validators and the OpenAPI document alike; request bodies and
// request-only definitions stay as written.
import { Ajv2020 } from "ajv/dist/2020.js";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import type { ZodType } from "zod";
import { generatePackage } from "../../generator/emit/generate.js";
import { runtimeFiles } from "../../generator/emit/runtime-files.js";
import { loadApi } from "../../generator/schema/index.js";
import { linkZod, REPO, typecheck, writeTemp } from "./helpers.js";
import { writeSchemas } from "./helpers.js";

const SVC = `_description: "Fixture service"
_definitions {
    task {
        type: object
        required: [ id ]
        properties {
            id { type: string }
            comment { type: string }
            status { type: string, enum: [ created, closed ] }
        }
    }
    filter { type: object, properties { name { type: string } } }
    close_response { type: object, properties { closed { type: integer } } }
}
get {
    "2.1" {
        description: "Get a task"
        request { type: object, properties { id { type: string } } }
        response {
            type: object
            properties {
                task { "$ref": "#/definitions/task" }
                note { type: string }
                tags { type: array, items { type: string } }
            }
        }
    }
}
edit {
    "2.1" {
        description: "Edit a task"
        request {
            type: object
            required: [ task ]
            properties {
                task { type: string }
                comment { type: string }
                filter { "$ref": "#/definitions/filter" }
            }
        }
        response { type: object, properties { updated { type: integer } } }
    }
}
close {
    "2.1" {
        description: "Close a task: its response is an inline copy of the definition it is named after"
        request { type: object, properties { id { type: string } } }
        response: \${_definitions.close_response}
    }
}
`;

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

describe("nulls in optional response properties", () => {
  let dir: string;
  let files: ReadonlyMap<string, string>;
  let zod: Record<string, ZodType>;

  beforeAll(async () => {
    const { model } = loadApi(writeSchemas({ "svc.conf": SVC }));
    const result = generatePackage(model, { packageName: "nullable-client", includeInternal: true, runtime: runtimeFiles(REPO) });
    expect(result.diagnostics).toEqual([]);
    files = result.files;
    dir = writeTemp(files);
    linkZod(dir);
    zod = (await import(pathToFileURL(path.join(dir, "src/zod/svc.js")).href)) as Record<string, ZodType>;
  });

  it("types them T | null, in responses and the definitions they reach; requests stay as written", () => {
    const types = files.get("src/types/svc.d.ts")!;
    expect(types).toMatch(/export interface SvcTask \{\n {2}id: string;\n {2}comment\?: string \| null;\n {2}status\?: "created" \| "closed" \| null;\n\}/);
    expect(types).toMatch(/export interface SvcFilter \{\n {2}name\?: string;\n\}/);
    expect(types).toMatch(/export interface SvcGetResponse \{\n {2}task\?: SvcTask \| null;\n {2}note\?: string \| null;\n {2}tags\?: string\[\] \| null;\n\}/);
    expect(types).toMatch(/export interface SvcEditRequest \{\n {2}task: string;\n {2}comment\?: string;\n {2}filter\?: SvcFilter;\n\}/);
  });

  it("a response that is an inline copy of its namesake definition (typed as that definition) admits null too", () => {
    const types = files.get("src/types/svc.d.ts")!;
    expect(types).toMatch(/export interface SvcCloseResponse \{\n {2}closed\?: number \| null;\n\}/);
    expect(zod.SvcCloseResponse.safeParse({ closed: null }).success).toBe(true);
  });

  it("response validators accept null where a property is optional, not where it is required", () => {
    expect(zod.SvcGetResponse.safeParse({ task: { id: "a", comment: null, status: null }, note: null, tags: null }).success).toBe(true);
    expect(zod.SvcGetResponse.safeParse({ task: { id: null } }).success).toBe(false);
    expect(zod.SvcGetResponse.safeParse({ tags: ["a", null] }).success).toBe(false);
    // The request validators stay as written: the runtime removes nulls before it checks a request.
    expect(zod.SvcEditRequest.safeParse({ task: "t", comment: null }).success).toBe(false);
    expect(zod.SvcFilter.safeParse({ name: null }).success).toBe(false);
  });

  it("a program reading a response meets T | null and compiles; a request with null does not", () => {
    writeFileSync(
      path.join(dir, "use.ts"),
      [
        'import type { SvcEditRequest, SvcGetResponse } from "./src/types/svc.js";',
        "declare const r: SvcGetResponse;",
        "export const comment: string | null | undefined = r.task?.comment;",
        "// @ts-expect-error the server may send null",
        "export const note: string | undefined = r.note;",
        "// @ts-expect-error a request need not carry null, and its type does not take it",
        'export const q: SvcEditRequest = { task: "t", comment: null };',
        "",
      ].join("\n"),
    );
    const result = typecheck(dir, ["use.ts"], { libCheck: "package" });
    expect(result.output).toBe("");
    expect(result.ok).toBe(true);
  });

  it("the OpenAPI document says the same: a type list with null, or anyOf for a $ref or an enum", () => {
    const doc = JSON.parse(files.get("openapi.json")!) as Json;
    const data = doc.paths["/svc.get"].post.responses["200"].content["application/json"].schema.properties.data;
    expect(data.properties.note).toEqual({ type: ["string", "null"] });
    expect(data.properties.task).toEqual({ anyOf: [{ $ref: "#/components/schemas/svc.task" }, { type: "null" }] });
    const task = doc.components.schemas["svc.task"];
    expect(task.properties.status).toEqual({ anyOf: [{ type: "string", enum: ["created", "closed"] }, { type: "null" }] });
    expect(task.properties.id).toEqual({ type: "string" });
    expect(doc.components.schemas["svc.filter"].properties.name).toEqual({ type: "string" });
    const body = doc.paths["/svc.edit"].post.requestBody.content["application/json"].schema;
    expect(body.properties.comment).toEqual({ type: "string" });
    const ajv = new Ajv2020({ strict: true, strictTypes: false });
    ajv.addKeyword("components");
    ajv.addSchema({ $id: "doc", components: doc.components });
    const validate = ajv.compile({ $ref: "doc#/components/schemas/svc.task" });
    expect(validate({ id: "a", comment: null, status: null })).toBe(true);
    expect(validate({ id: null })).toBe(false);
  });
});
