// The OpenAPI documents the site shows, one per API version: the emitter's documents
// (generator/emit/openapi/) with two more extensions per operation (since, authorize),
// and every description escaped as Markdown text (escape.ts): the renderer reads Markdown.
import type { ApiModel, Endpoint, Version } from "../schema/model.js";
import { emitOpenApi } from "../emit/openapi/index.js";
import type { JsonObject, JsonValue, OpenApiDocument } from "../emit/openapi/types.js";
import { markdownText } from "./escape.js";

export interface VersionDocument {
  readonly version: string;
  readonly document: OpenApiDocument;
}

export interface DocumentOptions {
  readonly includeInternal: boolean;
  readonly title: string;
}

/** One document per version at which the API changed, oldest first. */
export function versionDocuments(model: ApiModel, options: DocumentOptions): VersionDocument[] {
  const byName = new Map<string, Endpoint>();
  for (const service of model.services) for (const endpoint of service.endpoints) byName.set(endpoint.name, endpoint);
  return versionsOf(model).map((version) => {
    const document = emitOpenApi(model, { version, includeInternal: options.includeInternal, title: options.title });
    for (const [pathKey, item] of Object.entries(document.paths)) {
      const endpoint = byName.get(pathKey.slice(1));
      const operation = (item as JsonObject).post as JsonObject | undefined;
      if (endpoint !== undefined && operation !== undefined) annotate(operation, endpoint);
    }
    escapeDescriptions(document, false);
    return { version: version.text, document };
  });
}

function versionsOf(model: ApiModel): Version[] {
  const versions = [...model.changeVersions];
  if (!versions.some((v) => v.text === model.maxVersion.text)) versions.push(model.maxVersion);
  return versions;
}

/**
 * What the emitter's extensions (x-endpoint-version, x-allow-roles, x-internal) leave
 * out: the version the endpoint first appeared in, and whether it needs authorization
 * (in the document only as an empty `security`). The renderer lists every x- field.
 */
function annotate(operation: JsonObject, endpoint: Endpoint): void {
  operation["x-since"] = endpoint.versions[0]?.version.text ?? null;
  operation["x-authorize"] = endpoint.authorize;
}

/** Values, not descriptions: examples and defaults are shown as data, never as Markdown. */
const DATA_KEYS = new Set(["default", "example", "examples", "enum", "const"]);

/** Objects whose keys are names (a property called "default" is still a schema). */
const NAME_MAPS = new Set(["properties", "patternProperties", "$defs", "schemas", "paths", "responses", "content", "headers", "securitySchemes", "dependentSchemas"]);

/** Every `description` string in the document, escaped as Markdown text; `names`: the keys of `value` are names, not keywords. */
function escapeDescriptions(value: JsonValue, names: boolean): void {
  if (Array.isArray(value)) {
    for (const item of value) escapeDescriptions(item, false);
    return;
  }
  if (value === null || typeof value !== "object") return;
  for (const [key, child] of Object.entries(value)) {
    if (names) escapeDescriptions(child, false);
    else if (DATA_KEYS.has(key)) continue;
    else if (key === "description" && typeof child === "string") value[key] = markdownText(child);
    else escapeDescriptions(child, NAME_MAPS.has(key));
  }
}
