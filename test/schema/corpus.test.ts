// The model of the real ClearML server schemas, checked against the numbers of the
// issue (independent ground truth), and every lint finding on them, reviewed by hand.
import path from "node:path";
import { describe, expect, it } from "vitest";
import { formatDiagnostic } from "../../hocon/diagnostics.js";
import { loadApi } from "../../generator/schema/index.js";
import { CORPUS_SERVICES } from "./helpers.js";

const result = loadApi(CORPUS_SERVICES);
const { model, findings } = result;

describe("the ClearML corpus model", () => {
  it("has 16 services, 204 endpoints, 356 endpoint versions, 22 internal endpoints, max version 2.34", () => {
    const endpoints = model.services.flatMap((s) => s.endpoints);
    expect(model.services).toHaveLength(16);
    expect(endpoints).toHaveLength(204);
    expect(endpoints.reduce((n, e) => n + e.versions.length, 0)).toBe(356);
    expect(endpoints.filter((e) => e.internal)).toHaveLength(22);
    expect(model.maxVersion.text).toBe("2.34");
  });

  it("sorts services by name, endpoints by action, versions numerically", () => {
    const names = model.services.map((s) => s.name);
    expect(names).toEqual([...names].sort());
    for (const s of model.services) {
      const actions = s.endpoints.map((e) => e.action);
      expect(actions).toEqual([...actions].sort());
      for (const e of s.endpoints) {
        const v = e.versions.map((x) => x.version.major * 1000 + x.version.minor);
        expect(v).toEqual([...v].sort((a, b) => a - b));
      }
    }
  });

  it("applies _api_defaults, the service _default and the endpoint's own flags", () => {
    const ep = (name: string) => model.services.flatMap((s) => s.endpoints).find((e) => e.name === name)!;
    // auth: `_default { internal: true, allow_roles: [system, root] }`
    expect(ep("auth.validate_token")).toMatchObject({ internal: true, authorize: true, allowRoles: ["system", "root"] });
    // auth.login overrides both
    expect(ep("auth.login")).toMatchObject({ internal: false, allowRoles: ["*"] });
    // debug.ping: `authorize: false`; login.logout: `authorize: null` (false to the server)
    expect(ep("debug.ping").authorize).toBe(false);
    expect(ep("login.logout").authorize).toBe(false);
    expect(ep("tasks.get_all")).toMatchObject({ internal: false, authorize: true, allowRoles: ["*"] });
  });

  it("models batch requests and text responses", () => {
    const ep = (name: string) => model.services.flatMap((s) => s.endpoints).find((e) => e.name === name)!;
    const addBatch = ep("events.add_batch").versions[0];
    expect(addBatch.request).toMatchObject({ kind: "batch", action: "add", version: { text: "2.1" } });
    // events.add "2.1" is a union of $refs: the batch item is that request schema
    expect(addBatch.request.kind === "batch" && addBatch.request.item?.kind).toBe("union");
    // tasks.update_batch names tasks.update 1.5, before its first version: its lines are 2.1 (the server's fallback).
    const updateBatch = ep("tasks.update_batch").versions[0].request;
    expect(updateBatch).toMatchObject({ kind: "batch", action: "update", version: { text: "1.5" }, itemVersion: { text: "2.1" } });
    const update = ep("tasks.update").versions[0].request;
    expect(updateBatch.kind === "batch" && updateBatch.item).toBe(update.kind === "schema" ? update.schema : undefined);
    const log = ep("events.download_task_log").versions[0];
    expect(log.response.kind).toBe("text");
  });

  it("resolves every $ref to its definition", () => {
    const events = model.services.find((s) => s.name === "events")!;
    const add = events.endpoints.find((e) => e.action === "add")!.versions[0];
    expect(add.request.kind).toBe("schema");
    const union = add.request.kind === "schema" ? add.request.schema : undefined;
    expect(union?.kind === "union" && union.variants.map((v) => v.kind === "ref" && v.target?.name)).toEqual([
      "metrics_scalar_event",
      "metrics_vector_event",
      "metrics_image_event",
      "metrics_plot_event",
      "task_log_event",
    ]);
  });
});

describe("events.add: properties beside anyOf (issue 3)", () => {
  const add = model.services.find((s) => s.name === "events")!.endpoints.find((e) => e.action === "add")!;
  const request = (v: string) => {
    const r = add.versions.find((x) => x.version.text === v)!.request;
    if (r.kind !== "schema" || r.schema.kind !== "union") throw new Error(`events.add ${v} request is not a union`);
    return r.schema;
  };

  it("keeps `type: object` beside the anyOf at 2.1 as a base without properties", () => {
    expect(request("2.1").base).toMatchObject({ kind: "object", properties: [] });
  });

  it("keeps model_event and allow_locked, added beside the anyOf at 2.22, with their defaults", () => {
    const base = request("2.22").base!;
    expect(base.properties.map((p) => [p.name, p.required, p.schema.kind, p.schema.default])).toEqual([
      ["model_event", false, "boolean", false],
      ["allow_locked", false, "boolean", false],
    ]);
    expect(request("2.22").variants).toHaveLength(5);
  });
});

describe("lint on the ClearML corpus", () => {
  const rel = (file: string) => path.relative(CORPUS_SERVICES, file);

  it("reports each finding once, every one reviewed (see the snapshot)", () => {
    // Reviewed by hand, each a real mistake in the corpus:
    // - _common.conf batch_operation, tasks.conf change_many_request: substitution templates
    //   kept in `_definitions`, where the meta-schema requires a `type` (templates belong in
    //   `_references`, as tasks.conf does elsewhere).
    // - auth.conf create_user "2.1": `allow_roles` inside a version (the server rejects it;
    //   flags belong to the endpoint). models.conf create/edit/update "2.13": `metadata`
    //   written beside `request` instead of in `request.properties`.
    // - auth.conf revoke_credentials: `required: [key_id]` but the property is `access_key`.
    // - events.conf get_task_log "2.30": `request.metrics` instead of `request.properties.metrics`.
    // - login.conf: `authorize: null` where the meta-schema wants a boolean.
    // - serving.conf:426: a `description` string inside `properties`.
    // - tasks.conf update_batch: batches `tasks.update` at 1.5, where it does not exist (first 2.1);
    //   the server takes its lines as 2.1, and so does codegen.
    // - users.conf get_current_user: `properties` merged next to a `$ref`, ignored by the server's validator;
    //   codegen adds them to the definition in responses (the server sends `created`).
    const lines = findings.map((d) => `${rel(d.location.file)}:${d.location.line}:${d.location.column} ${d.severity} ${d.code} ${d.message}`);
    expect(lines).toMatchSnapshot();
  });

  it("reports serving.conf's `description` string inside `properties` at its exact place", () => {
    const f = findings.filter((d) => d.code === "schema/property-not-schema");
    expect(f).toHaveLength(1);
    expect(rel(f[0].location.file)).toBe("serving.conf");
    // `description: The total histogram` inside `total ... { properties { ... } }`
    expect(f[0].location.line).toBe(426);
    expect(f[0].location.column).toBe(25);
    expect(f[0].severity).toBe("error");
    expect(f[0].message).toContain("`description`");
  });

  it("prints every finding with its source line", () => {
    for (const d of findings) {
      const text = formatDiagnostic(d, result.sources.get(d.location.file));
      expect(text.split("\n").length).toBeGreaterThanOrEqual(3);
      expect(d.hint).toBeTruthy();
    }
  });
});
