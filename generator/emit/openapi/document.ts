// The OpenAPI 3.1 document for one API version: one `POST /{service}.{action}` operation
// per endpoint that exists at that version (its highest endpoint version <= V, the
// server's dispatch rule). The server URL carries the version (see server.ts), so paths
// are the version-less endpoint names.
import type { ApiModel, Endpoint, EndpointVersion, RequestShape, ResponseShape, Service, Version } from "../../schema/model.js";
import { batchItemVersion, parseVersion, versionAt } from "../../schema/versions.js";
import { responseDefinitions } from "../nullable.js";
import { ComponentKeys } from "./component-keys.js";
import { envelopeOf, envelopeSchemas, errorResponseComponents, errorResponseRefs } from "./envelope.js";
import { OpenApiOptionError } from "./errors.js";
import { SchemaTranslator, compareKeys, setMember } from "./schemas.js";
import { operationSecurity, securitySchemes } from "./security.js";
import { serverObject } from "./server.js";
import type { JsonObject, JsonSchema, OpenApiDocument, OpenApiOptions } from "./types.js";

const DEFAULT_TITLE = "API";

interface Included {
  readonly service: Service;
  readonly endpoint: Endpoint;
  readonly at: EndpointVersion;
}

/** One service's share of a document: its operations by path and the components they reach, by key. */
export interface ServicePart {
  readonly paths: readonly (readonly [path: string, item: JsonObject])[];
  readonly components: readonly (readonly [key: string, schema: JsonSchema])[];
}

/**
 * A document before its services' parts are made: the members that span services, and per
 * service (model order) a `key` naming everything its part depends on besides the Service
 * itself, and `part()` making it. A service's `$ref`s stay inside it, so its part reaches
 * only its own definitions.
 */
export interface DocumentPlan {
  /** The members before `paths`: openapi, info, servers, tags. */
  readonly head: JsonObject;
  readonly services: readonly { readonly service: Service; readonly key: string; part(): ServicePart }[];
  /** The first members of `components.schemas`, before every service's. */
  readonly envelope: JsonObject;
  /** `components.responses` and `components.securitySchemes`. */
  readonly responses: JsonObject;
  readonly securitySchemes: JsonObject;
}

export function planDocument(model: ApiModel, options: OpenApiOptions = {}): DocumentPlan {
  const version = resolveVersion(model, options.version);
  const included = endpointsAt(model, version, options.includeInternal ?? false);
  const keys = new ComponentKeys(model);
  const nullable = responseDefinitions(model);

  const operationIds = new Map<Endpoint, string>();
  const used = new Set<string>();
  const sorted = [...included].sort((a, b) => compareKeys(a.endpoint.name, b.endpoint.name));
  for (const inc of sorted) operationIds.set(inc.endpoint, uniqueId(used, inc.endpoint));

  const services = model.services.map((service) => {
    const own = sorted.filter((inc) => inc.service === service);
    const key = [
      version.text,
      options.includeInternal ?? false,
      ...own.map((inc) => operationIds.get(inc.endpoint)),
      ...[...service.definitions.values()].map((def) => keys.keyOf(def)),
    ].join("\n");
    const part = (): ServicePart => {
      const translator = new SchemaTranslator(keys, nullable);
      const paths = own.map((inc) => [`/${inc.endpoint.name}`, { post: operation(inc, version, translator, operationIds.get(inc.endpoint)!) }] as const);
      return { paths, components: Object.entries(translator.components()) };
    };
    return { service, key, part };
  });

  return {
    head: {
      openapi: "3.1.0",
      info: {
        title: options.title ?? DEFAULT_TITLE,
        version: version.text,
        description: `API version ${version.text}: ${included.length} endpoints${options.includeInternal ? ", internal ones included" : ""}.`,
        "x-api-version": version.text,
      },
      servers: [serverObject(version, options.serverUrl)],
      tags: tagsOf(included),
    },
    services,
    envelope: envelopeSchemas(),
    responses: errorResponseComponents(),
    securitySchemes: securitySchemes(),
  };
}

export function emitOpenApi(model: ApiModel, options: OpenApiOptions = {}): OpenApiDocument {
  const plan = planDocument(model, options);
  const parts = plan.services.map((s) => s.part());
  const paths: JsonObject = {};
  for (const [path, item] of parts.flatMap((p) => p.paths).sort(([a], [b]) => compareKeys(a, b))) setMember(paths, path, item);
  const schemas: JsonObject = { ...plan.envelope };
  for (const [key, schema] of parts.flatMap((p) => p.components).sort(([a], [b]) => compareKeys(a, b))) setMember(schemas, key, schema);
  return {
    ...(plan.head as Pick<OpenApiDocument, "openapi" | "info" | "servers" | "tags">),
    paths,
    components: { schemas, responses: plan.responses, securitySchemes: plan.securitySchemes },
  };
}

