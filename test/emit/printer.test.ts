import * as prettier from "prettier";
import { describe, expect, it } from "vitest";
import { e, numberText, printModule, printType, propertyKey, quote, t, type Statement } from "../../generator/emit/printer.js";

const values = Array.from({ length: 12 }, (_, i) => `value_number_${i}`);

describe("literals", () => {
  it("quotes strings like prettier", () => {
    expect(quote("a")).toBe('"a"');
    expect(quote('say "hi"')).toBe(`'say "hi"'`);
    expect(quote("it's")).toBe('"it\'s"');
    expect(quote("a\\b\nc\u0001")).toBe('"a\\\\b\\nc\\u0001"');
  });
  it("quotes property keys only when needed", () => {
    expect(propertyKey("get_all")).toBe("get_all");
    expect(propertyKey("2.13")).toBe('"2.13"');
    expect(propertyKey("weird-key")).toBe('"weird-key"');
  });
  it("prints numbers as prettier does", () => {
    expect(numberText(1e21)).toBe("1e21");
    expect(numberText(0.5)).toBe("0.5");
  });
});

describe("types", () => {
  it("flattens and de-duplicates unions, hugs object | null", () => {
    expect(printType(t.union([t.lit("a"), t.union([t.lit("b"), t.lit("a")])]))).toBe('"a" | "b"');
    expect(printType(t.union([t.ref("Task"), t.kw("null")]))).toBe("Task | null");
    expect(printType(t.array(t.union([t.kw("string"), t.kw("number")])))).toBe("(string | number)[]");
  });
});

