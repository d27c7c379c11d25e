// The document as JSON: 2-space indent and a trailing newline, key order as built.
import type { OpenApiDocument } from "./types.js";

export function renderOpenApiJson(doc: OpenApiDocument): string {
  return JSON.stringify(doc, null, 2) + "\n";
}
