// The OpenAPI 3.1 emitter: ApiModel -> one deterministic OpenAPI document per API version,
// rendered as JSON or YAML.
import type { OpenApiDocument } from "./types.js";
import { renderYaml } from "./yaml.js";

export { emitOpenApi, resolveVersion } from "./document.js";
export { DEFAULT_SERVER_URL } from "./server.js";
export { renderOpenApiJson } from "./json.js";
export { OpenApiOptionError } from "./errors.js";
export type { OpenApiDocument, OpenApiOptions, JsonSchema } from "./types.js";

export function renderOpenApiYaml(doc: OpenApiDocument): string {
  return renderYaml(doc);
}
