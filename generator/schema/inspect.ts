// The model as plain JSON for `inspect`: services, endpoints, versions, flags and
// locations in full; schemas summarised (kind, property names, ref targets) to keep the
// output readable.
import type { Location } from "../../hocon/diagnostics.js";
import type { ApiModel, Endpoint, EndpointVersion, SchemaNode, Service } from "./model.js";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export function modelToJson(model: ApiModel): Json {
  return {
    root: model.root,
    maxVersion: model.maxVersion.text,
    changeVersions: model.changeVersions.map((v) => v.text),
    services: model.services.map(service),
  };
}

function at(l: Location): string {
  return `${l.file}:${l.line}:${l.column}`;
}

function service(s: Service): Json {
  return {
    name: s.name,
    ...(s.description !== undefined ? { description: s.description } : {}),
    location: at(s.location),
    definitions: [...s.definitions.values()].map((d) => ({ name: d.name, location: at(d.location), recursive: d.recursive, schema: summary(d.schema, 1) })),
    endpoints: s.endpoints.map(endpoint),
  };
}

function endpoint(e: Endpoint): Json {
  return {
    name: e.name,
    internal: e.internal,
    authorize: e.authorize,
    allowRoles: [...e.allowRoles],
    location: at(e.location),
    versions: e.versions.map(version),
  };
}

function version(v: EndpointVersion): Json {
  const request: Json =
    v.request.kind === "batch"
      ? {
          batch: `${v.request.action}@${v.request.version.text}`,
          // The version its lines are (the first when the batch names an earlier one).
          ...(v.request.itemVersion ? { lines: `${v.request.action}@${v.request.itemVersion.text}` } : {}),
          location: at(v.request.location),
        }
      : summary(v.request.schema, 1);
  const response: Json = v.response.kind === "text" ? { text: true, location: at(v.response.location) } : summary(v.response.schema, 1);
  return { version: v.version.text, location: at(v.location), ...(v.description !== undefined ? { description: v.description } : {}), request, response };
}

/** A schema down to `depth` levels of properties; deeper ones are named by kind only. */
function summary(node: SchemaNode, depth: number): Json {
  const base: { [key: string]: Json } = { kind: node.kind, location: at(node.location) };
  switch (node.kind) {
    case "ref":
      return { ...base, ref: node.name, resolved: node.target !== undefined };
    case "object":
      return {
        ...base,
        properties: Object.fromEntries(node.properties.map((p) => [p.required ? p.name : `${p.name}?`, depth > 0 ? summary(p.schema, depth - 1) : p.schema.kind])),
      };
    case "array":
      return { ...base, items: node.items ? (depth > 0 ? summary(node.items, depth - 1) : node.items.kind) : "any" };
    case "union":
      return {
        ...base,
        mode: node.mode,
        variants: node.variants.map((v) => (depth > 0 ? summary(v, depth - 1) : v.kind)),
        ...(node.base ? { base: summary(node.base, depth) } : {}),
      };
    case "string":
      return node.enum ? { ...base, enum: [...node.enum] } : base;
    default:
      return base;
  }
}
