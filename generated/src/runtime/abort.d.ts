export interface CallScope {
    readonly signal: AbortSignal;
    /** Stops the deadline timer and unhooks from the caller's signal. */
    dispose(): void;
}
export declare function callScope(endpoint: string, callerSignal: AbortSignal | undefined, timeoutMs: number | undefined): CallScope;
/** Resolves after `ms`, or rejects with `signal.reason` as soon as it aborts. */
export declare function abortableSleep(ms: number, signal?: AbortSignal): Promise<void>;
/**
 * Waits for a promise shared by several callers (a single-flight login) while letting
 * each caller give up on its own signal without cancelling the shared work.
 */
export declare function raceAbort<T>(promise: Promise<T>, signal?: AbortSignal): Promise<T>;
