/** Where a value failed a check and why: what a failed {@link Validator} reports. */
export interface ValidationIssue {
    /** Keys from the checked value down to the bad part, e.g. ["vaults", 0, "enabled"]. */
    readonly path: readonly PropertyKey[];
    readonly message: string;
}
/**
 * What the runtime needs of a validator: zod schemas satisfy it (the generated ones are
 * zod 4). Structural, so the runtime's declarations never make tsc load zod's.
 */
export interface Validator {
    safeParse(value: unknown): {
        readonly success: true;
    } | {
        readonly success: false;
        readonly error: {
            readonly issues: readonly ValidationIssue[];
        };
    };
}
export interface EndpointInfo {
    /** `service.action`, e.g. "users.get_vaults". */
    readonly name: string;
    /** The endpoint version whose types apply, e.g. "2.13" (metadata, used in errors). */
    readonly version: string;
    /** false: no credentials are sent. */
    readonly authorize: boolean;
    /**
     * A batch endpoint: its body is an array, sent by this (the runtime's sendJsonLines, as
     * application/json-lines, one item per line). Named here rather than built into the
     * transport, so a program that calls no batch endpoint bundles none of it.
     */
    readonly batch?: BatchSender;
    /** The server answers with a file (text/plain, text/csv): the call resolves with the text. */
    readonly textResponse?: boolean;
    /**
     * May be sent again after a failure the server may have acted on; undefined: decided by
     * the name (see idempotency.ts). A caller's option overrides it.
     */
    readonly idempotent?: boolean;
}
/** Sends one request of a batch (one json-lines body); resolves with the answer's data. */
export type SendPart = (payload: string, contentType: string) => Promise<unknown>;
/** Sends a batch endpoint's items with `send`, in bodies of at most `maxBytes` (default: the protocol's limit). */
export type BatchSender = (endpoint: string, items: unknown, maxBytes: number | undefined, send: SendPart, signal: AbortSignal) => Promise<unknown>;
/** `{baseUrl}/v{apiVersion}/{name}`, or the version-less `{baseUrl}/{name}` (the server's maximum). */
export declare function endpointUrl(baseUrl: string, name: string, apiVersion?: string): string;
