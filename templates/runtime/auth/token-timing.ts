// When a token should be renewed: `margin` before it expires, but never later than half
// its lifetime, so a short-lived token is not renewed on every call. Expiry is judged by
// the token's lifetime counted on this machine's clock, not by comparing the server's
// times with it: the two clocks may differ by more than a token lives.
import { jwtClaims } from "../jwt.js";

/** Milliseconds since the epoch at which to renew, or undefined when the expiry is unknown. */
export function renewalTime(obtainedAt: number, expiresAt: number | undefined, marginMs: number): number | undefined {
  if (expiresAt === undefined) return undefined;
  const lifetime = Math.max(0, expiresAt - obtainedAt);
  return expiresAt - Math.min(marginMs, lifetime / 2);
}

/**
 * When a JWT asked for at `requestedAt` (this machine's clock) expires, on this machine's
 * clock: `requestedAt` plus its lifetime `exp - iat` (the server issued it no earlier than
 * that). Without `iat`, `exp` itself, unless that has passed already by this clock, which
 * then is off: undefined (the token is renewed when the server refuses it).
 */
export function jwtExpiresAt(token: string, requestedAt: number): number | undefined {
  const claims = jwtClaims(token);
  const exp = finite(claims?.["exp"]);
  const iat = finite(claims?.["iat"]);
  if (exp === undefined) return undefined;
  if (iat !== undefined && exp >= iat) return requestedAt + (exp - iat) * 1000;
  return exp * 1000 > requestedAt ? exp * 1000 : undefined;
}

function finite(value: unknown): number | undefined {
  return typeof value === "number" && Number.isFinite(value) ? value : undefined;
}