/** The API version to describe; a bad option is reported by name, never guessed. */
export function resolveVersion(model: ApiModel, requested: Version | string | undefined): Version {
  if (requested === undefined) return model.maxVersion;
  if (typeof requested !== "string") return requested;
  const parsed = parseVersion(requested.trim());
  if (!parsed) throw new OpenApiOptionError(`invalid API version "${requested}": expected <major>.<minor>, e.g. 2.13`);
  return parsed;
}

function endpointsAt(model: ApiModel, version: Version, includeInternal: boolean): Included[] {
  const out: Included[] = [];
  for (const service of model.services) {
    for (const endpoint of service.endpoints) {
      if (endpoint.internal && !includeInternal) continue;
      const at = versionAt(endpoint, version);
      if (at) out.push({ service, endpoint, at });
    }
  }
  return out;
}

function operation(inc: Included, version: Version, translator: SchemaTranslator, operationId: string): JsonObject {
  const { endpoint, at } = inc;
  const op: JsonObject = { tags: [endpoint.service], summary: summaryOf(endpoint, at) };
  if (at.description) op.description = at.description;
  op.operationId = operationId;
  op.security = operationSecurity(endpoint);
  op.requestBody = requestBody(inc.service, at.request, version, translator);
  op.responses = { "200": successResponse(at.response, translator), ...errorResponseRefs() };
  op["x-endpoint-version"] = at.version.text;
  op["x-allow-roles"] = [...endpoint.allowRoles];
  op["x-internal"] = endpoint.internal;
  if (at.request.kind === "batch") {
    op["x-batch-request"] = { action: `${inc.service.name}.${at.request.action}`, version: at.request.version.text };
  }
  return op;
}

function requestBody(service: Service, request: RequestShape, version: Version, translator: SchemaTranslator): JsonObject {
  if (request.kind === "schema") {
    return { required: true, content: { "application/json": { schema: translator.translate(request.schema) } } };
  }
  const item = `${service.name}.${request.action}`;
  // The document's API version caps the line's version, as it does a pinned client's.
  const target = service.endpoints.find((e) => e.action === request.action);
  const line = target && batchItemVersion(target, request.version, version);
  const schema = line ? (line.request.kind === "schema" ? translator.translate(line.request.schema) : { type: "object" }) : { type: "object" };
  return {
    required: true,
    description:
      `JSON lines: one ${item} request (endpoint version ${(line?.version ?? request.version).text}) per line, ` +
      "each a JSON object on a single line, with no blank lines. The schema describes one line.",
    content: {
      "application/json-lines": {
        schema,
        "x-json-lines-item": true,
      },
    },
  };
}

function successResponse(response: ResponseShape, translator: SchemaTranslator): JsonObject {
  if (response.kind === "schema") {
    return { description: "OK", content: { "application/json": { schema: envelopeOf(translator.translate(response.schema, true)) } } };
  }
  return {
    description: "OK: the file's content, sent as an attachment.",
    headers: { "Content-Disposition": { description: "`attachment; filename=...`", schema: { type: "string" } } },
    // The server sends text/plain or text/csv (the schema does not say which); the
    // runtime's Accept for these endpoints (templates/runtime/accept.ts) lists the same.
    content: {
      "text/plain": { schema: { type: "string" } },
      "text/csv": { schema: { type: "string" } },
      "application/octet-stream": { schema: { type: "string", contentMediaType: "application/octet-stream" } },
    },
  };
}

/** The description's first sentence of its first line; the endpoint name when it has none. */
function summaryOf(endpoint: Endpoint, at: EndpointVersion): string {
  const firstLine = at.description?.split("\n", 1)[0].trim() ?? "";
  if (firstLine === "") return endpoint.name;
  const end = SENTENCE_END.exec(firstLine);
  return end ? firstLine.slice(0, end.index + 1) : firstLine;
}

// A period then a space ends a sentence, unless it ends an abbreviation like "e.g.".
const SENTENCE_END = /(?<!\b(?:e\.g|i\.e|etc|vs|approx|incl))\.\s/;

/** `{service}_{action}`; a clash (`a_b.c` vs `a.b_c`) gets a numeric suffix in path order. */
function uniqueId(used: Set<string>, endpoint: Endpoint): string {
  const base = `${endpoint.service}_${endpoint.action}`;
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}_${n}`;
  used.add(id);
  return id;
}

/** One tag per service that has an operation in this document, sorted by name. */
function tagsOf(included: readonly Included[]): JsonObject[] {
  const services = new Map<string, Service>();
  for (const inc of included) services.set(inc.service.name, inc.service);
  return [...services.keys()].sort(compareKeys).map((name): JsonObject => {
    const description = services.get(name)!.description;
    return description ? { name, description } : { name };
  });
}
