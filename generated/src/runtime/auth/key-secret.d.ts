import type { AuthProvider } from "./provider.js";
export interface KeySecretOptions {
    readonly accessKey: string;
    readonly secretKey: string;
    /** Asked-for token lifetime (the server may cap it; at most one year). */
    readonly expirationSec?: number;
    /** Renew this long before the token's `exp` (default 6 minutes, as the ClearML SDK). */
    readonly renewBeforeMs?: number;
    /** Milliseconds since the epoch; injectable for tests. */
    readonly now?: () => number;
}
/**
 * Logs in at auth.login with the key pair, caches the token, renews it before `exp` and once
 * after a 401. The key pair and the token live in this closure only: the provider prints
 * and serialises without them.
 */
export declare function keySecret(options: KeySecretOptions): AuthProvider;
