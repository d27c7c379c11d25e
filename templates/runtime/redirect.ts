// Redirects are never followed: fetch would send the body again, with the call's headers
// (X-Api-Key, impersonation, a token endpoint's client secret) to wherever Location
// points, and a 302/303 would turn a create into a GET whose answer passes for the
// create's. The protocol has no redirects, so any 3xx is reported as an error that names
// the status and where it pointed (the origin only: a Location can carry secrets).
import type { EndpointInfo } from "./endpoint.js";
import { ApiError } from "./errors.js";

/** fetch's option that returns a redirect as the answer instead of following it. */
export const NO_REDIRECT = "manual" as const;

/**
 * A 3xx, or what a browser gives for one under `redirect: "manual"` (an "opaqueredirect"
 * response: status 0, no headers), or an answer a custom fetch got by following a redirect anyway.
 */
export function isRedirect(response: Response): boolean {
  return (
    response.type === "opaqueredirect" || (response.status >= 300 && response.status < 400) || response.redirected
  );
}

/** e.g. `HTTP 307 redirect to http://other.example:8080, not followed`. */
export function describeRedirect(response: Response, requestUrl: string): string {
  if (response.type === "opaqueredirect") return "an opaque redirect (no Location), not followed";
  if (response.redirected) return `an answer from ${originOf(response.url, requestUrl)} after a redirect the fetch followed`;
  const location = response.headers.get("location");
  const target = location === null ? "without a Location" : `to ${originOf(location, requestUrl)}`;
  return `HTTP ${response.status} redirect ${target}, not followed`;
}

/** The error of an API call answered with a redirect. */
export function redirectError(endpoint: EndpointInfo, response: Response, requestUrl: string): ApiError {
  return new ApiError({
    status: response.status,
    resultCode: response.status,
    resultSubcode: 0,
    resultMsg: describeRedirect(response, requestUrl),
    endpoint: endpoint.name,
    endpointVersion: endpoint.version,
    envelope: false,
    reason: "redirect",
  });
}

/** The origin a URL (relative to `base`) points to, "the same origin" for `base`'s own. */
function originOf(url: string, base: string): string {
  try {
    const origin = new URL(url, base).origin;
    return origin === new URL(base).origin ? `the same origin (${origin})` : origin;
  } catch {
    return "an invalid URL";
  }
}

/** Lets the connection go without reading a body nobody will use. */
export function discardBody(response: Response): void {
  response.body?.cancel().catch(() => undefined);
}
