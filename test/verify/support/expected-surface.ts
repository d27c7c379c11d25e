// What the generated package may export, derived from the IR alone: every name the root
// index, the zod index and each service entry exports must be explained here.
import type { ApiModel, Endpoint, Service, Version } from "../../../generator/schema/model.js";
import {
  camel,
  definitionsWithStrictValidator,
  isStringEnum,
  methodInterface,
  pascal,
  serviceInterface,
  suffix,
} from "./naming.js";

/** Names of the client module that do not depend on the schema. */
export const CLIENT_NAMES = [
  "Client",
  "ClientAt",
  "ApiVersions",
  "ApiVersion",
  "LatestApiVersion",
  "createClient",
  "services",
];

export interface ServiceSurface {
  readonly service: Service;
  /** Types of definitions, enum value lists, endpoint functions, version lists, EndpointInfos, client interfaces. */
  readonly names: Set<string>;
  readonly definitionTypes: Set<string>;
  readonly functions: Set<string>;
  readonly endpointInfos: Set<string>;
  /** One interface per endpoint version, holding its client method: name -> the method's name. */
  readonly methodInterfaces: Map<string, string>;
  /**
   * The service's client interface at each API version at which it changes, with the
   * method interfaces it extends (sorted), one per endpoint that exists by then.
   */
  readonly serviceInterfaces: Map<string, string[]>;
  /**
   * The chain of base interfaces of the endpoints with a single version, by the version
   * they appear at: name -> the method interfaces of the endpoints that appear there
   * (sorted). A service interface may reach its methods through the latest base at or
   * below its version.
   */
  readonly baseInterfaces: Map<string, string[]>;
  /** Validators of definitions: plain, plus `<Name>Strict` where a definition reaches additionalProperties: false. */
  readonly definitionValidators: Set<string>;
  readonly strictValidators: Set<string>;
  /** Tells whether a name is a request/response type or validator of one of the service's endpoint versions. */
  readonly isShapeName: (name: string) => boolean;
  /**
   * Request/response type names that have no validator of their own: batch requests (a
   * batch is checked item by item with the batched request's validator) and file (text)
   * responses.
   */
  readonly withoutValidator: Set<string>;
}

export function serviceSurface(service: Service): ServiceSurface {
  const names = new Set<string>();
  const definitionTypes = new Set<string>();
  const strictValidators = new Set<string>();
  const strict = definitionsWithStrictValidator(service);
  for (const def of service.definitions.values()) {
    const type = pascal(service.name, def.name);
    definitionTypes.add(type);
    names.add(type);
    if (isStringEnum(def)) names.add(`${type}Values`);
    if (strict.has(def.name)) strictValidators.add(`${type}Strict`);
  }
  const functions = new Set<string>();
  const endpointInfos = new Set<string>();
  const shapes = new Map<string, Endpoint>();
  const withoutValidator = new Set<string>();
  const methodInterfaces = new Map<string, string>();
  const versions = new Map<string, Version>();
  for (const e of service.endpoints) {
    const fn = camel(service.name, e.action);
    functions.add(fn);
    names.add(fn).add(`${fn}Versions`);
    const base = pascal(service.name, e.action);
    for (const side of ["Request", "Response"]) {
      shapes.set(base + side, e);
      for (const v of e.versions) shapes.set(base + side + suffix(v.version), e);
    }
    const batch = e.versions.filter((v) => v.request.kind === "batch");
    const text = e.versions.filter((v) => v.response.kind === "text");
    if (batch.length === e.versions.length) withoutValidator.add(base + "Request");
    if (text.length === e.versions.length) withoutValidator.add(base + "Response");
    for (const v of batch) withoutValidator.add(base + "Request" + suffix(v.version));
    for (const v of text) withoutValidator.add(base + "Response" + suffix(v.version));
    for (const v of e.versions) {
      endpointInfos.add(fn + suffix(v.version));
      methodInterfaces.set(methodInterface(service.name, e.action, v.version), e.action);
      versions.set(v.version.text, v.version);
    }
  }
  for (const name of endpointInfos) names.add(name);
  for (const name of methodInterfaces.keys()) names.add(name);
  names.add(pascal(service.name) + "Api");
  const serviceInterfaces = new Map<string, string[]>();
  for (const api of versions.values()) {
    const bases = service.endpoints.flatMap((e) => {
      const inForce = e.versions.filter((v) => compareVersions(v.version, api) <= 0).at(-1);
      return inForce ? [methodInterface(service.name, e.action, inForce.version)] : [];
    });
    serviceInterfaces.set(serviceInterface(service.name, api), bases.sort());
  }
  for (const name of serviceInterfaces.keys()) names.add(name);
  const baseInterfaces = new Map<string, string[]>();
  for (const e of service.endpoints) {
    if (e.versions.length !== 1) continue;
    const v = e.versions[0].version;
    const name = pascal(service.name) + "ApiBase" + suffix(v);
    baseInterfaces.set(name, [...(baseInterfaces.get(name) ?? []), methodInterface(service.name, e.action, v)].sort());
  }
  for (const name of baseInterfaces.keys()) names.add(name);
  const definitionValidators = new Set([...definitionTypes, ...strictValidators]);
  return {
    service,
    names,
    definitionTypes,
    functions,
    endpointInfos,
    methodInterfaces,
    serviceInterfaces,
    baseInterfaces,
    definitionValidators,
    strictValidators,
    isShapeName: (name) => shapes.has(name),
    withoutValidator,
  };
}

function compareVersions(a: Version, b: Version): number {
  return a.major - b.major || a.minor - b.minor;
}

/** Why a root export exists, or undefined when the IR does not explain it. */
export function rootExplanation(
  name: string,
  model: ApiModel,
  surfaces: readonly ServiceSurface[],
  runtimeNames: ReadonlySet<string>,
): string | undefined {
  if (runtimeNames.has(name)) return "runtime";
  if (CLIENT_NAMES.includes(name)) return "client";
  if (model.changeVersions.some((v) => `Client${suffix(v)}` === name)) return "client at a change version";
  for (const s of surfaces) {
    if (s.names.has(name)) return `service ${s.service.name}`;
    if (s.isShapeName(name)) return `request/response of service ${s.service.name}`;
  }
  return undefined;
}
