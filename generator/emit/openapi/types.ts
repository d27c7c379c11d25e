// Shapes of the emitted OpenAPI document. Everything is plain JSON data (no classes, no
// undefined values) so the JSON and YAML renderers can write it as is.
import type { JsonObject, JsonValue } from "../../../hocon/types.js";
import type { Version } from "../../schema/model.js";

export type { JsonObject, JsonValue };

/** A JSON Schema 2020-12 object, as OpenAPI 3.1 uses it. */
export type JsonSchema = JsonObject;

export interface OpenApiDocument extends JsonObject {
  openapi: string;
  info: JsonObject;
  servers: JsonObject[];
  tags: JsonObject[];
  paths: JsonObject;
  components: JsonObject;
}

export interface OpenApiOptions {
  /** The API version to describe; default: the model's maximum version. */
  readonly version?: Version | string;
  /** Include endpoints marked `internal` (default false). */
  readonly includeInternal?: boolean;
  /** `info.title`; default "<root folder name> API". */
  readonly title?: string;
  /** The server's base URL without the version segment; default "http://localhost:8008". */
  readonly serverUrl?: string;
}
