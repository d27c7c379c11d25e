// This project's own service definitions (schemas/): they parse, load into the model
// without error findings, and have the services, versions, roles and shapes the seeds
// call for. Descriptions must be our own words, not the ClearML corpus's.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { formatDiagnostic } from "../../hocon/diagnostics.js";
import { parseFile } from "../../generator/hocon/file.js";
import type { JsonValue } from "../../hocon/types.js";
import { endpointAt, findEndpoint, forEachSchema, loadApi, type ApiModel, type SchemaNode } from "../../generator/schema/index.js";

const SCHEMAS = path.resolve(process.cwd(), "schemas");
const CORPUS_EXPECTED = path.resolve(process.cwd(), "../shared/corpus/clearml-server/expected");
const confFiles = readdirSync(SCHEMAS).filter((f) => f.endsWith(".conf")).sort();

function load(): ApiModel {
  const { model, findings, sources } = loadApi(SCHEMAS, (file) => parseFile(file));
  const errors = findings.filter((f) => f.severity === "error");
  expect(errors.map((d) => formatDiagnostic(d, sources.get(d.location.file)))).toEqual([]);
  return model;
}

function propertyNames(node: SchemaNode | undefined): string[] {
  return node?.kind === "object" ? node.properties.map((p) => p.name) : [];
}

function requestSchema(model: ApiModel, name: string, version: string): SchemaNode {
  const v = endpointAt(model, name, version);
  if (!v || v.request.kind !== "schema") throw new Error(`${name} ${version}: no JSON request`);
  return v.request.schema;
}

function responseSchema(model: ApiModel, name: string, version: string): SchemaNode {
  const v = endpointAt(model, name, version);
  if (!v || v.response.kind !== "schema") throw new Error(`${name} ${version}: no JSON response`);
  return v.response.schema;
}

