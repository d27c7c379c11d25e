export interface RetryOptions {
    /** Attempts in all, the first included (1 = never retry). */
    readonly maxAttempts: number;
    /** The first backoff's upper bound; doubles per attempt. */
    readonly baseDelayMs: number;
    /** Upper bound of one computed backoff. */
    readonly maxDelayMs: number;
    /** Upper bound of one wait asked for by Retry-After. */
    readonly maxRetryAfterMs: number;
    /** No retry starts when it would end later than this after the first attempt began. */
    readonly maxElapsedMs: number;
    /** HTTP statuses worth another attempt (only 429 for a call that is not idempotent). */
    readonly statuses: readonly number[];
    /** Retry when fetch failed without a response. */
    readonly retryNetworkErrors: boolean;
    /** In [0, 1); injectable for tests. */
    readonly random: () => number;
    /** Injectable for tests; must reject with signal.reason when the signal aborts. */
    readonly sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
    /** Milliseconds since the epoch; injectable for tests. */
    readonly now: () => number;
}
export declare const DEFAULT_RETRY: RetryOptions;
/** `false` disables retries; a partial object overrides the defaults. */
export declare function resolveRetryOptions(options: Partial<RetryOptions> | false | undefined): RetryOptions;
/** Full jitter: uniform in [0, min(maxDelay, base * 2^(attempt-1))). `attempt` is the one that failed, from 1. */
export declare function backoffDelay(attempt: number, options: RetryOptions): number;
/** Milliseconds asked for by a Retry-After header (delta-seconds or an HTTP date), or undefined. */
export declare function parseRetryAfter(value: string | null | undefined, nowMs: number): number | undefined;
export interface RetryDecisionInput {
    /** The attempt that just failed, from 1. */
    readonly attempt: number;
    /** When the first attempt started (options.now() clock). */
    readonly startedAt: number;
    /** The status when there was a response; undefined for a network error. */
    readonly status?: number;
    readonly retryAfter?: string | null;
}
/** Milliseconds to wait before the next attempt, or undefined when the call must not be retried. */
export declare function retryDelay(input: RetryDecisionInput, options: RetryOptions): number | undefined;
