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
  /** The answer does not say whether the server acted on the call (see ApiError.mayHaveBeenApplied). */
  readonly mayHaveBeenApplied?: boolean;
}

/** Said in the message of an error after which the server may have done what was asked. */
const MAY_HAVE_BEEN_APPLIED = " (the call may have been applied)";

/** The server (or a proxy in front of it) answered with an error. */
export class ApiError extends ClientError {
  override name = "ApiError";
  readonly status!: number;
  readonly resultCode!: number;
  readonly resultSubcode!: number;
  readonly resultMsg!: string;
  readonly endpoint!: string;
  readonly endpointVersion?: string;
  readonly requestedVersion?: string;
  readonly actualVersion?: string;
  readonly trx?: string;
  readonly requestId?: string;
  readonly errorData?: unknown;
  readonly envelope!: boolean;
  /** A readable name of (resultCode, resultSubcode), e.g. "invalid_token" for 401/30. */
  readonly reason!: string;
  /**
   * True when the server may have acted on the call before this answer (a gateway's
   * 502/504, a 503, a non-envelope 5xx): check before sending it again.
   */
  readonly mayHaveBeenApplied!: boolean;

  constructor(details: ApiErrorDetails) {
    const reason = details.reason ?? reasonFor(details.resultCode, details.resultSubcode);
    const version = details.requestedVersion ?? details.endpointVersion;
    const mayHaveBeenApplied = details.mayHaveBeenApplied ?? false;
    super(
      `${details.endpoint}${version ? ` (v${version})` : ""}: ${details.resultCode}/${details.resultSubcode} ${reason}` +
        (details.resultMsg ? `: ${details.resultMsg}` : "") +
        (mayHaveBeenApplied ? MAY_HAVE_BEEN_APPLIED : ""),
    );
    // Every detail becomes the field of the same name (the fields above list them).
    Object.assign(this, details, { reason, mayHaveBeenApplied });
  }
}

/** No (whole) response: connection refused or reset, DNS failure, TLS failure, CORS in browsers. */
export class NetworkError extends ClientError {
  override name = "NetworkError";
  /** The system error code when the platform gives one, e.g. "ECONNREFUSED". */
  readonly code?: string;
  /**
   * True when the request may have reached the server, which may have acted on it before
   * the connection broke; false when it certainly never left (connection refused, DNS failure).
   */
  readonly mayHaveBeenApplied: boolean;
  constructor(
    readonly endpoint: string,
    code: string | undefined,
    /** What the platform said, redacted. */
    readonly detail: string,
    mayHaveBeenApplied = false,
  ) {
    super(`${endpoint}: network error${code ? ` ${code}` : ""}: ${detail}${mayHaveBeenApplied ? MAY_HAVE_BEEN_APPLIED : ""}`);
    this.code = code;
    this.mayHaveBeenApplied = mayHaveBeenApplied;
  }
}

/** The call's timeoutMs ran out (retries and logins included). */
export class TimeoutError extends ClientError {
  override name = "TimeoutError";
  constructor(
    readonly endpoint: string,
    readonly timeoutMs: number,
    /** True when it ran out while a request was out: the server may have acted on it. */
    readonly mayHaveBeenApplied = false,
  ) {
    super(`${endpoint}: timed out after ${timeoutMs} ms${mayHaveBeenApplied ? MAY_HAVE_BEEN_APPLIED : ""}`);
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

export interface BatchErrorDetails {
  readonly endpoint: string;
  /** Requests the batch was split into. */
  readonly parts: number;
  /** Requests that succeeded, the first ones: their items were applied. */
  readonly appliedParts: number;
  /** Items in the applied parts: items [0, appliedItems) of the array were applied. */
  readonly appliedItems: number;
  readonly items: number;
  /** The merged answers of the applied parts. */
  readonly applied: unknown;
  /** Why the next part failed. */
  readonly cause: ClientError;
}

/**
 * A batch split into several requests failed after some of them succeeded: the server
 * applied the items of those, and the call cannot be repeated as a whole.
 */
export class BatchError extends ClientError {
  override name = "BatchError";
  readonly endpoint!: string;
  readonly parts!: number;
  readonly appliedParts!: number;
  readonly appliedItems!: number;
  readonly items!: number;
  readonly applied!: unknown;
  /** Always true: at least the first part was applied. */
  readonly mayHaveBeenApplied = true;
  override readonly cause!: ClientError;

  constructor(details: BatchErrorDetails) {
    const failed = details.appliedParts + 1;
    super(
      `${details.endpoint}: the batch was sent in ${details.parts} parts; ` +
        `${details.appliedParts === 1 ? "part 1 was" : `parts 1-${details.appliedParts} were`} applied ` +
        `(items 1-${details.appliedItems} of ${details.items}), part ${failed} failed: ${details.cause.message}`,
      { cause: details.cause },
    );
    Object.assign(this, details);
  }
}

/** The response body passed the client's maxResponseBytes: the rest was not read. Never retried. */
export class ResponseTooLargeError extends ClientError {
  override name = "ResponseTooLargeError";
  constructor(
    readonly endpoint: string,
    readonly maxResponseBytes: number,
  ) {
    super(`${endpoint}: the response is larger than maxResponseBytes (${maxResponseBytes} bytes)`);
  }
}
