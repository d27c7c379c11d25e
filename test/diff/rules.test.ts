// One base/head fixture pair per rule: the rule, its severity, its place (endpoint,
// version, path) and its locations in head and base, and no other finding.
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Location } from "../../hocon/diagnostics.js";
import { diff, RULES, type RuleId } from "../../generator/diff/index.js";
import { folderPair, key, obj, value, version } from "./helpers.js";

type Where = (file: string) => Location | null;

interface Case {
  readonly rule: RuleId;
  /** What distinguishes this fixture when a rule has several. */
  readonly variant?: string;
  readonly base: unknown;
  readonly head: unknown;
  readonly version: string | null;
  readonly path: string;
  readonly at: { readonly head: Where; readonly base: Where };
  /** Rules the same change also reports. */
  readonly also?: readonly RuleId[];
  readonly endpoint?: string;
}

const svc = (endpoints: Record<string, unknown>): unknown => ({ _description: "A service", ...endpoints });
const one = (spec: Record<string, unknown>): unknown => svc({ get: spec });
/** An endpoint `get` with one version 2.1 of this request and response. */
const req = (request: unknown): unknown => one({ "2.1": version(request) });
const res = (response: unknown): unknown => one({ "2.1": version(undefined, response) });
const fileStart: Where = (file) => ({ file, line: 1, column: 1 });
const none: Where = () => null;

