import type { AuthProvider } from "./auth/provider.js";
import { type EndpointInfo } from "./endpoint.js";
import { type IdempotentEndpoints } from "./idempotency.js";
import { type LogEvent } from "./log.js";
import { type RetryOptions } from "./retry.js";
import type { Validators } from "./validation.js";
export interface ClientOptions {
    /** e.g. "https://api.clear.ml" or "http://localhost:8008"; a trailing "/" is fine. */
    baseUrl: string;
    /** Sent in the path as /v{apiVersion}/; omitted: the server's maximum version. */
    apiVersion?: string;
    auth?: AuthProvider;
    /** Defaults to the global fetch. */
    fetch?: typeof fetch;
    /** Whole-call limit in milliseconds, retries and logins included (default: none). */
    timeoutMs?: number;
    retry?: Partial<RetryOptions> | false;
    /**
     * zod checks of requests and responses: `validators` from `<package>/zod`, both ways, or
     * `{ validators, request?, response? }` for one way only. Default: off, and a program that
     * never imports the validators bundles neither zod nor the checks. `false`: off.
     */
    validate?: false | Validators | {
        validators: Validators;
        request?: boolean;
        response?: boolean;
    };
    /** Sent with every call. */
    headers?: Record<string, string>;
    /** X-ClearML-Client, e.g. "my-tool-1.2". */
    clientName?: string;
    /** X-ClearML-Worker. */
    worker?: string;
    /** X-ClearML-Impersonate-As: act with the identity and role of this user id. */
    impersonateAs?: string;
    /** X-ClearML-Act-As: act with the identity of this user id and the caller's role. */
    actAs?: string;
    logger?: (event: LogEvent) => void;
    /** Largest json-lines body of a batch call before it is split (default 15 MiB, the protocol's limit). */
    batchMaxBytes?: number;
    /**
     * Endpoints ("service.action") that may (true) or may not (false) be sent again after a
     * failure the server may have acted on; overrides the `get_*` name rule.
     */
    idempotent?: IdempotentEndpoints;
    /**
     * Largest response body, counted after decompression (default 64 MiB): a larger one is
     * cancelled and the call fails with ResponseTooLargeError (not retried).
     */
    maxResponseBytes?: number;
}
export interface CallOptions {
    signal?: AbortSignal;
    /** Overrides the client's timeoutMs for this call. */
    timeoutMs?: number;
    headers?: Record<string, string>;
    /** X-ClearML-Trx: the server echoes it as meta.trx. */
    trx?: string;
    /** Turns the client's validators on or off for this call, both ways (on needs the client's `validate`). */
    validate?: boolean;
    /**
     * Whether this call may be sent again after a failure the server may have acted on (a
     * 502, 503 or 504, a connection broken after sending). Default: the client's
     * `idempotent` entry for the endpoint, else true for `get_*` actions but `get_next_*`.
     */
    idempotent?: boolean;
}
export interface Transport {
    /** What the transport was created with; printing it shows no secrets. */
    readonly options: Readonly<ClientOptions>;
    /** Resolves with the envelope's `data` (the text for textResponse endpoints). */
    call<T>(endpoint: EndpointInfo, body: unknown, callOptions?: CallOptions): Promise<T>;
}
/**
 * A transport is a closure, not a class: what it holds (options, fetch, the provider) is
 * reachable only through the functions below, and a bundle carries short local names
 * instead of private field names.
 */
export declare function createTransport(options: ClientOptions): Transport;
