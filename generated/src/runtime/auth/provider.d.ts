import type { EndpointInfo } from "../endpoint.js";
import type { ApiError } from "../errors.js";
import type { LogEvent } from "../log.js";
/** What the transport lends a provider to obtain credentials. */
export interface AuthChannel {
    /**
     * Calls an API endpoint (e.g. auth.login) with exactly `headers` as credentials,
     * bypassing the provider; resolves with the envelope's data or throws ApiError etc.
     * Runs under the transport's own timeout, not a caller's signal, so a shared login
     * survives the caller that started it giving up.
     */
    callApi(endpoint: EndpointInfo, body: unknown, headers: Record<string, string>): Promise<unknown>;
    log(event: LogEvent): void;
    /** The transport's fetch, for requests outside the API (see postForm in post-form.ts). */
    readonly fetch: typeof fetch;
    /** The client's timeoutMs and maxResponseBytes, which bound such requests too. */
    readonly timeoutMs?: number;
    readonly maxResponseBytes: number;
}
/** What a form POST (post-form.ts) answered. */
export interface FormResponse {
    readonly status: number;
    readonly text: string;
}
export interface AuthContext {
    /** The call that needs credentials. */
    readonly endpoint: EndpointInfo;
    /** The call's signal (caller abort or timeout): a provider stops waiting when it fires. */
    readonly signal: AbortSignal;
    readonly channel: AuthChannel;
    /** For onUnauthorized: the headers this provider gave for the rejected attempt. */
    readonly sent?: Readonly<Record<string, string>>;
}
export interface AuthProvider {
    /** Credentials for one attempt of an authorized call, e.g. `{ Authorization: "Bearer …" }`. */
    headers(ctx: AuthContext): Promise<Record<string, string>>;
    /** A call got 401: renew what can be renewed; true sends the call once more with fresh headers. */
    onUnauthorized?(ctx: AuthContext, error: ApiError): Promise<boolean>;
}
