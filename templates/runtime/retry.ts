// When and how long to wait before sending a failed call again.
//
// Whether a failed call may be sent again at all is the transport's decision (acted.ts,
// idempotency.ts): every call is a POST, so a call is resent only when the server
// certainly did not act on it, or when acting twice does no harm. This module decides
// which failures are worth another attempt (the statuses in `statuses` and connection
// failures) and how long to wait: exponential backoff with full jitter; Retry-After, when
// the server sends one, replaces the computed wait (capped). The caller's AbortSignal and
// the call's timeout end a wait at once.
import { abortableSleep } from "./abort.js";

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

export const DEFAULT_RETRY: RetryOptions = Object.freeze({
  maxAttempts: 4,
  baseDelayMs: 500,
  maxDelayMs: 30_000,
  maxRetryAfterMs: 120_000,
  maxElapsedMs: 300_000,
  statuses: Object.freeze([429, 502, 503, 504]),
  retryNetworkErrors: true,
  random: Math.random,
  sleep: abortableSleep,
  now: Date.now,
});

/** `false` disables retries; a partial object overrides the defaults. */
export function resolveRetryOptions(options: Partial<RetryOptions> | false | undefined): RetryOptions {
  if (options === false) return { ...DEFAULT_RETRY, maxAttempts: 1 };
  return { ...DEFAULT_RETRY, ...options };
}

/** Full jitter: uniform in [0, min(maxDelay, base * 2^(attempt-1))). `attempt` is the one that failed, from 1. */
export function backoffDelay(attempt: number, options: RetryOptions): number {
  const ceiling = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** Math.max(0, attempt - 1));
  return Math.floor(options.random() * ceiling);
}

/** Milliseconds asked for by a Retry-After header (delta-seconds or an HTTP date), or undefined. */
export function parseRetryAfter(value: string | null | undefined, nowMs: number): number | undefined {
  if (value === null || value === undefined) return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  if (!/[a-z]/i.test(text)) return undefined;
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : Math.max(0, date - nowMs);
}

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
export function retryDelay(input: RetryDecisionInput, options: RetryOptions): number | undefined {
  const retriable = input.status === undefined ? options.retryNetworkErrors : options.statuses.includes(input.status);
  if (!retriable || input.attempt >= options.maxAttempts) return undefined;
  const now = options.now();
  const asked = parseRetryAfter(input.retryAfter, now);
  const delay = asked !== undefined ? Math.min(asked, options.maxRetryAfterMs) : backoffDelay(input.attempt, options);
  if (now + delay - input.startedAt > options.maxElapsedMs) return undefined;
  return delay;
}
