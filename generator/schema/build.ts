// Raw parsed services -> the ApiModel (IR). Tolerant: anything malformed is skipped or
// replaced by the most permissive shape, and lint reports it; building never throws.
import type { Location } from "../../hocon/diagnostics.js";
import type { JsonObject, JsonValue } from "../../hocon/types.js";
import { normalizeDescription } from "./describe.js";
import { applyFlags, FLAG_KEYS, SERVER_DEFAULTS, type EndpointFlags } from "./flags.js";
import { refGraph } from "./graph.js";
import { isObject } from "./json.js";
import type { RawApi, RawFile, RawService } from "./load.js";
import { Locator } from "./locate.js";
import type { ApiModel, Definition, Endpoint, EndpointVersion, RequestShape, ResponseShape, Service, Version } from "./model.js";
import { newNormalizeContext, normalizeSchema, type NormalizeContext } from "./normalize.js";
import { batchItemVersion, compareVersions, distinctVersions, parseVersion } from "./versions.js";

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
type BatchRequest = Mutable<Extract<RequestShape, { kind: "batch" }>>;

/** Top-level service keys that are not endpoints. */
export const SERVICE_KEYS: ReadonlySet<string> = new Set(["_description", "_default", "_definitions", "_references"]);

/** Builds a service with `build`, or hands back the Service it built from the same inputs before (a watcher's; see emit/service-cache.ts). */
export type ServiceBuilder = (raw: RawService, defaults: RawFile | undefined, build: () => Service) => Service;

export function buildModel(raw: RawApi, reuse?: ServiceBuilder): ApiModel {
  const apiDefaults = applyFlags(SERVER_DEFAULTS, raw.defaults?.value);
  const build = (s: RawService): Service => buildService(s, apiDefaults);
  const services = raw.services.map((s) => (reuse ? reuse(s, raw.defaults, () => build(s)) : build(s)));
  const versions = distinctVersions(endpointVersions(services));
  const model: ApiModel = {
    root: raw.root,
    services,
    maxVersion: versions.length > 0 ? versions[versions.length - 1] : { major: 0, minor: 0, text: "0.0" },
    changeVersions: versions,
  };
  for (const def of refGraph(model).recursive) (def as Mutable<Definition>).recursive = true;
  return model;
}

function endpointVersions(services: readonly Service[]): Version[] {
  const out: Version[] = [];
  for (const s of services) for (const e of s.endpoints) for (const v of e.versions) out.push(v.version);
  return out;
}

function buildService(raw: RawService, apiDefaults: EndpointFlags): Service {
  const locate = new Locator(raw.source, raw.file);
  const ctx = newNormalizeContext(raw.name, locate);
  const definitions = buildDefinitions(raw, ctx);
  const flags = applyFlags(apiDefaults, isObject(raw.value._default) ? raw.value._default : undefined);
  const batches: BatchRequest[] = [];
  const endpoints: Endpoint[] = [];
  for (const action of Object.keys(raw.value)) {
    if (SERVICE_KEYS.has(action)) continue;
    const body = raw.value[action];
    if (!isObject(body)) continue;
    const endpoint = buildEndpoint(raw.name, action, body, locate.member(raw.value, action), flags, ctx, batches);
    if (endpoint.versions.length > 0) endpoints.push(endpoint);
  }
  endpoints.sort((a, b) => (a.action < b.action ? -1 : a.action > b.action ? 1 : 0));
  resolveBatches(endpoints, batches);
  // Only now has every $ref (in definitions and in endpoints) been made.
  for (const ref of ctx.refs) ref.target = definitions.get(ref.name);
  const description = raw.value._description;
  return {
    name: raw.name,
    ...(typeof description === "string" ? { description: normalizeDescription(description) } : {}),
    file: raw.file,
    location: locate.node(raw.value),
    definitions,
    endpoints,
  };
}