describe("modules are already prettier-formatted", () => {
  const statements: Statement[] = [
    { kind: "comment", text: "header" },
    { kind: "import", typeOnly: true, namespace: "T", from: "../types/tasks.js" },
    { kind: "import", names: ["z"], from: "zod" },
    { kind: "import", typeOnly: true, names: ["CallOptions", "EndpointInfo", "Transport", "SomethingVeryLongName", "More"], from: "../runtime/index.js" },
    { kind: "blank" },
    { kind: "type", name: "Long", type: t.union(values.map((x) => t.lit(x))), doc: ["Long union.", "", "Has */ inside."] },
    { kind: "type", name: "Short", type: t.union([t.lit("a"), t.lit("b")]) },
    { kind: "type", name: "Nullable", type: t.union([t.ref("TasksTask"), t.kw("null")]) },
    { kind: "type", name: "Generic", typeParams: [{ name: "V", constraint: t.kw("string") }], type: t.ref("VersionedClient", [t.ref("ApiVersions"), t.ref("LatestApiVersion"), t.ref("V")]) },
    {
      kind: "interface",
      name: "OrganizationApiV2_13",
      extends: [t.ref("Omit", [t.ref("OrganizationApiV2_12"), t.union([t.lit("get_all"), t.lit("get_by_id"), t.lit("get_entities_count")])])],
      members: [
        { kind: "property", name: "status", optional: true, type: t.union(values.map((x) => t.lit(x))), doc: ["The status", "@default \"created\""] },
        { kind: "property", name: "some-key", type: t.array(t.union(values.map((x) => t.lit(x)))) },
        { kind: "property", name: "obj", type: t.object([{ kind: "property", name: "x", type: t.kw("string") }, { kind: "index", key: "key", type: t.kw("unknown") }]) },
        { kind: "property", name: "objnull", type: t.union([t.object([{ kind: "property", name: "x", type: t.kw("string") }]), t.kw("null")]) },
        {
          kind: "method",
          name: "get_all_with_a_long_name",
          params: [
            { name: "body", optional: true, type: t.ref("T.TasksGetAllRequestV2_13") },
            { name: "options", optional: true, type: t.ref("CallOptions") },
          ],
          returns: t.ref("Promise", [t.ref("T.TasksGetAllResponseV2_13")]),
        },
        { kind: "property", name: "rec", type: t.ref("Record", [t.kw("string"), t.ref("T.TasksSomeVeryLongDefinitionNameThatGoesOnAndOnForever")]) },
      ],
    },
    { kind: "const", name: "StatusValues", value: e.asConst(e.array(values.map((x) => e.str(x)))) },
    {
      kind: "const",
      name: "TasksTask",
      type: t.ref("z.ZodType", [t.ref("T.TasksTask")]),
      value: e.call(
        "z.looseObject",
        e.object([
          { key: "id", value: e.call("z.string") },
          { key: "some_long_property_name", value: e.call("z.optional", e.call("z.array", e.call("z.union", e.array([e.call("z.string"), e.call("z.number"), e.call("z.null")])))) },
          { key: "status", value: e.call("z.optional", e.call("z.enum", e.array(values.map((x) => e.str(x))))) },
          { key: "nested", value: e.call("z.optional", e.call("z.looseObject", e.object([{ key: "a", value: e.call("z.lazy", e.arrow(e.id("TasksTask"))) }]))) },
          { key: "ref", value: e.id("TasksOther") },
          { key: "refs_of_other", value: e.call("z.array", e.id("TasksOther")) },
          { key: "literal", value: e.call("z.union", e.array([e.call("z.literal", e.num(0)), e.call("z.literal", e.num(-1))])) },
          { key: "x-" + "y".repeat(80), value: e.call("z.string") },
        ]),
      ),
    },
    {
      kind: "const",
      name: "OrganizationGetEntitiesCountRequestV2_20",
      type: t.ref("z.ZodType", [t.ref("T.OrganizationGetEntitiesCountRequestV2_20")]),
      value: e.call("z.strictObject", e.object([])),
    },
    { kind: "const", name: "info", type: t.ref("EndpointInfo"), value: e.object([{ key: "name", value: e.str("tasks.get_all") }, { key: "authorize", value: e.bool(true) }, { key: "request", value: e.id("V.TasksGetAllRequestV2_1") }]) },
    {
      kind: "function",
      name: "tasksGetAllExtendedVersion",
      params: [
        { name: "transport", type: t.ref("Transport") },
        { name: "body", type: t.ref("T.TasksGetAllExRequest") },
        { name: "options", optional: true, type: t.ref("CallOptions") },
      ],
      returns: t.ref("Promise", [t.ref("T.TasksGetAllExResponse")]),
      body: e.call("callEndpoint", e.id("transport"), e.id("tasksGetAllExtendedVersionVersions"), e.id("body"), e.id("options")),
      doc: ["Calls it."],
    },
  ];

  it("prettier leaves the printed module unchanged", async () => {
    const text = printModule(statements);
    expect(await prettier.format(text, { parser: "typescript" })).toBe(text);
  });

  it("breaks long unions one member per line", () => {
    const text = printModule(statements);
    expect(text).toContain('export type Long =\n  | "value_number_0"\n');
    expect(text).toContain('export type Short = "a" | "b";\n');
  });
});

