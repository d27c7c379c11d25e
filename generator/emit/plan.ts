// Decides, once, every name and every shared declaration of the generated package, so the
// type, validator and client emitters agree. Versions of an endpoint whose request (or
// response) is structurally identical share the declaration of the first of them.
import type { Diagnostic } from "../../hocon/diagnostics.js";
import type {
  ApiModel,
  Definition,
  Endpoint,
  EndpointVersion,
  RequestShape,
  ResponseShape,
  SchemaNode,
  Service,
  Version,
} from "../schema/model.js";
import { compareVersions } from "../schema/versions.js";
import { refGraph, type RefGraph } from "../schema/graph.js";
import { forEachSchema, requestSide } from "../schema/walk.js";
import { checksMoreThanType } from "../schema/constraints.js";
import { Fingerprints } from "./fingerprint.js";
import { batchItemAt, batchItemVersions } from "./shared.js";
import { responseDefinitions } from "./nullable.js";
import { camelCase, NameRegistry, pascalCase, versionSuffix, type NameOwner } from "./names.js";

export interface DefinitionPlan {
  readonly definition: Definition;
  readonly typeName: string;
  /** `${typeName}Values`, for enum definitions (string or number). */
  readonly valuesName?: string;
  /** A request-side validator that rejects unknown keys, when the definition has `additionalProperties: false` somewhere. */
  readonly strictName?: string;
  /** A response reaches it, so its optional properties admit null (nullable.ts). */
  readonly nullable: boolean;
  /** The definitions it refers to directly, in first-use order (the model's ref graph). */
  readonly refs: readonly Definition[];
}

export interface ShapePlan<S> {
  readonly name: string;
  /** True on the first version that has this shape: the one that declares it. */
  readonly declare: boolean;
  readonly shape: S;
  readonly since: Version;
  /** Set on a declaring version whose type extends an earlier version's (see `findBase`). */
  readonly base?: ShapeBase;
}

/**
 * An earlier declared version of the same request (response) whose properties are this
 * one's first properties, unchanged and in the same order: this version only appends.
 * Its interface extends the base's and its validator's shape spreads the base's, so the
 * package carries each property, its documentation and its validator once, not once per
 * version (and the validator's output keeps the key order it had).
 */
export interface ShapeBase {
  readonly name: string;
  /** How many of this version's first properties are the base's. */
  readonly inherited: number;
}

export interface VersionPlan {
  readonly ev: EndpointVersion;
  readonly infoName: string;
  /** The interface holding this version's client method (what the service's client interfaces extend). */
  readonly methodName: string;
  readonly request: ShapePlan<RequestShape>;
  readonly response: ShapePlan<ResponseShape>;
}

export interface AliasPlan {
  readonly name: string;
  readonly target: string;
}

/**
 * The method a client pinned from `since` on has for an endpoint: its version's, and for a
 * batch, typed with the line version the pin allows (the batched endpoint's highest version
 * <= min(the batch's named version, the pin), else its first).
 */
export interface MethodStep {
  readonly since: Version;
  readonly vp: VersionPlan;
  /** Set when a line at this pin is an earlier version than the batch's own type says: that version. */
  readonly cappedItem?: VersionPlan;
}

export interface EndpointPlan {
  readonly endpoint: Endpoint;
  readonly fnName: string;
  readonly versionsName: string;
  readonly versions: readonly VersionPlan[];
  /** Ascending: a new entry wherever a pinned client's method changes (each version, and each capped batch line version). */
  readonly steps: readonly MethodStep[];
  /** Unsuffixed names for the latest request/response when versions differ. */
  readonly requestAlias?: AliasPlan;
  readonly responseAlias?: AliasPlan;
}

export interface ApiVersionPlan {
  readonly version: Version;
  readonly name: string;
  /** Endpoints whose method changes exactly here: a new version, or a batch's line version (see MethodStep). */
  readonly changed: readonly EndpointPlan[];
  /**
   * The interface of the service's single-version endpoints as of this version, when some
   * appear here (each extends the previous one: they never change, so never conflict).
   */
  readonly baseName?: string;
}

