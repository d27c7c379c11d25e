/** The base class of every error the client throws (a caller's abort excepted: that is signal.reason). */
export declare class ClientError extends Error {
    name: string;
}
export interface ApiErrorDetails {
    readonly status: number;
    readonly resultCode: number;
    readonly resultSubcode: number;
    readonly resultMsg: string;
    readonly endpoint: string;
    /** The version the types were generated for. */
    readonly endpointVersion?: string;
    readonly requestedVersion?: string;
    readonly actualVersion?: string;
    readonly trx?: string;
    /** The server's `meta.id`. */
    readonly requestId?: string;
    readonly errorData?: unknown;
    /** False when the body was not the JSON envelope (proxy pages, 415, some 500). */
    readonly envelope: boolean;
    /** Overrides the name looked up from (resultCode, resultSubcode). */
    readonly reason?: string;
    /** The answer does not say whether the server acted on the call (see ApiError.mayHaveBeenApplied). */
    readonly mayHaveBeenApplied?: boolean;
}
/** The server (or a proxy in front of it) answered with an error. */
export declare class ApiError extends ClientError {
    name: string;
    readonly status: number;
    readonly resultCode: number;
    readonly resultSubcode: number;
    readonly resultMsg: string;
    readonly endpoint: string;
    readonly endpointVersion?: string;
    readonly requestedVersion?: string;
    readonly actualVersion?: string;
    readonly trx?: string;
    readonly requestId?: string;
    readonly errorData?: unknown;
    readonly envelope: boolean;
    /** A readable name of (resultCode, resultSubcode), e.g. "invalid_token" for 401/30. */
    readonly reason: string;
    /**
     * True when the server may have acted on the call before this answer (a gateway's
     * 502/504, a 503, a non-envelope 5xx): check before sending it again.
     */
    readonly mayHaveBeenApplied: boolean;
    constructor(details: ApiErrorDetails);
}
/** No (whole) response: connection refused or reset, DNS failure, TLS failure, CORS in browsers. */
export declare class NetworkError extends ClientError {
    readonly endpoint: string;
    /** What the platform said, redacted. */
    readonly detail: string;
    name: string;
    /** The system error code when the platform gives one, e.g. "ECONNREFUSED". */
    readonly code?: string;
    /**
     * True when the request may have reached the server, which may have acted on it before
     * the connection broke; false when it certainly never left (connection refused, DNS failure).
     */
    readonly mayHaveBeenApplied: boolean;
    constructor(endpoint: string, code: string | undefined, 
    /** What the platform said, redacted. */
    detail: string, mayHaveBeenApplied?: boolean);
}
/** The call's timeoutMs ran out (retries and logins included). */
export declare class TimeoutError extends ClientError {
    readonly endpoint: string;
    readonly timeoutMs: number;
    /** True when it ran out while a request was out: the server may have acted on it. */
    readonly mayHaveBeenApplied: boolean;
    name: string;
    constructor(endpoint: string, timeoutMs: number, 
    /** True when it ran out while a request was out: the server may have acted on it. */
    mayHaveBeenApplied?: boolean);
}
/** A request or response did not match the endpoint's zod schema. */
export declare class ValidationError extends ClientError {
    readonly endpoint: string;
    readonly direction: "request" | "response";
    /** The bad field, e.g. `data.vaults[0].enabled` or `body[3].task`. */
    readonly path: string;
    readonly issue: string;
    name: string;
    constructor(endpoint: string, direction: "request" | "response", 
    /** The bad field, e.g. `data.vaults[0].enabled` or `body[3].task`. */
    path: string, issue: string);
}
/** Getting credentials failed outside the API itself, e.g. an OpenID Connect token endpoint refused. */
export declare class AuthError extends ClientError {
    readonly status?: number | undefined;
    /** The OAuth `error` code, e.g. "invalid_grant". */
    readonly code?: string | undefined;
    name: string;
    constructor(message: string, status?: number | undefined, 
    /** The OAuth `error` code, e.g. "invalid_grant". */
    code?: string | undefined);
}
export interface BatchErrorDetails {
    readonly endpoint: string;
    /** Requests the batch was split into. */
    readonly parts: number;
    /** Requests that succeeded, the first ones: their items were applied. */
    readonly appliedParts: number;
    /** Items in the applied parts: items [0, appliedItems) of the array were applied. */
    readonly appliedItems: number;
    readonly items: number;
    /** The merged answers of the applied parts. */
    readonly applied: unknown;
    /** Why the next part failed. */
    readonly cause: ClientError;
}
/**
 * A batch split into several requests failed after some of them succeeded: the server
 * applied the items of those, and the call cannot be repeated as a whole.
 */
export declare class BatchError extends ClientError {
    name: string;
    readonly endpoint: string;
    readonly parts: number;
    readonly appliedParts: number;
    readonly appliedItems: number;
    readonly items: number;
    readonly applied: unknown;
    /** Always true: at least the first part was applied. */
    readonly mayHaveBeenApplied = true;
    readonly cause: ClientError;
    constructor(details: BatchErrorDetails);
}
/** The response body passed the client's maxResponseBytes: the rest was not read. Never retried. */
export declare class ResponseTooLargeError extends ClientError {
    readonly endpoint: string;
    readonly maxResponseBytes: number;
    name: string;
    constructor(endpoint: string, maxResponseBytes: number);
}
