// The document as JSON: 2-space indent and a trailing newline, key order as built, big
// integers with all their digits.
import { jsonText } from "../../../hocon/json-text.js";
import type { OpenApiDocument } from "./types.js";

export function renderOpenApiJson(doc: OpenApiDocument): string {
  return jsonText(doc, 2) + "\n";
}
