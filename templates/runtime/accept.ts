// The Accept header of a call: the media types the endpoint answers with. A file endpoint
// answers text (text/plain, text/csv) or bytes, but its errors are still JSON envelopes,
// so JSON stays acceptable, ranked last: a server that negotiates (a mock built from the
// OpenAPI document) then picks the file, and still may send an error.
import type { EndpointInfo } from "./endpoint.js";

const JSON_ACCEPT = "application/json";
export const TEXT_ACCEPT = "text/plain, text/csv, application/octet-stream;q=0.9, application/json;q=0.5";

/** `headers` with the endpoint's Accept added, unless they already have one (any case): a caller's wins. */
export function withAccept(endpoint: EndpointInfo, headers: Record<string, string>): Record<string, string> {
  if (Object.keys(headers).some((name) => name.toLowerCase() === "accept")) return headers;
  return { Accept: endpoint.textResponse ? TEXT_ACCEPT : JSON_ACCEPT, ...headers };
}
