import path from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { generate, typecheck, writeTemp } from "./helpers.js";
import { sampleModel } from "./sample.js";

describe("emitters on a hand-built IR", () => {
  const { files, diagnostics } = generate(sampleModel());
  const types = files.get("src/types/tasks.d.ts")!;
  const typeValues = files.get("src/types/tasks.js")!;
  const zod = files.get("src/zod/tasks.js")!;
  const zodDts = files.get("src/zod/index.d.ts")!;
  const endpoints = files.get("src/endpoints/tasks.d.ts")!;
  const zodIndex = files.get("src/zod/index.js")!;
  const client = files.get("src/client.d.ts")!;

  it("has no diagnostics", () => expect(diagnostics).toEqual([]));

  it("emits enums as unions plus a value list, numeric ones too", () => {
    expect(types).toContain(`export type TasksStatus = "created" | "in_progress" | 'say "hi"';`);
    expect(types).toContain("export declare const TasksStatusValues: readonly [");
    expect(typeValues).toContain("export const TasksStatusValues = [");
    expect(types).toContain("export type TasksPriority = 1 | 2 | 3;");
    expect(types).toContain("export declare const TasksPriorityValues: readonly [1, 2, 3];");
    expect(typeValues).toContain("export const TasksPriorityValues = [1, 2, 3];");
  });

  it("types additionalProperties beside properties as an index signature admitting the declared types", () => {
    expect(types).toContain("  [key: string]: string | number | undefined;");
    expect(zod).toContain(".catchall(z.string());");
  });

  it("intersects the object keywords beside anyOf with the union", () => {
    expect(types).toMatch(/export type TasksAddRequest = \{\n[^]*?\} & \(TasksScalarEvent \| TasksLogEvent\);/);
    expect(zod).toMatch(/export const TasksAddRequest = z\.intersection\(\n {2}z\.looseObject\(\{/);
  });

  it("types additionalProperties, optionality and quoted keys", () => {
    // TasksTask is reached from a response: its optional properties admit null (nullable.ts).
    expect(types).toContain("  id: string;");
    expect(types).toContain("  status?: TasksStatus | null;");
    expect(types).toContain('  "weird-key"?: number | null;');
    expect(types).toContain("  params?: Record<\n");
    expect(types).toContain("  extra?: Record<string, unknown> | null;");
    // A definition only requests use stays as written.
    expect(types).toMatch(/export interface TasksStrictFilter \{\n {2}name\?: string;\n\}/);
    expect(types).toContain("  parent?: TasksNode | null;");
  });

  it("shares unchanged versions and suffixes changed ones", () => {
    expect(types).toContain("export interface TasksGetAllRequestV2_1 {");
    // 2.13 only adds `filter`: it extends 2.1 and declares just that.
    expect(types).toMatch(/export interface TasksGetAllRequestV2_13 extends TasksGetAllRequestV2_1 \{\n  filter\?: TasksStrictFilter;\n\}/);
    expect(types).toContain("export type TasksGetAllRequest = TasksGetAllRequestV2_13;");
    // The response did not change: one declaration, no suffix.
    expect(types.match(/export interface TasksGetAllResponse\b/g)).toHaveLength(1);
    expect(zodIndex).toMatch(/"tasks\.get_all@2\.13": \{\n\s+request: V_tasks\.TasksGetAllRequestV2_13,\n\s+response: V_tasks\.TasksGetAllResponse,/);
  });

  it("makes requests strict only where the schema says so, responses loose", () => {
    expect(zod).toMatch(/TasksGetAllRequestV2_1 = z\.strictObject/);
    expect(zod).toContain("export const TasksStrictFilterStrict");
    expect(zod).toMatch(/filter: z\.optional\(TasksStrictFilterStrict\)/);
    expect(zod).toMatch(/TasksGetAllResponse = z\.looseObject/);
    expect(zodDts).toContain("export declare const TasksGetAllRequestV2_1: TypedValidator<T_tasks.TasksGetAllRequestV2_1>;");
    expect(zodDts).toContain("export declare const TasksStrictFilterStrict: TypedValidator<T_tasks.TasksStrictFilter>;");
    // The declarations never load zod's: that is the user's opt-in (zod-types.d.ts).
    expect(zodDts).not.toMatch(/from "zod"/);
  });

  it("uses z.lazy for recursion only", () => {
    expect(zod).toContain("children: z.optional(z.nullable(z.array(z.lazy(() => TasksNode)))),");
    expect(zod).toContain("tree: z.optional(z.nullable(TasksNode)),");
  });

  it("pins client types per version", () => {
    // Each version's interface extends the method interfaces in force at that version; the
    // endpoints that have a single version come through a chain of base interfaces.
    expect(endpoints).toContain("export interface TasksApiV2_13 extends TasksGetAllV2_13 {}");
    expect(endpoints).toContain("export interface TasksApiBaseV2_14 extends TasksCreateV2_14 {}");
    expect(endpoints).toContain("export interface TasksApiBaseV2_22 extends TasksApiBaseV2_14, TasksAddV2_22 {}");
    expect(endpoints).toContain("export interface TasksApiV2_22 extends TasksApiBaseV2_22, TasksGetAllV2_13 {}");
    expect(endpoints).toMatch(/export interface TasksGetAllV2_1 \{\n(.*\n)*? {2}get_all\(/);
    expect(client).toContain('"2.13": ClientV2_13;');
    // 2.0 lies between 1.5 and 2.1: it behaves like 1.5.
    expect(client).toContain('"2.0": ClientV1_5;');
  });

  it("prettier leaves every generated code file unchanged", async () => {
    const prettier = await import("prettier");
    for (const [file, text] of files) {
      if (file.startsWith("src/runtime/") || !/\.(ts|js|mjs)$/.test(file)) continue;
      // prettier picks the parser from the extension (.d.ts: typescript, .js: babel).
      expect(await prettier.format(text, { filepath: file }), file).toBe(text);
    }
  });

  it("type-checks and the validators behave", async () => {
    const dir = writeTemp(files);
    // skipLibCheck off: the package is declaration files, which tsc otherwise skips.
    const check = typecheck(dir, [], { libCheck: "package" });
    expect(check.output).toBe("");
    expect(check.ok).toBe(true);
    // Run the emitted validators (zod resolves through the package's node_modules link).
    const V = await import(pathToFileURL(path.join(dir, "src/zod/index.js")).href);
    // The declaration file declares exactly what the validators' index exports.
    const declared = [...zodDts.matchAll(/^export declare const (\w+):/gm)].map((m) => m[1]);
    expect(Object.keys(V).sort()).toEqual([...declared].sort());
    expect(V.TasksNode.safeParse({ id: "a", children: [{ id: "b", children: [] }], parent: null }).success).toBe(true);
    expect(V.TasksNode.safeParse({ id: "a", children: [{ children: [] }] }).success).toBe(false);
    expect(V.TasksGetAllResponse.safeParse({ tasks: [], added_by_server: 1 }).success).toBe(true);
    expect(V.TasksGetAllRequestV2_1.safeParse({ ids: [], unknown: 1 }).success).toBe(false);
    expect(V.TasksStatus.safeParse("created").success).toBe(true);
    expect(V.TasksStatus.safeParse("nope").success).toBe(false);
    expect(V.TasksPriority.safeParse(2).success).toBe(true);
    expect(V.TasksPriority.safeParse(4).success).toBe(false);
    // additionalProperties beside properties: other keys must match its schema.
    expect(V.TasksLabels.safeParse({ owner: "me", weight: 1, color: "red" }).success).toBe(true);
    expect(V.TasksLabels.safeParse({ owner: "me", color: 1 }).success).toBe(false);
    expect(V.TasksLabels.safeParse({ owner: 1 }).success).toBe(false);
    // anyOf with a base: the base's keys and one variant's.
    expect(V.TasksAddRequest.safeParse({ allow_locked: true, metric: "loss", value: 1 }).success).toBe(true);
    expect(V.TasksAddRequest.safeParse({ msg: "hello" }).success).toBe(true);
    expect(V.TasksAddRequest.safeParse({ allow_locked: "yes", msg: "hello" }).success).toBe(false);
    expect(V.TasksAddRequest.safeParse({ allow_locked: true }).success).toBe(false);
    expect(V.TasksAddRequest.safeParse({ labels: { owner: "me", x: 2 }, msg: "m" }).success).toBe(false);
  });
});