describe("intersections, method chains and number lists are prettier-formatted", () => {
  const base = t.object([
    { kind: "property", name: "allow_locked", optional: true, type: t.kw("boolean"), doc: ["Allow it"] },
    { kind: "property", name: "model_event", optional: true, type: t.kw("boolean") },
  ]);
  const events = ["EventsMetricsScalarEvent", "EventsMetricsVectorEvent", "EventsMetricsImageEvent", "EventsTaskLogEvent"];
  const shape = e.object([
    { key: "id", value: e.call("z.string") },
    { key: "count", value: e.call("z.optional", e.call("z.int")) },
  ]);
  const statements: Statement[] = [
    { kind: "type", name: "EventsAddRequest", type: t.intersection([base, t.union(events.map((n) => t.ref(n)))]) },
    { kind: "type", name: "Short", type: t.intersection([base, t.union([t.ref("A"), t.ref("B")])]) },
    { kind: "type", name: "Refs", type: t.intersection([t.ref("Record", [t.kw("string"), t.kw("unknown")]), t.union([t.ref("A"), t.ref("B")])]) },
    { kind: "type", name: "Hugged", type: t.intersection([base, t.union([t.ref("A"), t.kw("null")])]) },
    {
      kind: "interface",
      name: "Holder",
      members: [
        { kind: "property", name: "list", type: t.array(t.intersection([t.ref("A"), t.ref("B")])) },
        { kind: "property", name: "one", optional: true, type: t.intersection([t.ref("A"), t.union([t.ref("B"), t.ref("C")])]) },
        { kind: "property", name: "inline", type: t.intersection([base, t.ref("A")]) },
        { kind: "index", key: "key", type: t.union([t.kw("string"), t.kw("boolean"), t.kw("undefined")]) },
      ],
    },
    { kind: "const", name: "Catchall", value: e.method(e.call("z.object", shape), "catchall", e.call("z.string")) },
    {
      kind: "const",
      name: "Nested",
      value: e.call(
        "z.looseObject",
        e.object([
          { key: "params", value: e.call("z.optional", e.method(e.call("z.object", shape), "catchall", e.id("TasksParam"))) },
          { key: "p", value: e.method(e.call("z.object", shape), "catchall", e.call("z.unknown")) },
        ]),
      ),
    },
    {
      kind: "const",
      name: "Intersected",
      value: e.call("z.intersection", e.call("z.looseObject", shape), e.call("z.union", e.array(events.map((n) => e.id(n))))),
    },
    { kind: "interface", name: "NoBase", members: [] },
    { kind: "interface", name: "OneBase", extends: [t.ref("EventsAddV2_22")], members: [] },
    { kind: "interface", name: "QualifiedBaseWithAVeryLongNameIndeed", extends: [t.ref("svc_events.EventsApiV2_22_LongerStill")], members: [] },
    { kind: "interface", name: "FitsAfterBreak", extends: events.map((n) => t.ref(n)).slice(0, 3), members: [] },
    { kind: "interface", name: "ManyBases", extends: [...events, ...events.map((n) => n + "V2_1")].map((n) => t.ref(n)), members: [] },
    { kind: "const", name: "FewNumbers", value: e.asConst(e.array([1, 2, 3].map((n) => e.num(n)))) },
    { kind: "const", name: "ManyNumbers", value: e.asConst(e.array(Array.from({ length: 40 }, (_, i) => e.num(i * 37 - 100)))) },
  ];

  it("prettier leaves the printed module unchanged", async () => {
    const text = printModule(statements);
    expect(await prettier.format(text, { parser: "typescript" })).toBe(text);
    expect(text).toContain("} & (A | B);");
    expect(text).toContain("export const Catchall = z\n  .object({");
    expect(text).toContain("export const FewNumbers = [1, 2, 3] as const;");
  });
});