const cases: Case[] = [
  { rule: "endpoint-removed", base: svc({ get: { "2.1": version() }, put: { "2.1": version() } }), head: svc({ get: { "2.1": version() } }), endpoint: "svc.put", version: null, path: "", at: { head: fileStart, base: (f) => key(f, "put") } },
  { rule: "endpoint-added", base: svc({ get: { "2.1": version() } }), head: svc({ get: { "2.1": version() }, put: { "2.1": version() } }), endpoint: "svc.put", version: null, path: "", at: { head: (f) => key(f, "put"), base: fileStart } },
  { rule: "version-removed", base: one({ "2.1": version(), "2.5": version() }), head: one({ "2.1": version() }), version: "2.5", path: "", at: { head: (f) => key(f, "get"), base: (f) => key(f, "2.5") } },
  { rule: "version-added", base: one({ "2.1": version() }), head: one({ "2.1": version(), "2.5": version() }), version: "2.5", path: "", at: { head: (f) => key(f, "2.5"), base: none } },
  {
    rule: "dispatch-changed",
    base: one({ "2.1": version(), "2.9": version() }),
    head: one({ "2.1": version(), "2.5": version(), "2.9": version() }),
    version: "2.5",
    path: "",
    also: ["version-added"],
    at: { head: (f) => key(f, "2.5"), base: (f) => key(f, "2.1") },
  },
  { rule: "roles-narrowed", base: one({ allow_roles: ["admin", "user"], "2.1": version() }), head: one({ allow_roles: ["admin"], "2.1": version() }), version: null, path: "", at: { head: (f) => key(f, "get"), base: (f) => key(f, "get") } },
  { rule: "roles-narrowed", variant: "from every role", base: one({ "2.1": version() }), head: one({ allow_roles: ["admin"], "2.1": version() }), version: null, path: "", at: { head: (f) => key(f, "get"), base: (f) => key(f, "get") } },
  { rule: "roles-widened", base: one({ allow_roles: ["admin"], "2.1": version() }), head: one({ allow_roles: ["admin", "user"], "2.1": version() }), version: null, path: "", at: { head: (f) => key(f, "get"), base: (f) => key(f, "get") } },
  { rule: "internal-on", base: one({ "2.1": version() }), head: one({ internal: true, "2.1": version() }), version: null, path: "", at: { head: (f) => key(f, "get"), base: (f) => key(f, "get") } },
  { rule: "internal-off", base: one({ internal: true, "2.1": version() }), head: one({ "2.1": version() }), version: null, path: "", at: { head: (f) => key(f, "get"), base: (f) => key(f, "get") } },
  { rule: "authorize-on", base: one({ authorize: false, "2.1": version() }), head: one({ "2.1": version() }), version: null, path: "", at: { head: (f) => key(f, "get"), base: (f) => key(f, "get") } },
  { rule: "authorize-off", base: one({ "2.1": version() }), head: one({ authorize: false, "2.1": version() }), version: null, path: "", at: { head: (f) => key(f, "get"), base: (f) => key(f, "get") } },

  // Request side.
  { rule: "request-property-added-required", base: req(obj({ keep: { type: "string" } })), head: req(obj({ keep: { type: "string" }, added: { type: "string" } }, { required: ["added"] })), version: "2.1", path: "request.added", at: { head: (f) => key(f, "added"), base: (f) => value(f, "request") } },
  { rule: "request-property-made-required", base: req(obj({ opt: { type: "string" } })), head: req(obj({ opt: { type: "string" } }, { required: ["opt"] })), version: "2.1", path: "request.opt", at: { head: (f) => key(f, "opt"), base: (f) => key(f, "opt") } },
  { rule: "request-property-removed", base: req(obj({ gone: { type: "string" }, keep: { type: "string" } })), head: req(obj({ keep: { type: "string" } })), version: "2.1", path: "request.gone", at: { head: (f) => value(f, "request"), base: (f) => key(f, "gone") } },
  {
    rule: "request-property-removed-rejected",
    base: req(obj({ gone: { type: "string" }, keep: { type: "string" } }, { additionalProperties: false })),
    head: req(obj({ keep: { type: "string" } }, { additionalProperties: false })),
    version: "2.1",
    path: "request.gone",
    at: { head: (f) => value(f, "request"), base: (f) => key(f, "gone") },
  },
  { rule: "request-type-changed", base: req(obj({ field: { type: "string" } })), head: req(obj({ field: { type: "boolean" } })), version: "2.1", path: "request.field", at: { head: (f) => value(f, "field"), base: (f) => value(f, "field") } },
  { rule: "request-type-narrowed", base: req(obj({ field: { type: "number" } })), head: req(obj({ field: { type: "integer" } })), version: "2.1", path: "request.field", at: { head: (f) => value(f, "field"), base: (f) => value(f, "field") } },
  { rule: "request-type-narrowed", variant: "null no longer accepted", base: req(obj({ field: { type: ["string", "null"] } })), head: req(obj({ field: { type: "string" } })), version: "2.1", path: "request.field", at: { head: (f) => value(f, "field"), base: (f) => value(f, "field") } },
  { rule: "request-enum-value-removed", base: req(obj({ mode: { type: "string", enum: ["a", "b", "c"] } })), head: req(obj({ mode: { type: "string", enum: ["a", "b"] } })), version: "2.1", path: "request.mode", at: { head: (f) => value(f, "mode"), base: (f) => value(f, "mode") } },
  { rule: "request-constraint-tightened", variant: "maxLength", base: req(obj({ name: { type: "string", maxLength: 10 } })), head: req(obj({ name: { type: "string", maxLength: 5 } })), version: "2.1", path: "request.name", at: { head: (f) => value(f, "name"), base: (f) => value(f, "name") } },
  { rule: "request-constraint-tightened", variant: "minimum", base: req(obj({ n: { type: "integer" } })), head: req(obj({ n: { type: "integer", minimum: 1 } })), version: "2.1", path: "request.n", at: { head: (f) => value(f, "n"), base: (f) => value(f, "n") } },
  { rule: "request-constraint-tightened", variant: "pattern", base: req(obj({ s: { type: "string", pattern: "^a" } })), head: req(obj({ s: { type: "string", pattern: "^ab" } })), version: "2.1", path: "request.s", at: { head: (f) => value(f, "s"), base: (f) => value(f, "s") } },
  { rule: "request-constraint-tightened", variant: "maxItems of items", base: req(obj({ ids: { type: "array", items: { type: "string" } } })), head: req(obj({ ids: { type: "array", maxItems: 3, items: { type: "string" } } })), version: "2.1", path: "request.ids", at: { head: (f) => value(f, "ids"), base: (f) => value(f, "ids") } },
  { rule: "request-constraint-tightened", variant: "item minLength", base: req(obj({ ids: { type: "array", items: { type: "string" } } })), head: req(obj({ ids: { type: "array", items: { type: "string", minLength: 1 } } })), version: "2.1", path: "request.ids[]", at: { head: (f) => value(f, "items"), base: (f) => value(f, "items") } },
  { rule: "request-constraint-tightened", variant: "additionalProperties false", base: req(obj({ a: { type: "string" } })), head: req(obj({ a: { type: "string" } }, { additionalProperties: false })), version: "2.1", path: "request", at: { head: (f) => value(f, "request"), base: (f) => value(f, "request") } },
  { rule: "request-property-added", base: req(obj({})), head: req(obj({ extra: { type: "string" } })), version: "2.1", path: "request.extra", at: { head: (f) => key(f, "extra"), base: (f) => value(f, "request") } },
  { rule: "request-property-made-optional", base: req(obj({ opt: { type: "string" } }, { required: ["opt"] })), head: req(obj({ opt: { type: "string" } })), version: "2.1", path: "request.opt", at: { head: (f) => key(f, "opt"), base: (f) => key(f, "opt") } },
  { rule: "request-type-widened", base: req(obj({ field: { type: "integer" } })), head: req(obj({ field: { type: "number" } })), version: "2.1", path: "request.field", at: { head: (f) => value(f, "field"), base: (f) => value(f, "field") } },
  { rule: "request-enum-value-added", base: req(obj({ mode: { type: "string", enum: ["a"] } })), head: req(obj({ mode: { type: "string", enum: ["a", "b"] } })), version: "2.1", path: "request.mode", at: { head: (f) => value(f, "mode"), base: (f) => value(f, "mode") } },
  { rule: "request-constraint-loosened", base: req(obj({ name: { type: "string", maxLength: 5 } })), head: req(obj({ name: { type: "string", maxLength: 10 } })), version: "2.1", path: "request.name", at: { head: (f) => value(f, "name"), base: (f) => value(f, "name") } },
  { rule: "request-default-changed", base: req(obj({ size: { type: "integer", default: 10 } })), head: req(obj({ size: { type: "integer", default: 50 } })), version: "2.1", path: "request.size", at: { head: (f) => value(f, "size"), base: (f) => value(f, "size") } },

  // Response side.
  { rule: "response-property-removed", base: res(obj({ gone: { type: "string" }, keep: { type: "string" } })), head: res(obj({ keep: { type: "string" } })), version: "2.1", path: "response.gone", at: { head: (f) => value(f, "response"), base: (f) => key(f, "gone") } },
  { rule: "response-type-changed", base: res(obj({ field: { type: "string" } })), head: res(obj({ field: { type: "integer" } })), version: "2.1", path: "response.field", at: { head: (f) => value(f, "field"), base: (f) => value(f, "field") } },
  { rule: "response-type-changed", variant: "may now be null", base: res(obj({ field: { type: "string" } })), head: res(obj({ field: { type: ["string", "null"] } })), version: "2.1", path: "response.field", at: { head: (f) => value(f, "field"), base: (f) => value(f, "field") } },
  { rule: "response-enum-value-added", base: res(obj({ status: { type: "string", enum: ["ok"] } })), head: res(obj({ status: { type: "string", enum: ["ok", "failed"] } })), version: "2.1", path: "response.status", at: { head: (f) => value(f, "status"), base: (f) => value(f, "status") } },
  { rule: "response-property-no-longer-guaranteed", base: res(obj({ id: { type: "string" } }, { required: ["id"] })), head: res(obj({ id: { type: "string" } })), version: "2.1", path: "response.id", at: { head: (f) => key(f, "id"), base: (f) => key(f, "id") } },
  { rule: "response-constraint-loosened", base: res(obj({ name: { type: "string", maxLength: 5 } })), head: res(obj({ name: { type: "string", maxLength: 10 } })), version: "2.1", path: "response.name", at: { head: (f) => value(f, "name"), base: (f) => value(f, "name") } },
  { rule: "response-property-added", base: res(obj({})), head: res(obj({ extra: { type: "string" } })), version: "2.1", path: "response.extra", at: { head: (f) => key(f, "extra"), base: (f) => value(f, "response") } },
  { rule: "response-property-now-guaranteed", base: res(obj({ id: { type: "string" } })), head: res(obj({ id: { type: "string" } }, { required: ["id"] })), version: "2.1", path: "response.id", at: { head: (f) => key(f, "id"), base: (f) => key(f, "id") } },
  { rule: "response-type-narrowed", base: res(obj({ field: { type: ["string", "null"] } })), head: res(obj({ field: { type: "string" } })), version: "2.1", path: "response.field", at: { head: (f) => value(f, "field"), base: (f) => value(f, "field") } },
  { rule: "response-enum-value-removed", base: res(obj({ status: { type: "string", enum: ["ok", "failed"] } })), head: res(obj({ status: { type: "string", enum: ["ok"] } })), version: "2.1", path: "response.status", at: { head: (f) => value(f, "status"), base: (f) => value(f, "status") } },
  { rule: "response-constraint-tightened", base: res(obj({ name: { type: "string", maxLength: 10 } })), head: res(obj({ name: { type: "string", maxLength: 5 } })), version: "2.1", path: "response.name", at: { head: (f) => value(f, "name"), base: (f) => value(f, "name") } },

  { rule: "deprecated", base: req(obj({ old: { type: "string" } })), head: req(obj({ old: { type: "string", deprecated: true } })), version: "2.1", path: "request.old", at: { head: (f) => value(f, "old"), base: (f) => value(f, "old") } },
  { rule: "doc-changed", base: req(obj({ old: { type: "string", description: "Old text" } })), head: req(obj({ old: { type: "string", description: "New text" } })), version: "2.1", path: "request.old", at: { head: (f) => value(f, "old"), base: (f) => value(f, "old") } },
  { rule: "doc-changed", variant: "endpoint description", base: one({ "2.1": version(undefined, undefined, "Old") }), head: one({ "2.1": version(undefined, undefined, "New") }), version: "2.1", path: "", at: { head: (f) => key(f, "2.1"), base: (f) => key(f, "2.1") } },
];

describe("diff rules, one fixture pair each", () => {
  it("covers every rule", () => {
    expect(new Set(cases.map((c) => c.rule))).toEqual(new Set(Object.keys(RULES)));
  });

  for (const c of cases) {
    it(`${c.rule}${c.variant ? ` (${c.variant})` : ""}`, () => {
      const dirs = folderPair(c.base, c.head);
      const { findings, errors } = diff({ base: dirs.base, head: dirs.head });
      expect(errors).toEqual([]);
      expect(findings.map((f) => f.rule).sort()).toEqual([c.rule, ...(c.also ?? [])].sort());
      const found = findings.find((f) => f.rule === c.rule)!;
      const baseFile = path.join(dirs.base, "svc.conf");
      const headFile = path.join(dirs.head, "svc.conf");
      expect(found).toMatchObject({
        severity: RULES[c.rule].severity,
        service: "svc",
        endpoint: c.endpoint ?? "svc.get",
        version: c.version,
        definition: null,
        path: c.path,
        head: c.at.head(headFile),
        base: c.at.base(baseFile),
        reaches: [],
      });
      // Nothing is reported when the head is compared with itself.
      expect(diff({ base: dirs.head, head: dirs.head }).findings).toEqual([]);
    });
  }
});
