// Service by service and endpoint by endpoint: endpoints and versions added or removed,
// flags and roles, each version that exists on both sides, and the dispatch change when a
// version is inserted or removed between others (a client pinned to an API version runs
// the endpoint's highest version at or below it, so its call now runs another block).
import type { Location } from "../../hocon/diagnostics.js";
import type { ApiModel, Endpoint, EndpointVersion, Service, Version } from "../schema/model.js";
import { compareVersions, parseVersion, versionAt } from "../schema/versions.js";
import { SchemaComparer } from "./compare.js";
import { DefinitionDiff } from "./definitions.js";
import type { Change, DiffFinding, Reach } from "./finding.js";
import { RULES, type RuleId } from "./rules.js";
import type { Side } from "./side.js";

type Place = Pick<DiffFinding, "service" | "endpoint" | "version" | "definition" | "reaches">;

export function compareModels(base: ApiModel, head: ApiModel): DiffFinding[] {
  const out: DiffFinding[] = [];
  const baseServices = new Map(base.services.map((s) => [s.name, s]));
  const headServices = new Map(head.services.map((s) => [s.name, s]));
  for (const name of sortedUnion(baseServices.keys(), headServices.keys())) {
    new ServiceDiff(base, head, baseServices.get(name), headServices.get(name), name, out).run();
  }
  return out;
}

class ServiceDiff {
  readonly #definitions: DefinitionDiff | undefined;

  constructor(
    readonly baseModel: ApiModel,
    readonly headModel: ApiModel,
    readonly base: Service | undefined,
    readonly head: Service | undefined,
    readonly name: string,
    readonly out: DiffFinding[],
  ) {
    this.#definitions = base && head ? new DefinitionDiff(baseModel, headModel, base, head) : undefined;
  }

  run(): void {
    const baseEndpoints = new Map((this.base?.endpoints ?? []).map((e) => [e.action, e]));
    const headEndpoints = new Map((this.head?.endpoints ?? []).map((e) => [e.action, e]));
    for (const action of sortedUnion(baseEndpoints.keys(), headEndpoints.keys())) {
      const a = baseEndpoints.get(action);
      const b = headEndpoints.get(action);
      if (a && b) this.#endpoint(a, b);
      else if (a) this.#add({ rule: "endpoint-removed", path: "", message: `endpoint \`${a.name}\` removed`, head: this.head?.location ?? null, base: a.location }, this.#at(a.name));
      else if (b) this.#add({ rule: "endpoint-added", path: "", message: `endpoint \`${b.name}\` added`, head: b.location, base: this.base?.location ?? null }, this.#at(b.name));
    }
    for (const { side, definition, changes, reaches } of this.#definitions?.reported() ?? []) {
      const sorted = [...reaches].sort(byReach);
      const place: Place = { service: this.name, endpoint: null, version: null, definition: definition.name, reaches: sorted };
      const list = reachList(sorted);
      for (const c of changes) this.#add({ ...c, message: `${c.message} (definition \`${definition.name}\`, ${side} of ${sorted.length === 1 ? "" : `${sorted.length} endpoint versions: `}${list})` }, place);
    }
  }

