// Builds small IR models by hand for emitter tests (no HOCON involved).
import type { Location } from "../../hocon/diagnostics.js";
import type {
  ApiModel,
  Definition,
  Endpoint,
  EndpointVersion,
  NumberSchema,
  ObjectSchema,
  Property,
  SchemaNode,
  Service,
  Version,
} from "../../generator/schema/model.js";

let line = 1;
export const loc = (file = "fixture.conf"): Location => ({ file, line: line++, column: 3 });

export const v = (text: string): Version => {
  const [major, minor] = text.split(".").map(Number);
  return { major, minor, text };
};

export const str = (extra: Partial<Extract<SchemaNode, { kind: "string" }>> = {}): SchemaNode => ({ kind: "string", location: loc(), ...extra });
export const int = (extra: Partial<NumberSchema> = {}): SchemaNode => ({ kind: "integer", location: loc(), ...extra });
export const bool = (): SchemaNode => ({ kind: "boolean", location: loc() });
export const nul = (): SchemaNode => ({ kind: "null", location: loc() });
export const arr = (items?: SchemaNode): SchemaNode => ({ kind: "array", items, location: loc() });
export const union = (...variants: SchemaNode[]): SchemaNode => ({ kind: "union", mode: "anyOf", variants, location: loc() });
/** anyOf with object keywords beside it (`base`). */
export const unionWithBase = (base: ObjectSchema, ...variants: SchemaNode[]): SchemaNode => ({ kind: "union", mode: "anyOf", variants, base, location: loc() });
export const prop = (name: string, schema: SchemaNode, required = false): Property => ({ name, schema, required, location: loc() });
export const obj = (properties: Property[], additionalProperties?: ObjectSchema["additionalProperties"], extra: Partial<ObjectSchema> = {}): ObjectSchema => ({
  kind: "object",
  properties,
  additionalProperties,
  location: loc(),
  ...extra,
});

export function ref(service: string, name: string, defs: Map<string, Definition>): SchemaNode {
  // The target is looked up lazily so definitions can refer to each other in any order.
  const node = { kind: "ref" as const, service, name, location: loc() };
  Object.defineProperty(node, "target", { get: () => defs.get(name), enumerable: false });
  return node;
}

export function definition(service: string, name: string, schema: SchemaNode, recursive = false): Definition {
  return { service, name, schema, location: loc(`${service}.conf`), recursive };
}

export function endpoint(service: string, action: string, versions: { version: string; request: SchemaNode; response: SchemaNode }[], extra: Partial<Endpoint> = {}): Endpoint {
  const name = `${service}.${action}`;
  const evs: EndpointVersion[] = versions.map((x) => ({
    endpoint: name,
    version: v(x.version),
    location: loc(`${service}.conf`),
    description: `${action} at ${x.version}`,
    request: { kind: "schema", schema: x.request },
    response: { kind: "schema", schema: x.response },
  }));
  return { service, action, name, internal: false, authorize: true, allowRoles: ["*"], location: loc(`${service}.conf`), versions: evs, ...extra };
}

export function service(name: string, definitions: Definition[], endpoints: Endpoint[]): Service {
  return {
    name,
    file: `${name}.conf`,
    location: loc(`${name}.conf`),
    definitions: new Map(definitions.map((d) => [d.name, d])),
    endpoints: [...endpoints].sort((a, b) => (a.action < b.action ? -1 : 1)),
  };
}

export function model(services: Service[]): ApiModel {
  const all = services.flatMap((s) => s.endpoints.flatMap((e) => e.versions.map((x) => x.version)));
  const distinct = [...new Map(all.map((x) => [x.text, x])).values()].sort((a, b) => a.major - b.major || a.minor - b.minor);
  return { root: "fixture", services, maxVersion: distinct[distinct.length - 1], changeVersions: distinct };
}
