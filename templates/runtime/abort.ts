// One AbortSignal per call that fires on the caller's abort or on the call's deadline,
// whichever comes first, and tells which one it was.
import { TimeoutError } from "./errors.js";

export interface CallScope {
  readonly signal: AbortSignal;
  /** Stops the deadline timer and unhooks from the caller's signal. */
  dispose(): void;
}

export function callScope(
  endpoint: string,
  callerSignal: AbortSignal | undefined,
  timeoutMs: number | undefined,
): CallScope {
  const controller = new AbortController();
  const onCallerAbort = () => controller.abort(callerSignal?.reason);
  if (callerSignal?.aborted) controller.abort(callerSignal.reason);
  else callerSignal?.addEventListener("abort", onCallerAbort, { once: true });
  let timer: ReturnType<typeof setTimeout> | undefined;
  if (timeoutMs !== undefined && timeoutMs > 0 && Number.isFinite(timeoutMs) && !controller.signal.aborted) {
    timer = setTimeout(() => controller.abort(new TimeoutError(endpoint, timeoutMs)), timeoutMs);
  }
  return {
    signal: controller.signal,
    dispose() {
      if (timer !== undefined) clearTimeout(timer);
      callerSignal?.removeEventListener("abort", onCallerAbort);
    },
  };
}

/** Resolves after `ms`, or rejects with `signal.reason` as soon as it aborts. */
export function abortableSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}

/**
 * Waits for a promise shared by several callers (a single-flight login) while letting
 * each caller give up on its own signal without cancelling the shared work.
 */
export function raceAbort<T>(promise: Promise<T>, signal?: AbortSignal): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) {
    // Nobody waits for the shared work now; its failure must not surface as unhandled.
    promise.catch(() => undefined);
    return Promise.reject(signal.reason);
  }
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener("abort", onAbort));
  });
}
