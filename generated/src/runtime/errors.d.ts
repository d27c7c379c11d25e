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
    constructor(details: ApiErrorDetails);
}
/** No response: connection refused or reset, DNS failure, TLS failure, CORS in browsers. */
export declare class NetworkError extends ClientError {
    readonly endpoint: string;
    name: string;
    /** The system error code when the platform gives one, e.g. "ECONNREFUSED". */
    readonly code?: string;
    constructor(endpoint: string, code: string | undefined, detail: string);
}
/** The call's timeoutMs ran out (retries and logins included). */
export declare class TimeoutError extends ClientError {
    readonly endpoint: string;
    readonly timeoutMs: number;
    name: string;
    constructor(endpoint: string, timeoutMs: number);
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
