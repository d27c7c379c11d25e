/** Milliseconds since the epoch at which to renew, or undefined when the expiry is unknown. */
export declare function renewalTime(obtainedAt: number, expiresAt: number | undefined, marginMs: number): number | undefined;
