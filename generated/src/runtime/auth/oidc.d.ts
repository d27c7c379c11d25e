import type { AuthProvider } from "./provider.js";
export interface OidcOptions {
    readonly tokenUrl: string;
    readonly clientId: string;
    /** Confidential clients' secret; omit for public clients. */
    readonly clientSecret?: string;
    readonly grant: "password" | "client_credentials";
    /** For the password grant. */
    readonly username?: string;
    readonly password?: string;
    readonly scope?: string;
    /** "basic" (default): client credentials in HTTP Basic (RFC 6749 2.3.1); "body": as form fields. */
    readonly clientAuthentication?: "basic" | "body";
    /** Renew this long before `expires_in` runs out (default 60 s). */
    readonly renewBeforeMs?: number;
    /** Milliseconds since the epoch; injectable for tests. */
    readonly now?: () => number;
}
/** Bearer tokens from an OpenID Connect token endpoint, renewed before they expire. */
export declare function oidc(options: OidcOptions): AuthProvider;
