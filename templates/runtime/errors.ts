// Every failure of a call is one of these, all `instanceof ClientError`. Messages never
// contain credentials: server texts are truncated and redacted before they are kept.
import { reasonFor } from "./reasons.js";

/** The base class of every error the client throws (a caller's abort excepted: that is signal.reason). */
export class ClientError extends Error {
  override name = "ClientError";
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
export class ApiError extends ClientError {
  override name = "ApiError";
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

  constructor(details: ApiErrorDetails) {
    const reason = details.reason ?? reasonFor(details.resultCode, details.resultSubcode);
    const version = details.requestedVersion ?? details.endpointVersion;
    super(
      `${details.endpoint}${version ? ` (v${version})` : ""}: ${details.resultCode}/${details.resultSubcode} ${reason}` +
        (details.resultMsg ? `: ${details.resultMsg}` : ""),
    );
    this.status = details.status;
    this.resultCode = details.resultCode;
    this.resultSubcode = details.resultSubcode;
    this.resultMsg = details.resultMsg;
    this.endpoint = details.endpoint;
    this.endpointVersion = details.endpointVersion;
    this.requestedVersion = details.requestedVersion;
    this.actualVersion = details.actualVersion;
    this.trx = details.trx;
    this.requestId = details.requestId;
    this.errorData = details.errorData;
    this.envelope = details.envelope;
    this.reason = reason;
  }
}

/** No response: connection refused or reset, DNS failure, TLS failure, CORS in browsers. */
export class NetworkError extends ClientError {
  override name = "NetworkError";
  /** The system error code when the platform gives one, e.g. "ECONNREFUSED". */
  readonly code?: string;
  constructor(
    readonly endpoint: string,
    code: string | undefined,
    detail: string,
  ) {
    super(`${endpoint}: network error${code ? ` ${code}` : ""}: ${detail}`);
    this.code = code;
  }
}

/** The call's timeoutMs ran out (retries and logins included). */
export class TimeoutError extends ClientError {
  override name = "TimeoutError";
  constructor(
    readonly endpoint: string,
    readonly timeoutMs: number,
  ) {
    super(`${endpoint}: timed out after ${timeoutMs} ms`);
  }
}

/** A request or response did not match the endpoint's zod schema. */
export class ValidationError extends ClientError {
  override name = "ValidationError";
  constructor(
    readonly endpoint: string,
    readonly direction: "request" | "response",
    /** The bad field, e.g. `data.vaults[0].enabled` or `body[3].task`. */
    readonly path: string,
    readonly issue: string,
  ) {
    super(`${endpoint}: invalid ${direction} at ${path}: ${issue}`);
  }
}

/** Getting credentials failed outside the API itself, e.g. an OpenID Connect token endpoint refused. */
export class AuthError extends ClientError {
  override name = "AuthError";
  constructor(
    message: string,
    readonly status?: number,
    /** The OAuth `error` code, e.g. "invalid_grant". */
    readonly code?: string,
  ) {
    super(message);
  }
}

/** The response body passed the client's maxResponseBytes: the rest was not read. Never retried. */
export class ResponseTooLargeError extends ClientError {
  override name = "ResponseTooLargeError";
  constructor(
    readonly endpoint: string,
    readonly maxResponseBytes: number,
  ) {
    super(`${endpoint}: the response is larger than maxResponseBytes (${maxResponseBytes} bytes); it was not read further`);
  }
}
