export type LogEvent = {
    readonly type: "request";
    readonly endpoint: string;
    readonly url: string;
    readonly attempt: number;
    readonly headers: Readonly<Record<string, string>>;
    readonly bodyBytes: number;
} | {
    readonly type: "response";
    readonly endpoint: string;
    readonly url: string;
    readonly attempt: number;
    readonly status: number;
    readonly resultCode?: number;
    readonly resultSubcode?: number;
    readonly trx?: string;
    /** The version asked for and the endpoint version the server ran (meta.endpoint). */
    readonly requestedVersion?: string;
    readonly actualVersion?: string;
    readonly durationMs: number;
} | {
    readonly type: "network-error";
    readonly endpoint: string;
    readonly url: string;
    readonly attempt: number;
    readonly message: string;
    readonly durationMs: number;
} | {
    readonly type: "retry";
    readonly endpoint: string;
    /** The attempt that failed. */
    readonly attempt: number;
    readonly delayMs: number;
    /** e.g. "status 503" or "network ECONNREFUSED". */
    readonly cause: string;
} | {
    readonly type: "reauthorize";
    readonly endpoint: string;
    readonly reason: string;
} | {
    readonly type: "login";
    /** "keySecret" or "oidc". */
    readonly provider: string;
    /** auth.login, or the OpenID Connect grant type. */
    readonly method: string;
    readonly outcome: "success" | "failure";
    readonly durationMs: number;
    /** Short, secret-free description of a failure. */
    readonly error?: string;
};
export type Logger = (event: LogEvent) => void;
/** Calls the logger without letting a faulty logger break the call. */
export declare function emit(logger: Logger | undefined, event: LogEvent): void;
