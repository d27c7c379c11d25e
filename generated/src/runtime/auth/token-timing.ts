// When a token obtained now should be renewed: `margin` before it expires, but never
// later than half its lifetime, so a short-lived token is not renewed on every call.

/** Milliseconds since the epoch at which to renew, or undefined when the expiry is unknown. */
export function renewalTime(obtainedAt: number, expiresAt: number | undefined, marginMs: number): number | undefined {
  if (expiresAt === undefined) return undefined;
  const lifetime = Math.max(0, expiresAt - obtainedAt);
  return expiresAt - Math.min(marginMs, lifetime / 2);
}