export interface ServicePlan {
  readonly service: Service;
  /** File stem of the service's modules and its package entry. */
  readonly module: string;
  readonly definitions: readonly DefinitionPlan[];
  readonly endpoints: readonly EndpointPlan[];
  /** One client interface per version at which the service changes. */
  readonly apis: readonly ApiVersionPlan[];
  /** Alias of the latest client interface. */
  readonly apiName: string;
}

export interface ClientVersionPlan {
  readonly version: Version;
  readonly name: string;
}

export interface EmitPlan {
  readonly model: ApiModel;
  readonly services: readonly ServicePlan[];
  readonly clients: readonly ClientVersionPlan[];
  readonly diagnostics: readonly Diagnostic[];
}

export interface PlanOptions {
  readonly includeInternal?: boolean;
  /** Names the generated package exports besides the schema's (runtime and client helpers). */
  readonly fixedNames?: readonly string[];
  /** Services planned by earlier runs with these options (a watcher's; see service-cache.ts). */
  readonly planned?: PlannedServices;
}

/** A service's plan and the names it claimed, in order: claiming them again finds the same clashes. */
export interface PlannedService {
  readonly plan: ServicePlan;
  readonly claims: readonly (readonly [wanted: string, owner: NameOwner])[];
}

/** Plans by the Service they were made from. */
export type PlannedServices = Pick<WeakMap<Service, PlannedService>, "get" | "set">;

/** What planning a service needs of the registry. */
type Claimer = Pick<NameRegistry, "claim">;

/** Names every module of the package also exports or imports; schema names must not take them. */
export const FIXED_NAMES = [
  "Client",
  "ClientAt",
  "ApiVersions",
  "ApiVersion",
  "LatestApiVersion",
  "createClient",
  "services",
  "T",
  "V",
  "z",
];

export function planEmit(model: ApiModel, options: PlanOptions = {}): EmitPlan {
  const registry = new NameRegistry();
  for (const name of [...FIXED_NAMES, ...(options.fixedNames ?? [])]) {
    registry.claim(name, { key: `fixed:${name}`, what: `the generated package's own ${name}` });
  }
  const services: ServicePlan[] = [];
  const prints = new Fingerprints();
  const inResponses = responseDefinitions(model);
  const graph = refGraph(model);
  const strict = definitionsNeedingStrict(model, graph);
  const modules = new Map<string, Service>();
  for (const service of model.services) {
    const endpoints = service.endpoints.filter((e) => options.includeInternal || !e.internal);
    const module = service.name.replace(/[^A-Za-z0-9_-]/g, "_");
    const clash = modules.get(module);
    if (clash) {
      registry.diagnostics.push({
        severity: "error",
        code: "emit/name-collision",
        message: `services ${clash.name} and ${service.name} would both be written as module ${module}`,
        location: service.location,
      });
    }
    modules.set(module, service);
    const earlier = options.planned?.get(service);
    if (earlier) {
      for (const [wanted, owner] of earlier.claims) registry.claim(wanted, owner);
      services.push(earlier.plan);
      continue;
    }
    const claims: [string, NameOwner][] = [];
    const recording: Claimer = {
      claim: (wanted, owner) => {
        claims.push([wanted, owner]);
        return registry.claim(wanted, owner);
      },
    };
    const plan = planService(service, endpoints, module, recording, prints, inResponses, strict, graph);
    options.planned?.set(service, { plan, claims });
    services.push(plan);
  }
  const clients = model.changeVersions
    .filter((v) => services.some((s) => s.apis.some((a) => a.version.text === v.text)))
    .map((version) => ({
      version,
      name: registry.claim(`Client${versionSuffix(version)}`, {
        key: `client:${version.text}`,
        what: `the client interface at ${version.text}`,
      }),
    }));
  return { model, services, clients, diagnostics: registry.diagnostics };
}