function buildDefinitions(raw: RawService, ctx: NormalizeContext): Map<string, Mutable<Definition>> {
  const defs = new Map<string, Mutable<Definition>>();
  const section = raw.value._definitions;
  if (isObject(section)) {
    for (const name of Object.keys(section)) {
      const location = ctx.locate.member(section, name);
      defs.set(name, { service: raw.name, name, location, recursive: false, schema: normalizeSchema(section[name], location, ctx) });
    }
  }
  return defs;
}

function buildEndpoint(
  service: string,
  action: string,
  body: JsonObject,
  location: Location,
  serviceFlags: EndpointFlags,
  ctx: NormalizeContext,
  batches: BatchRequest[],
): Endpoint {
  const name = `${service}.${action}`;
  const flags = applyFlags(serviceFlags, body);
  const byVersion = new Map<string, EndpointVersion>();
  for (const key of Object.keys(body)) {
    if (FLAG_KEYS.has(key)) continue;
    const version = parseVersion(key);
    const spec = body[key];
    // Duplicates (`"2.1"` and `"2.01"`): the first one wins, lint reports the other.
    if (!version || !isObject(spec) || byVersion.has(version.text)) continue;
    byVersion.set(version.text, buildVersion(name, version, spec, ctx.locate.member(body, key, location), ctx, batches));
  }
  const versions = [...byVersion.values()].sort((a, b) => compareVersions(a.version, b.version));
  return { service, action, name, internal: flags.internal, authorize: flags.authorize, allowRoles: flags.allowRoles, location, versions };
}

function buildVersion(
  endpoint: string,
  version: Version,
  spec: JsonObject,
  location: Location,
  ctx: NormalizeContext,
  batches: BatchRequest[],
): EndpointVersion {
  const description = spec.description;
  return {
    endpoint,
    version,
    ...(typeof description === "string" ? { description: normalizeDescription(description) } : {}),
    location,
    request: buildRequest(spec, location, ctx, batches),
    response: buildResponse(spec.response, ctx.locate.member(spec, "response", location), ctx),
  };
}

function buildRequest(spec: JsonObject, location: Location, ctx: NormalizeContext, batches: BatchRequest[]): RequestShape {
  const batch = spec.batch_request;
  if (isObject(batch)) {
    const version = batchVersion(batch.version);
    if (typeof batch.action === "string" && version) {
      const shape: BatchRequest = { kind: "batch", action: batch.action, version, location: ctx.locate.member(spec, "batch_request", location) };
      batches.push(shape);
      return shape;
    }
  }
  if (spec.request === undefined) return { kind: "schema", schema: { kind: "object", properties: [], additionalProperties: undefined, location } };
  return { kind: "schema", schema: normalizeSchema(spec.request, ctx.locate.member(spec, "request", location), ctx) };
}

/** `version: 2.1` is a number after parsing; the text form is accepted as well. */
export function batchVersion(v: JsonValue | undefined): Version | undefined {
  if (typeof v === "number" && Number.isFinite(v)) return parseVersion(String(v));
  if (typeof v === "string") return parseVersion(v);
  return undefined;
}

/** `response { type: string }` with no properties: the server sends a file or plain text. */
export function isTextResponse(response: JsonValue | undefined): boolean {
  return isObject(response) && response.type === "string" && response.properties === undefined;
}

function buildResponse(response: JsonValue | undefined, location: Location, ctx: NormalizeContext): ResponseShape {
  if (isTextResponse(response)) return { kind: "text", location: isObject(response) ? ctx.locate.node(response, location) : location };
  if (response === undefined) return { kind: "schema", schema: { kind: "any", location } };
  return { kind: "schema", schema: normalizeSchema(response, location, ctx) };
}

function resolveBatches(endpoints: readonly Endpoint[], batches: readonly BatchRequest[]): void {
  const byAction = new Map(endpoints.map((e) => [e.action, e]));
  for (const batch of batches) {
    const target = byAction.get(batch.action);
    const at = target && batchItemVersion(target, batch.version);
    if (!at) continue;
    batch.itemVersion = at.version;
    if (at.request.kind === "schema") batch.item = at.request.schema;
  }
}
