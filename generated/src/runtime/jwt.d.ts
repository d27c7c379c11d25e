/** The `exp` claim in seconds since the epoch, or undefined when the token is not a JWT or has none. */
export declare function jwtExpiry(token: string): number | undefined;
/** The payload of a JWT, or undefined when `token` is not one. */
export declare function jwtClaims(token: string): Record<string, unknown> | undefined;
