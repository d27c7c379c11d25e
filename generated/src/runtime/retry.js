import { abortableSleep } from "./abort.js";
const DEFAULT_RETRY = Object.freeze({
  maxAttempts: 4,
  baseDelayMs: 500,
  maxDelayMs: 3e4,
  maxRetryAfterMs: 12e4,
  maxElapsedMs: 3e5,
  statuses: Object.freeze([429, 502, 503, 504]),
  retryNetworkErrors: true,
  random: Math.random,
  sleep: abortableSleep,
  now: Date.now
});
function resolveRetryOptions(options) {
  if (options === false) return { ...DEFAULT_RETRY, maxAttempts: 1 };
  return { ...DEFAULT_RETRY, ...options };
}
function backoffDelay(attempt, options) {
  const ceiling = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** Math.max(0, attempt - 1));
  return Math.floor(options.random() * ceiling);
}
function parseRetryAfter(value, nowMs) {
  if (value === null || value === void 0) return void 0;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1e3;
  if (!/[a-z]/i.test(text)) return void 0;
  const date = Date.parse(text);
  return Number.isNaN(date) ? void 0 : Math.max(0, date - nowMs);
}
function retryDelay(input, options) {
  const retriable = input.status === void 0 ? options.retryNetworkErrors : options.statuses.includes(input.status);
  if (!retriable || input.attempt >= options.maxAttempts) return void 0;
  const now = options.now();
  const asked = parseRetryAfter(input.retryAfter, now);
  const delay = asked !== void 0 ? Math.min(asked, options.maxRetryAfterMs) : backoffDelay(input.attempt, options);
  if (now + delay - input.startedAt > options.maxElapsedMs) return void 0;
  return delay;
}
export {
  DEFAULT_RETRY,
  backoffDelay,
  parseRetryAfter,
  resolveRetryOptions,
  retryDelay
};
