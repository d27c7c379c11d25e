import type { AuthProvider } from "./provider.js";
export type TokenSource = string | (() => string | Promise<string>);
/** Sends `Authorization: Bearer <token>`. */
export declare function bearer(token: TokenSource): AuthProvider;
