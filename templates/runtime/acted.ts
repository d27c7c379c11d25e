// Whether the server may have acted on an attempt that failed. Three answers: it certainly
// did not (the request never left, or it was refused unread), it may have (the answer,
// if any, does not say), or the API answered with an error of its own (it did not do
// what was asked).
import { ApiError, ClientError, NetworkError, TimeoutError } from "./errors.js";

/** Codes of a connection that never opened (refused, no such host, no route): nothing was sent. */
const NOT_SENT_CODES: ReadonlySet<string> = new Set([
  "ECONNREFUSED",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EAI_FAIL",
  "EAI_NONAME",
  "ENETUNREACH",
  "EHOSTUNREACH",
  "EADDRNOTAVAIL",
  "UND_ERR_CONNECT_TIMEOUT",
]);

/** The failed fetch never sent the request. Without a code (browsers say nothing), it may have. */
export function neverSent(error: NetworkError): boolean {
  return error.code !== undefined && NOT_SENT_CODES.has(error.code);
}

/**
 * The status says the request was refused before anything acted on it. Only 429 (RFC
 * 6585 section 4: too many requests, a rate limit refuses the request). 503 is not: the
 * protocol (../shared/reference/protocol.md, "Responses") has proxies answer 502/503/504
 * as plain text and the API answer errors as envelopes, and says of neither that a 503
 * comes before the API acted; a proxy's 503 can follow an upstream that broke off
 * mid-call, and the API's own 503 envelope comes from the API itself.
 */
export function refusedUnread(status: number): boolean {
  return status === 429;
}

/**
 * The answer does not tell whether the server acted: a gateway error or unavailability
 * (502, 503, 504), any 5xx that is not the API's envelope (something in front of the API
 * answered), or a redirect other than 307/308 (a 301/302/303 can follow a POST that was
 * handled). An error envelope with another status is the API reporting its own failure.
 */
export function ambiguousStatus(status: number, envelope: boolean): boolean {
  if (status === 502 || status === 503 || status === 504) return true;
  if (status >= 500) return !envelope;
  return (status >= 300 && status < 400 && status !== 307 && status !== 308) || status === 0;
}

/** The error marked as one after which the call may have been applied (its message says so). */
export function withMayHaveBeenApplied(error: ClientError): ClientError {
  if (error instanceof ApiError && !error.mayHaveBeenApplied) return new ApiError({ ...error, mayHaveBeenApplied: true });
  if (error instanceof NetworkError && !error.mayHaveBeenApplied)
    return new NetworkError(error.endpoint, error.code, error.detail, true);
  return error;
}

/**
 * Why a call whose signal fired while a request was out failed: a timeout is marked as one
 * after which the call may have been applied; a caller's own abort reason stays as it is.
 */
export function abortedInFlight(signal: AbortSignal): unknown {
  const reason: unknown = signal.reason;
  return reason instanceof TimeoutError ? new TimeoutError(reason.endpoint, reason.timeoutMs, true) : reason;
}

/**
 * What the caller of an aborted call sees: why the signal fired, unless the error already
 * says more (a timeout with a request out, a batch that was partly applied). The batch's
 * BatchError is known by its `appliedParts`, not by its class, so a program that calls no
 * batch endpoint does not bundle the class.
 */
export function abortedCallError(signal: AbortSignal, error: unknown): unknown {
  if (!signal.aborted) return error;
  const saysMore = (error instanceof TimeoutError && error.mayHaveBeenApplied) || (error instanceof ClientError && "appliedParts" in error);
  return saysMore ? error : signal.reason;
}