describe("schemas/", () => {
  it.each(confFiles)("%s parses", (file) => {
    const { value } = parseFile(path.join(SCHEMAS, file));
    expect(typeof value).toBe("object");
  });

  it("loads into the model without error findings", () => {
    const model = load();
    expect(model.services.map((s) => s.name)).toEqual(["auth", "storage", "users"]);
  });

  it("has the endpoints the seeds describe", () => {
    const model = load();
    const names = model.services.flatMap((s) => s.endpoints.map((e) => e.name));
    expect(names).toEqual(
      expect.arrayContaining([
        "auth.login", "auth.logout", "auth.get_token_for_user", "auth.validate_token", "auth.create_user",
        "auth.edit_user", "auth.create_credentials", "auth.get_credentials", "auth.edit_credentials",
        "auth.revoke_credentials", "auth.fixed_users_mode",
        "users.get_current_user", "users.get_all", "users.get_by_id", "users.update", "users.update_batch",
        "users.create_group", "users.get_all_groups", "users.update_group", "users.delete_group",
        "users.add_group_members", "users.remove_group_members",
        "users.get_vaults", "users.add_or_update_vault", "users.delete_vaults",
        "storage.get_settings", "storage.set_settings", "storage.reset_settings",
      ]),
    );
  });

  it("keeps every version between 2.1 and 2.31, several endpoints with more than one", () => {
    const model = load();
    const versions = model.services.flatMap((s) => s.endpoints.flatMap((e) => e.versions.map((v) => v.version)));
    for (const v of versions) expect(v.major === 2 && v.minor >= 1 && v.minor <= 31, v.text).toBe(true);
    const multi = model.services.flatMap((s) => s.endpoints.filter((e) => e.versions.length > 1));
    expect(multi.length).toBeGreaterThanOrEqual(5);
  });

  it("builds later versions by substitution and merge, keeping the earlier fields", () => {
    const model = load();
    expect(propertyNames(requestSchema(model, "auth.create_credentials", "2.1"))).toEqual([]);
    expect(propertyNames(requestSchema(model, "auth.create_credentials", "2.17"))).toEqual(["label"]);
    const later = requestSchema(model, "auth.create_credentials", "2.17");
    expect(later.kind === "object" && later.additionalProperties).toBe(false);
    expect(propertyNames(requestSchema(model, "users.get_all", "2.8"))).toEqual([
      ...propertyNames(requestSchema(model, "users.get_all", "2.1")),
      "group",
    ]);
    expect(propertyNames(responseSchema(model, "users.add_or_update_vault", "2.29"))).toEqual(["vault", "created"]);
    const settings = (node: SchemaNode) =>
      node.kind === "object" ? node.properties.find((p) => p.name === "settings")?.schema : undefined;
    expect(propertyNames(settings(responseSchema(model, "storage.get_settings", "2.22")))).not.toContain("azure");
    expect(propertyNames(settings(responseSchema(model, "storage.get_settings", "2.31")))).toContain("azure");
  });

  it("takes flags from API defaults, service _default and the endpoint, in that order", () => {
    const model = load();
    const ep = (name: string) => findEndpoint(model, name)!;
    expect([ep("users.get_all").internal, ep("users.get_all").authorize, ep("users.get_all").allowRoles]).toEqual([false, true, ["*"]]);
    expect([ep("auth.get_token_for_user").internal, ep("auth.get_token_for_user").allowRoles]).toEqual([true, ["system", "root"]]);
    expect([ep("auth.login").internal, ep("auth.login").allowRoles]).toEqual([false, ["*"]]);
    expect(ep("auth.fixed_users_mode").authorize).toBe(false);
    expect(ep("users.delete_vaults").allowRoles).toEqual(["system", "root", "admin"]);
    expect(ep("storage.reset_settings").allowRoles).toEqual(["system", "root", "admin"]);
  });

  it("declares users.update_batch as a json-lines batch of users.update 2.1", () => {
    const model = load();
    const v = endpointAt(model, "users.update_batch", "2.24")!;
    expect(v.request.kind).toBe("batch");
    if (v.request.kind !== "batch") return;
    expect([v.request.action, v.request.version.text]).toEqual(["update", "2.1"]);
    expect(propertyNames(v.request.item)).toContain("user");
  });

  it("resolves $refs to shared and local definitions", () => {
    const model = load();
    const refs: string[] = [];
    for (const service of model.services) {
      for (const endpoint of service.endpoints) {
        for (const v of endpoint.versions) {
          const roots = [v.request.kind === "schema" ? v.request.schema : undefined, v.response.kind === "schema" ? v.response.schema : undefined];
          for (const root of roots) {
            if (!root) continue;
            forEachSchema(root, (node: SchemaNode) => {
              if (node.kind === "ref") {
                expect(node.target, `${endpoint.name} -> ${node.name}`).toBeDefined();
                refs.push(`${service.name}.${node.name}`);
              }
            });
          }
        }
      }
    }
    expect(refs).toEqual(expect.arrayContaining(["auth.assignable_role", "users.vault", "users.id_name", "storage.s3"]));
  });

  it("writes descriptions in its own words, not the ClearML corpus's", () => {
    const corpus = new Set<string>();
    for (const f of readdirSync(CORPUS_EXPECTED)) collectDescriptions(JSON.parse(readFileSync(path.join(CORPUS_EXPECTED, f), "utf8")), corpus);
    const ours = new Set<string>();
    for (const f of confFiles) collectDescriptions(parseFile(path.join(SCHEMAS, f)).value, ours);
    expect(ours.size).toBeGreaterThan(100);
    expect([...ours].filter((d) => corpus.has(d))).toEqual([]);
  });
});

/** Every `description` / `_description` string, whitespace-normalized and lower-cased. */
function collectDescriptions(value: JsonValue, out: Set<string>): void {
  if (Array.isArray(value)) {
    for (const v of value) collectDescriptions(v, out);
  } else if (value !== null && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) {
      if ((k === "description" || k === "_description") && typeof v === "string") out.add(v.replace(/\s+/g, " ").trim().toLowerCase());
      else collectDescriptions(v, out);
    }
  }
}