describe("declaration files and JavaScript are prettier-formatted", () => {
  const info = t.ref("EndpointInfo");
  const params = [
    { name: "transport", type: t.ref("Transport") },
    { name: "body", optional: true, type: t.ref("T.TasksGetAllExRequest") },
    { name: "options", optional: true, type: t.ref("CallOptions") },
  ];
  const declarations: Statement[] = [
    { kind: "import", typeOnly: true, names: ["CallOptions", "EndpointInfo", "Transport"], from: "../runtime/index.js" },
    { kind: "blank" },
    { kind: "declare-const", name: "tasksGetAllV2_1", type: info },
    { kind: "declare-const", name: "tasksGetAllVersions", type: t.readonlyTuple([info, info]) },
    { kind: "declare-const", name: "tasksGetAllExtendedVersions", type: t.readonlyTuple(Array.from({ length: 6 }, () => info)) },
    { kind: "declare-const", name: "aVeryLongNameForAnEndpointVersionListThatLeavesNoRoomVersions", type: t.readonlyTuple([info]) },
    { kind: "declare-const", name: "TasksStatusValues", type: t.readonlyTuple(values.map((v) => t.lit(v))), doc: ["Every value."] },
    { kind: "declare-const", name: "QuotedValues", type: t.readonlyTuple([t.lit('say "hi"'), t.lit("b")]) },
    { kind: "declare-const", name: "ManyNumberValues", type: t.readonlyTuple(Array.from({ length: 30 }, (_, i) => t.lit(i))) },
    {
      kind: "declare-const",
      name: "services",
      type: t.object([{ kind: "property", name: "tasks", type: t.object([{ kind: "property", name: "get_all", type: t.ref("typeof svc_tasks.tasksGetAllVersions") }]) }]),
    },
    { kind: "declare-function", name: "tasksGet", params: params.slice(0, 1), returns: t.ref("Promise", [t.ref("T.R")]), doc: ["Calls it.", "", "@since 2.1"] },
    { kind: "declare-function", name: "tasksGetAllExtendedVersion", params, returns: t.ref("Promise", [t.ref("T.TasksGetAllExResponse")]) },
  ];
  const untyped = [{ name: "transport" }, { name: "body" }, { name: "options" }];
  const javascript: Statement[] = [
    { kind: "import", names: ["callEndpoint"], from: "../runtime/client-core.js" },
    { kind: "import", namespace: "V", from: "../zod/tasks.js" },
    { kind: "blank" },
    { kind: "const", name: "tasksGetAllV2_1", value: e.object([{ key: "name", value: e.str("tasks.get_all") }, { key: "request", value: e.id("V.TasksGetAllRequest") }]) },
    { kind: "const", name: "tasksGetAllVersions", value: e.array([e.id("tasksGetAllV2_1"), e.id("tasksGetAllV2_13")]) },
    { kind: "const", name: "TasksStatusValues", value: e.array(values.map((v) => e.str(v))) },
    { kind: "const", name: "TasksPriorityValues", value: e.array(Array.from({ length: 30 }, (_, i) => e.num(i))) },
    { kind: "function", name: "tasksGetAll", params: untyped, body: e.call("callEndpoint", e.id("transport"), e.id("tasksGetAllVersions"), e.id("body"), e.id("options")) },
    { kind: "function", name: "queuesGetNextTaskFromQueueExtended", params: untyped, body: e.call("callEndpoint", e.id("transport"), e.id("queuesGetNextTaskFromQueueExtendedVersions"), e.id("body"), e.id("options")) },
    { kind: "function", name: "a".repeat(80), params: untyped, body: e.num(1) },
    { kind: "const", name: "createClient", value: e.call("clientFactory", e.id("services")) },
  ];

  it("prettier (typescript parser) leaves a declaration module unchanged", async () => {
    const text = printModule(declarations);
    expect(await prettier.format(text, { parser: "typescript", filepath: "x.d.ts" })).toBe(text);
    expect(text).toContain("export declare const tasksGetAllVersions: readonly [EndpointInfo, EndpointInfo];\n");
    expect(text).toContain("export declare const tasksGetAllExtendedVersions: readonly [\n  EndpointInfo,\n");
    expect(text).toContain(" */\nexport declare function tasksGet(transport: Transport): Promise<T.R>;\n");
    expect(text).toContain("export declare function tasksGetAllExtendedVersion(\n  transport: Transport,\n");
    expect(text).toContain("/** Every value. */\nexport declare const TasksStatusValues: readonly [\n");
  });

  it("prettier (babel parser) leaves a JavaScript module unchanged", async () => {
    const text = printModule(javascript);
    expect(await prettier.format(text, { parser: "babel" })).toBe(text);
    expect(text).toContain("export function tasksGetAll(transport, body, options) {\n  return callEndpoint(transport, tasksGetAllVersions, body, options);\n}\n");
    expect(text).toContain("export function queuesGetNextTaskFromQueueExtended(transport, body, options) {\n  return callEndpoint(\n");
  });

  it("prints tuple types, readonly or not", () => {
    expect(printType(t.readonlyTuple([t.lit("a"), t.lit(1)]))).toBe('readonly ["a", 1]');
    expect(printType({ kind: "tuple", elements: [t.kw("string")] })).toBe("[string]");
    expect(printType(t.readonlyTuple([]))).toBe("readonly []");
    // Distinct tuples stay distinct members of a union.
    expect(printType(t.union([t.readonlyTuple([t.lit(1)]), t.readonlyTuple([t.lit(2)]), t.readonlyTuple([t.lit(1)])]))).toBe(
      "readonly [1] | readonly [2]",
    );
  });
});