  #at(endpoint: string, version: string | null = null): Place {
    return { service: this.name, endpoint, version, definition: null, reaches: [] };
  }

  #add(change: Change, place: Place): void {
    this.out.push({ rule: change.rule, severity: RULES[change.rule].severity, ...place, path: change.path, message: change.message, head: change.head, base: change.base });
  }

  #endpoint(a: Endpoint, b: Endpoint): void {
    const at = this.#at(b.name);
    const flag = (rule: RuleId, message: string): void => this.#add({ rule, path: "", message: `\`${b.name}\` ${message}`, head: b.location, base: a.location }, at);
    if (!a.internal && b.internal) flag("internal-on", "is now internal");
    if (a.internal && !b.internal) flag("internal-off", "is no longer internal");
    if (!a.authorize && b.authorize) flag("authorize-on", "now requires authorization");
    if (a.authorize && !b.authorize) flag("authorize-off", "no longer requires authorization");
    const lost = rolesMissing(b.allowRoles, a.allowRoles);
    const gained = rolesMissing(a.allowRoles, b.allowRoles);
    if (lost.length > 0) flag("roles-narrowed", `no longer allows ${lost.join(", ")} (roles ${a.allowRoles.join(", ")} -> ${b.allowRoles.join(", ")})`);
    if (gained.length > 0) flag("roles-widened", `now also allows ${gained.join(", ")} (roles ${a.allowRoles.join(", ")} -> ${b.allowRoles.join(", ")})`);
    this.#versions(a, b);
  }

  #versions(a: Endpoint, b: Endpoint): void {
    const baseMax = this.baseModel.maxVersion;
    const inBase = new Map(a.versions.map((v) => [v.version.text, v]));
    const inHead = new Map(b.versions.map((v) => [v.version.text, v]));
    const all = [...new Map([...a.versions, ...b.versions].map((v) => [v.version.text, v.version])).values()].sort(compareVersions);
    for (const version of all) {
      const key = version.text;
      const va = inBase.get(key);
      const vb = inHead.get(key);
      const place = this.#at(b.name, key);
      if (va && vb) {
        this.#pair(va, vb, place);
        continue;
      }
      if (vb) {
        this.#add({ rule: "version-added", path: "", message: `version ${key} of \`${b.name}\` added`, head: vb.location, base: null }, place);
        const before = versionAt(a, version);
        // A version past the base's maximum API version is new ground: nobody was pinned there.
        if (before && compareVersions(version, baseMax) <= 0) {
          const until = pinnedUntil(b, version);
          this.#add({ rule: "dispatch-changed", path: "", message: `clients pinned to ${key}${until} now run version ${key} of \`${b.name}\` instead of ${before.version.text}`, head: vb.location, base: before.location }, place);
          this.#pair(before, vb, place);
        }
        continue;
      }
      const now = versionAt(b, version);
      const instead = now ? `: clients pinned to ${key}${pinnedUntil(a, version)} now run ${now.version.text}` : "";
      this.#add({ rule: "version-removed", path: "", message: `version ${key} of \`${a.name}\` removed${instead}`, head: b.location, base: va!.location }, place);
      if (now) this.#pair(va!, now, place);
    }
  }

  /** One base version block against the head block that clients pinned to it now run. */
  #pair(a: EndpointVersion, b: EndpointVersion, place: Place): void {
    const changes: Change[] = [];
    const sink = (c: Change): void => void changes.push(c);
    if (a.description !== b.description) sink({ rule: "doc-changed", path: "", message: "endpoint description changed", head: b.location, base: a.location });
    const reach: Reach = { endpoint: place.endpoint!, version: place.version! };
    const ra = a.request;
    const rb = b.request;
    const requestRefs = new Set<string>();
    const requests = new SchemaComparer("request", sink, (name) => requestRefs.add(name));
    if (ra.kind === "schema" && rb.kind === "schema") requests.compare(ra.schema, rb.schema, "request");
    else if (ra.kind === "batch" && rb.kind === "batch") {
      if (ra.item && rb.item) requests.compare(ra.item, rb.item, "request[]");
    } else {
      sink({ rule: "request-type-changed", path: "request", message: `request ${bodyKind(ra.kind)} -> ${bodyKind(rb.kind)}`, head: requestLocation(b), base: requestLocation(a) });
    }
    this.#definitions?.reachFrom("request", requestRefs, reach);
    const sa = a.response;
    const sb = b.response;
    if (sa.kind === "schema" && sb.kind === "schema") {
      const responseRefs = new Set<string>();
      new SchemaComparer("response", sink, (name) => responseRefs.add(name)).compare(sa.schema, sb.schema, "response");
      this.#definitions?.reachFrom("response", responseRefs, reach);
    } else if (sa.kind !== sb.kind) {
      const loc = (r: typeof sa): Location => (r.kind === "schema" ? r.schema.location : r.location);
      sink({ rule: "response-type-changed", path: "response", message: `response ${sa.kind === "text" ? "a file" : "JSON"} -> ${sb.kind === "text" ? "a file" : "JSON"}`, head: loc(sb), base: loc(sa) });
    }
    for (const c of changes) this.#add(c, place);
  }
}

/** `a.x 2.1, 2.5; a.y 2.1`: each endpoint once, then its versions. */
function reachList(sorted: readonly Reach[]): string {
  const byEndpoint = new Map<string, string[]>();
  for (const r of sorted) {
    const versions = byEndpoint.get(r.endpoint);
    if (versions) versions.push(r.version);
    else byEndpoint.set(r.endpoint, [r.version]);
  }
  return [...byEndpoint].map(([endpoint, versions]) => `${endpoint} ${versions.join(", ")}`).join("; ");
}

function bodyKind(kind: "schema" | "batch"): string {
  return kind === "batch" ? "batch (json-lines)" : "JSON object";
}

function requestLocation(v: EndpointVersion): Location {
  return v.request.kind === "schema" ? v.request.schema.location : v.request.location;
}

/** How far the pins that run the block at `from` go: up to the endpoint's next version. */
function pinnedUntil(endpoint: Endpoint, from: Version): string {
  const next = endpoint.versions.find((v) => compareVersions(v.version, from) > 0);
  return next ? ` and later (below ${next.version.text})` : " and later";
}

/** Roles of `had` that `has` does not allow; `*` allows every role. */
function rolesMissing(has: readonly string[], had: readonly string[]): string[] {
  if (has.includes("*")) return [];
  if (had.includes("*")) return ["every role"];
  return had.filter((r) => !has.includes(r));
}

function sortedUnion(a: Iterable<string>, b: Iterable<string>): string[] {
  return [...new Set([...a, ...b])].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
}

function byReach(x: Reach, y: Reach): number {
  return x.endpoint < y.endpoint ? -1 : x.endpoint > y.endpoint ? 1 : compareVersions(parseVersion(x.version)!, parseVersion(y.version)!);
}