function planService(
  service: Service,
  endpoints: readonly Endpoint[],
  module: string,
  registry: Claimer,
  prints: Fingerprints,
  inResponses: ReadonlySet<Definition>,
  strict: ReadonlySet<Definition>,
  graph: RefGraph,
): ServicePlan {
  const definitions: DefinitionPlan[] = [];
  for (const def of service.definitions.values()) {
    const owner = (key: string, what: string): NameOwner => ({
      key: `${key}:${service.name}.${def.name}`,
      what: `${what} ${service.name}.${def.name}`,
      location: def.location,
    });
    const typeName = registry.claim(pascalCase(service.name, def.name), owner("def", "definition"));
    const valuesName = enumValues(def.schema) ? registry.claim(`${typeName}Values`, owner("values", "the values of enum")) : undefined;
    const strictName = strict.has(def)
      ? registry.claim(`${typeName}Strict`, owner("strict", "the strict validator of definition"))
      : undefined;
    definitions.push({ definition: def, typeName, valuesName, strictName, nullable: inResponses.has(def), refs: graph.targets(def) });
  }
  const definitionNames = new Map(definitions.map((d) => [d.definition.name, d.typeName]));
  const definitionsByType = new Map(definitions.map((d) => [d.typeName, d.definition]));
  const unstepped = endpoints.map((e) => planEndpoint(service, e, registry, definitionNames, definitionsByType, prints));
  // A response that is an inline copy of its namesake definition is typed and validated as
  // that definition, so the definition admits null as responses do (its $refs are the copy's).
  const answered = new Set(unstepped.flatMap((p) => p.versions.map((v) => v.response.name)));
  for (const [i, d] of definitions.entries()) if (!d.nullable && answered.has(d.typeName)) definitions[i] = { ...d, nullable: true };
  const planned: EndpointPlan[] = unstepped.map((p) => ({ ...p, steps: methodSteps(p, unstepped) }));
  const apis: ApiVersionPlan[] = [];
  const versions = [...new Map(planned.flatMap((p) => p.steps.map((st) => [st.since.text, st.since]))).values()].sort(compareVersions);
  for (const version of versions) {
    const changed = planned.filter((p) => p.steps.some((st) => st.since.text === version.text));
    apis.push({
      version,
      name: registry.claim(pascalCase(service.name) + `Api${versionSuffix(version)}`, {
        key: `api:${service.name}@${version.text}`,
        what: `the client interface of service ${service.name} at ${version.text}`,
        location: service.location,
      }),
      changed,
      baseName: changed.some((p) => p.steps.length === 1)
        ? registry.claim(pascalCase(service.name) + `ApiBase${versionSuffix(version)}`, {
            key: `api-base:${service.name}@${version.text}`,
            what: `the single-version endpoints of service ${service.name} as of ${version.text}`,
            location: service.location,
          })
        : undefined,
    });
  }
  const apiName = registry.claim(pascalCase(service.name) + "Api", {
    key: `api:${service.name}`,
    what: `the client interface of service ${service.name}`,
    location: service.location,
  });
  return { service, module, definitions, endpoints: planned, apis, apiName };
}

