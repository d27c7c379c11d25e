// Reads a JWT's expiry so tokens can be renewed before the server rejects them. No
// signature check: the client only needs the time, the server does the verifying.
import { decodeBase64Utf8 } from "./base64.js";
import { isJsonObject } from "./json-object.js";

/** The `exp` claim in seconds since the epoch, or undefined when the token is not a JWT or has none. */
export function jwtExpiry(token: string): number | undefined {
  const claims = jwtClaims(token);
  const exp = claims?.["exp"];
  return typeof exp === "number" && Number.isFinite(exp) ? exp : undefined;
}

/** The payload of a JWT, or undefined when `token` is not one. */
export function jwtClaims(token: string): Record<string, unknown> | undefined {
  const parts = token.split(".");
  if (parts.length !== 3) return undefined;
  try {
    // base64url, unpadded: atob takes it once the two URL-safe characters are swapped back.
    const payload: unknown = JSON.parse(decodeBase64Utf8(parts[1].replace(/-/g, "+").replace(/_/g, "/")));
    return isJsonObject(payload) ? payload : undefined;
  } catch {
    return undefined;
  }
}