function planEndpoint(
  service: Service,
  endpoint: Endpoint,
  registry: Claimer,
  definitionNames: ReadonlyMap<string, string>,
  definitionsByType: ReadonlyMap<string, Definition>,
  prints: Fingerprints,
): Omit<EndpointPlan, "steps"> {
  const base = pascalCase(service.name, endpoint.action);
  const where = (ev: EndpointVersion, key: string, what: string): NameOwner => ({
    key: `${key}:${endpoint.name}@${ev.version.text}`,
    what: `${what} of ${endpoint.name} ${ev.version.text}`,
    location: ev.location,
  });
  const requestPrints = endpoint.versions.map((ev) => requestFingerprint(ev.request, prints));
  const responsePrints = endpoint.versions.map((ev) => responseFingerprint(ev.response, prints));
  // A request or response that is just a `$ref` to a definition is that definition's type:
  // nothing new is declared (ClearML often names them `<action>_response`).
  // The same holds for an inline copy (`${update_response}`) of the definition that has the
  // very name the endpoint's type would get.
  const definitionOf = (shape: RequestShape | ResponseShape, wanted: string): string | undefined => {
    if (shape.kind !== "schema") return undefined;
    const namesake = definitionsByType.get(wanted);
    if (namesake && prints.of(namesake.schema) === prints.of(shape.schema)) return wanted;
    if (shape.schema.kind !== "ref" || !shape.schema.target) return undefined;
    const r = shape.schema;
    if (r.description !== undefined || r.default !== undefined || r.title !== undefined || r.base) return undefined;
    return definitionNames.get(r.name);
  };
  const shapes = <S extends RequestShape | ResponseShape>(
    shapePrints: string[],
    suffix: "Request" | "Response",
    pick: (ev: EndpointVersion) => S,
  ): ShapePlan<S>[] => {
    const refs = endpoint.versions.map((ev) => definitionOf(pick(ev), base + suffix));
    const own = new Set(shapePrints.filter((_, i) => refs[i] === undefined));
    const versioned = own.size > 1 || refs.some((r) => r !== undefined);
    const first = new Map<string, ShapePlan<S>>();
    const declared: Extensible[] = [];
    return endpoint.versions.map((ev, i) => {
      const definition = refs[i];
      if (definition !== undefined) return { name: definition, declare: false, shape: pick(ev), since: ev.version };
      const earlier = first.get(shapePrints[i]);
      if (earlier) return { ...earlier, declare: false };
      const name = registry.claim(
        versioned ? base + suffix + versionSuffix(ev.version) : base + suffix,
        where(ev, suffix.toLowerCase(), `the ${suffix.toLowerCase()}`),
      );
      const shape = pick(ev);
      const object = extensible(name, shape, prints);
      const plan: ShapePlan<S> = { name, declare: true, shape, since: ev.version, base: object && findBase(object, declared) };
      if (object) declared.push(object);
      first.set(shapePrints[i], plan);
      return plan;
    });
  };
  const requests = shapes(requestPrints, "Request", (ev) => ev.request);
  const responses = shapes(responsePrints, "Response", (ev) => ev.response);
  const fnName = registry.claim(camelCase(service.name, endpoint.action), {
    key: `fn:${endpoint.name}`,
    what: `the function of endpoint ${endpoint.name}`,
    location: endpoint.location,
  });
  const versions: VersionPlan[] = endpoint.versions.map((ev, i) => ({
    ev,
    infoName: registry.claim(fnName + versionSuffix(ev.version), where(ev, "info", "the endpoint info")),
    methodName: registry.claim(base + versionSuffix(ev.version), where(ev, "method", "the client method")),
    request: requests[i],
    response: responses[i],
  }));
  const versionsName = registry.claim(fnName + "Versions", {
    key: `versions:${endpoint.name}`,
    what: `the version list of endpoint ${endpoint.name}`,
    location: endpoint.location,
  });
  const alias = (list: ShapePlan<unknown>[], suffix: string): AliasPlan | undefined => {
    const names = new Set(list.map((s) => s.name));
    if (names.size <= 1 || names.has(base + suffix)) return undefined;
    const latest = list[list.length - 1];
    return {
      name: registry.claim(base + suffix, {
        key: `alias-${suffix}:${endpoint.name}`,
        what: `the latest ${suffix.toLowerCase()} of ${endpoint.name}`,
        location: endpoint.location,
      }),
      target: latest.name,
    };
  };
  return {
    endpoint,
    fnName,
    versionsName,
    versions,
    requestAlias: alias(requests, "Request"),
    responseAlias: alias(responses, "Response"),
  };
}

/**
 * The steps of an endpoint's client method: one per version, and for a batch version one
 * more at each version of the batched endpoint between it and the next batch version
 * (a client pinned there sends lines of that version), when the line's type differs.
 */
function methodSteps(ep: Omit<EndpointPlan, "steps">, endpoints: readonly Omit<EndpointPlan, "steps">[]): MethodStep[] {
  const steps: MethodStep[] = [];
  const push = (since: Version, vp: VersionPlan, cappedItem: VersionPlan | undefined) => {
    const last = steps[steps.length - 1];
    if (last && last.vp === vp && last.cappedItem?.request.name === cappedItem?.request.name) return;
    steps.push(cappedItem ? { since, vp, cappedItem } : { since, vp });
  };
  ep.versions.forEach((vp, i) => {
    const r = vp.request.shape;
    if (r.kind !== "batch") return push(vp.ev.version, vp, undefined);
    const rows = batchItemVersions(endpoints, r);
    const own = batchItemAt(rows);
    const next = ep.versions[i + 1]?.ev.version;
    const capped = (at: Version) => {
      const item = batchItemAt(rows, at);
      return item && own && item.request.name !== own.request.name ? item : undefined;
    };
    push(vp.ev.version, vp, capped(vp.ev.version));
    for (const row of rows) {
      const at = row.ev.version;
      if (compareVersions(at, vp.ev.version) > 0 && (!next || compareVersions(at, next) < 0)) push(at, vp, capped(at));
    }
  });
  return steps;
}

/** A declared object type as `findBase` compares it. */
interface Extensible {
  readonly name: string;
  /** The keywords beside the properties, which a version and its base must share: `additionalProperties` and whether there are patternProperties. */
  readonly keywords: string;
  /** Per property, in order: its name, whether it is required, and the fingerprint of its schema. */
  readonly properties: readonly string[];
}

/**
 * The object a declared request or response is, as `findBase` compares it, or undefined
 * when it cannot take part in a base: one without properties is not an interface, and an
 * index signature typed by a schema names every declared property's type, so it differs
 * between versions. The keywords decide the index signature and the zod factory (strict
 * or loose), which a version and its base must share; min/maxProperties checks apply to
 * the whole object, so an object with one is left out too.
 */
function extensible(name: string, shape: RequestShape | ResponseShape, prints: Fingerprints): Extensible | undefined {
  if (shape.kind !== "schema" || shape.schema.kind !== "object") return undefined;
  const node = shape.schema;
  if (node.properties.length === 0 || typeof node.additionalProperties === "object") return undefined;
  if (node.minProperties !== undefined || node.maxProperties !== undefined) return undefined;
  const properties = node.properties.map((p) => `${JSON.stringify(p.name)}${p.required ? "!" : "?"}${prints.of(p.schema)}`);
  return { name, keywords: `${node.additionalProperties}:${Boolean(node.patternProperties?.length)}`, properties };
}

/**
 * Of the earlier declared versions, the one with the most properties (the latest on a tie)
 * that are `own`'s first properties, in order and unchanged, with the same keywords;
 * undefined when none.
 */
function findBase(own: Extensible, earlier: readonly Extensible[]): ShapeBase | undefined {
  let best: Extensible | undefined;
  for (const candidate of earlier) {
    if (candidate.keywords !== own.keywords || candidate.properties.length > own.properties.length) continue;
    if (best && candidate.properties.length < best.properties.length) continue;
    if (candidate.properties.every((p, i) => own.properties[i] === p)) best = candidate;
  }
  return best && { name: best.name, inherited: best.properties.length };
}

/** The values of an enum definition (string, number or integer), or undefined. */
export function enumValues(schema: SchemaNode): readonly (string | number | bigint)[] | undefined {
  if (schema.kind === "string" || schema.kind === "number" || schema.kind === "integer") return schema.enum;
  return undefined;
}

function requestFingerprint(r: RequestShape, prints: Fingerprints): string {
  if (r.kind === "schema") return "schema:" + prints.of(r.schema);
  return `batch:${r.action}@${r.version.text}:` + (r.item ? prints.of(r.item) : "none");
}

function responseFingerprint(r: ResponseShape, prints: Fingerprints): string {
  return r.kind === "schema" ? "schema:" + prints.of(r.schema) : "text";
}

/**
 * Definitions whose request validator checks more than the response one (an object with
 * `additionalProperties: false`, or a constraint such as pattern or minimum), directly or
 * through the refs a request's validator follows.
 */
function definitionsNeedingStrict(model: ApiModel, graph: RefGraph): Set<Definition> {
  const direct = new Set<Definition>();
  for (const service of model.services) {
    for (const def of service.definitions.values()) {
      forEachSchema(
        def.schema,
        (n) => {
          if (checksMoreThanType(n)) direct.add(def);
        },
        requestSide,
      );
    }
  }
  return graph.reaching(direct, requestSide);
}
