// Sends calls to the API: builds the URL and headers, gets credentials from the auth
// provider, retries what is safe to retry, parses the envelope and turns failures into
// ClientErrors. One transport per client; it holds no per-call state.
import { callScope, raceAbort } from "./abort.js";
import type { AuthChannel, AuthContext, AuthProvider } from "./auth/provider.js";
import { endpointUrl, type EndpointInfo } from "./endpoint.js";
import { withAccept } from "./accept.js";
import { abortedCallError, abortedInFlight, ambiguousStatus, neverSent, refusedUnread, withMayHaveBeenApplied } from "./acted.js";
import { readBodyText, resolveMaxResponseBytes } from "./body-limit.js";
import { ApiError, ClientError, NetworkError, ResponseTooLargeError } from "./errors.js";
import { checkHeaders } from "./header-check.js";
import { isIdempotent, type IdempotentEndpoints } from "./idempotency.js";
import { utf8Length } from "./json-lines.js";
import { parseEnvelope, type EnvelopeMeta } from "./envelope.js";
import { parseVersion } from "./pick-version.js";
import { emit, type LogEvent } from "./log.js";
import { redactedOptions } from "./options-view.js";
import { discardBody, isRedirect, NO_REDIRECT, redirectError } from "./redirect.js";
import { redactHeaders, redactUrl } from "./redact.js";
import { resolveRetryOptions, retryDelay, type RetryOptions } from "./retry.js";
import { apiErrorFromResponse, networkError, type ResponseInfo } from "./response-errors.js";
import { refuseUrlCredentials } from "./url-credentials.js";
import type { Validators } from "./validation.js";

export interface ClientOptions {
  /** e.g. "https://api.clear.ml" or "http://localhost:8008"; a trailing "/" is fine. */
  baseUrl: string;
  /** Sent in the path as /v{apiVersion}/; omitted: the server's maximum version. */
  apiVersion?: string;
  auth?: AuthProvider;
  /** Defaults to the global fetch. */
  fetch?: typeof fetch;
  /** Whole-call limit in milliseconds, retries and logins included (default: none). */
  timeoutMs?: number;
  retry?: Partial<RetryOptions> | false;
  /**
   * zod checks of requests and responses: `validators` from `<package>/zod`, both ways, or
   * `{ validators, request?, response? }` for one way only. Default: off, and a program that
   * never imports the validators bundles neither zod nor the checks. `false`: off.
   */
  validate?: false | Validators | { validators: Validators; request?: boolean; response?: boolean };
  /** Sent with every call. */
  headers?: Record<string, string>;
  /** X-ClearML-Client, e.g. "my-tool-1.2". */
  clientName?: string;
  /** X-ClearML-Worker. */
  worker?: string;
  /** X-ClearML-Impersonate-As: act with the identity and role of this user id. */
  impersonateAs?: string;
  /** X-ClearML-Act-As: act with the identity of this user id and the caller's role. */
  actAs?: string;
  logger?: (event: LogEvent) => void;
  /** Largest json-lines body of a batch call before it is split (default 15 MiB, the protocol's limit). */
  batchMaxBytes?: number;
  /**
   * Endpoints ("service.action") that may (true) or may not (false) be sent again after a
   * failure the server may have acted on; overrides the `get_*` name rule.
   */
  idempotent?: IdempotentEndpoints;
  /**
   * Largest response body, counted after decompression (default 64 MiB): a larger one is
   * cancelled and the call fails with ResponseTooLargeError (not retried).
   */
  maxResponseBytes?: number;
}

export interface CallOptions {
  signal?: AbortSignal;
  /** Overrides the client's timeoutMs for this call. */
  timeoutMs?: number;
  headers?: Record<string, string>;
  /** X-ClearML-Trx: the server echoes it as meta.trx. */
  trx?: string;
  /** Turns the client's validators on or off for this call, both ways (on needs the client's `validate`). */
  validate?: boolean;
  /**
   * Whether this call may be sent again after a failure the server may have acted on (a
   * 502, 503 or 504, a connection broken after sending). Default: the client's
   * `idempotent` entry for the endpoint, else true for `get_*` actions but `get_next_*`.
   */
  idempotent?: boolean;
}

export interface Transport {
  /** What the transport was created with; printing it shows no secrets. */
  readonly options: Readonly<ClientOptions>;
  /** Resolves with the envelope's `data` (the text for textResponse endpoints). */
  call<T>(endpoint: EndpointInfo, body: unknown, callOptions?: CallOptions): Promise<T>;
}

const VALIDATE_HINT = "pass `validate: validators`, from the package's /zod entry";

interface ValidateSetting {
  readonly validators: Validators;
  readonly request: boolean;
  readonly response: boolean;
}

/** The client's `validate` option, checked: `true` cannot work without the validators, so it is an error saying what to pass. */
function validateSetting(option: ClientOptions["validate"]): ValidateSetting | undefined {
  if (option === undefined || option === false) return undefined;
  if (isValidators(option)) return { validators: option, request: true, response: true };
  if (typeof option === "object" && option !== null && isValidators(option.validators)) {
    return { validators: option.validators, request: option.request ?? false, response: option.response ?? false };
  }
  throw new ClientError(`createTransport: validate: ${VALIDATE_HINT}`);
}

function isValidators(value: unknown): value is Validators {
  const v = value as Partial<Validators> | null | undefined;
  return typeof v === "object" && v !== null && typeof v.endpoints === "object" && typeof v.check?.request === "function";
}

interface Attempt {
  readonly ok: boolean;
  readonly data?: unknown;
  readonly error?: ClientError;
  /** For retry decisions: undefined when no (whole) response arrived. */
  readonly status?: number;
  readonly retryAfter?: string | null;
  /** The server certainly did not act: safe to send again whatever the endpoint does. */
  readonly notActed?: boolean;
  /** Nothing says whether the server acted: sent again only if the call is idempotent. */
  readonly ambiguous?: boolean;
}

/**
 * A transport is a closure, not a class: what it holds (options, fetch, the provider) is
 * reachable only through the functions below, and a bundle carries short local names
 * instead of private field names.
 */
export function createTransport(options: ClientOptions): Transport {
  if (!options || typeof options.baseUrl !== "string" || options.baseUrl.trim() === "") {
    throw new ClientError("createTransport: baseUrl is required");
  }
  refuseUrlCredentials("createTransport: baseUrl", options.baseUrl);
  const { apiVersion, baseUrl, timeoutMs } = options;
  if (apiVersion !== undefined) parseVersion(apiVersion);
  if (options.impersonateAs !== undefined && options.actAs !== undefined) {
    throw new ClientError("createTransport: impersonateAs and actAs cannot be used together");
  }
  if (typeof (options.fetch ?? globalThis.fetch) !== "function")
    throw new ClientError("createTransport: no fetch available; pass options.fetch");
  // Browsers' fetch throws "Illegal invocation" when called with another `this`.
  const fetchImpl = options.fetch ?? globalThis.fetch.bind(globalThis);
  const frozen: Readonly<ClientOptions> = Object.freeze({ ...options, headers: options.headers && Object.freeze({ ...options.headers }) });
  const view = redactedOptions(frozen);
  const retry = resolveRetryOptions(options.retry);
  const maxResponseBytes = resolveMaxResponseBytes(options.maxResponseBytes);
  const clientHeaders = Object.freeze(defaultHeaders(options));
  checkHeaders("createTransport", clientHeaders);
  // Without impersonation: a provider's login gets the caller's own token, not the target's.
  const loginHeaders = Object.freeze(defaultHeaders({ ...options, impersonateAs: undefined, actAs: undefined }));
  const validate = validateSetting(options.validate);
  const log = (event: LogEvent) => emit(frozen.logger, event);
  const channel: AuthChannel = {
    // A call with exactly these credentials (auth.login), under the transport's own timeout.
    async callApi(endpoint, body, credentials) {
      const scope = callScope(endpoint.name, undefined, timeoutMs);
      try {
        return await send(endpoint, body, credentials, scope.signal, false, isIdempotent(endpoint, undefined, frozen.idempotent));
      } catch (error) {
        throw scope.signal.aborted ? scope.signal.reason : error;
      } finally {
        scope.dispose();
      }
    },
    log,
    fetch: fetchImpl,
    timeoutMs,
    maxResponseBytes,
  };

  async function send(
    endpoint: EndpointInfo,
    body: unknown,
    headers: Record<string, string>,
    signal: AbortSignal,
    useAuth: boolean,
    idempotent: boolean,
  ): Promise<unknown> {
    const post = (payload: string, contentType: string) =>
      exchange(endpoint, payload, contentType, headers, signal, useAuth, idempotent);
    return endpoint.batch
      ? endpoint.batch(endpoint.name, body, frozen.batchMaxBytes, post, signal)
      : post(encodeJson(endpoint.name, body), "application/json");
  }

  async function exchange(
    endpoint: EndpointInfo,
    payload: string,
    contentType: string,
    callHeaders: Record<string, string>,
    signal: AbortSignal,
    useAuth: boolean,
    idempotent: boolean,
  ): Promise<unknown> {
    const url = endpointUrl(baseUrl, endpoint.name, apiVersion);
    const auth = useAuth && endpoint.authorize ? frozen.auth : undefined;
    const startedAt = retry.now();
    const ctx: AuthContext = { endpoint, signal, channel };
    let reauthorized = false;
    for (let attempt = 1; ; attempt++) {
      // Checked before credentials: an abandoned call must not start a login.
      if (signal.aborted) throw signal.reason;
      // Rebuilt per attempt: a retry after a login carries the new token.
      const credentials = auth ? await raceAbort(auth.headers(ctx), signal) : {};
      const headers = withAccept(endpoint, { ...(useAuth ? clientHeaders : loginHeaders), "Content-Type": contentType, ...callHeaders, ...credentials });
      checkHeaders(endpoint.name, headers);
      const result = await attemptOnce(endpoint, url, payload, headers, signal, attempt);
      if (result.ok) return result.data;
      const error = result.error as ClientError;
      if (auth?.onUnauthorized && error instanceof ApiError && (error.status === 401 || error.resultCode === 401) && !reauthorized) {
        reauthorized = true;
        log({ type: "reauthorize", endpoint: endpoint.name, reason: error.reason });
        if (await raceAbort(auth.onUnauthorized({ ...ctx, sent: credentials }, error), signal)) {
          attempt--;
          continue;
        }
        throw error;
      }
      // Sent again only when the server certainly did not act, or acting twice is harmless;
      // a body over maxResponseBytes would be as large again.
      const delay = !(error instanceof ResponseTooLargeError) && (result.notActed || idempotent)
        ? retryDelay({ attempt, startedAt, status: result.status, retryAfter: result.retryAfter }, retry)
        : undefined;
      if (delay === undefined) throw result.ambiguous ? withMayHaveBeenApplied(error) : error;
      log({
        type: "retry",
        endpoint: endpoint.name,
        attempt,
        delayMs: delay,
        cause: result.status === undefined ? `network ${(error as NetworkError).code ?? "error"}` : `status ${result.status}`,
      });
      await retry.sleep(delay, signal);
    }
  }

  async function attemptOnce(
    endpoint: EndpointInfo,
    url: string,
    payload: string,
    headers: Record<string, string>,
    signal: AbortSignal,
    attempt: number,
  ): Promise<Attempt> {
    const shown = { endpoint: endpoint.name, url: redactUrl(url), attempt };
    if (frozen.logger) log({ type: "request", ...shown, headers: redactHeaders(headers), bodyBytes: utf8Length(payload) });
    const started = retry.now();
    const durationMs = () => retry.now() - started;
    const logResponse = (status: number, meta: EnvelopeMeta | undefined) =>
      log({
        type: "response",
        ...shown,
        status,
        resultCode: meta?.resultCode,
        resultSubcode: meta?.resultSubcode,
        trx: meta?.trx,
        requestedVersion: meta?.requestedVersion,
        actualVersion: meta?.actualVersion,
        durationMs: durationMs(),
      });
    let response: Response;
    try {
      response = await fetchImpl(url, { method: "POST", headers, body: payload, signal, redirect: NO_REDIRECT });
    } catch (error) {
      if (signal.aborted) throw abortedInFlight(signal);
      const failure = networkError(endpoint.name, error, headers);
      const notActed = neverSent(failure);
      log({ type: "network-error", ...shown, message: failure.message, durationMs: durationMs() });
      return { ok: false, error: failure, notActed, ambiguous: !notActed };
    }
    const status = response.status;
    if (isRedirect(response)) {
      discardBody(response);
      logResponse(status, undefined);
      // Not worth another attempt (3xx is no retry status); the API never redirects.
      return { ok: false, error: redirectError(endpoint, response, url), status, ambiguous: ambiguousStatus(status, false) };
    }
    let text: string;
    try {
      text = await readBodyText(response, maxResponseBytes, endpoint.name);
    } catch (error) {
      if (signal.aborted) throw abortedInFlight(signal);
      if (error instanceof ResponseTooLargeError) return { ok: false, error, status };
      // The server got the request and started answering: it may have acted on it.
      return { ok: false, error: networkError(endpoint.name, error, headers), ambiguous: true };
    }
    const asText = endpoint.textResponse && response.ok;
    const envelope = asText ? undefined : parseEnvelope(text);
    logResponse(status, envelope?.meta);
    if (asText) return { ok: true, data: text };
    const code = envelope?.meta.resultCode ?? status;
    if (envelope && response.ok && code >= 200 && code < 300) return { ok: true, data: envelope.data };
    const info: ResponseInfo = { status, contentType: response.headers.get("content-type"), text, envelope };
    return {
      ok: false,
      error: apiErrorFromResponse(endpoint, info, headers),
      status,
      retryAfter: response.headers.get("retry-after"),
      notActed: refusedUnread(status),
      ambiguous: ambiguousStatus(status, envelope !== undefined),
    };
  }

  return {
    options: view,
    async call<T>(endpoint: EndpointInfo, body: unknown, callOptions: CallOptions = {}): Promise<T> {
      const scope = callScope(endpoint.name, callOptions.signal, callOptions.timeoutMs ?? timeoutMs);
      try {
        const both = callOptions.validate;
        if (both && !validate) throw new ClientError(`${endpoint.name}: validate needs the client's validators: ${VALIDATE_HINT}`);
        const checks = validate?.validators;
        if (checks && (both ?? validate.request)) checks.check.request(checks.endpoints, endpoint, apiVersion, body);
        const headers = { ...callOptions.headers };
        if (callOptions.trx !== undefined) headers["X-ClearML-Trx"] = callOptions.trx;
        // Before any login: a call that cannot be sent must not cause one.
        checkHeaders(endpoint.name, headers);
        const idempotent = isIdempotent(endpoint, callOptions.idempotent, frozen.idempotent);
        const data = await send(endpoint, body, headers, scope.signal, true, idempotent);
        if (checks && (both ?? validate.response) && !endpoint.textResponse) checks.check.response(checks.endpoints, endpoint, data);
        return data as T;
      } catch (error) {
        // Whatever was in flight when the signal fired, the caller sees why it fired.
        throw abortedCallError(scope.signal, error);
      } finally {
        scope.dispose();
      }
    },
  };
}

function defaultHeaders(options: ClientOptions): Record<string, string> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.clientName !== undefined) headers["X-ClearML-Client"] = options.clientName;
  if (options.worker !== undefined) headers["X-ClearML-Worker"] = options.worker;
  if (options.impersonateAs !== undefined) headers["X-ClearML-Impersonate-As"] = options.impersonateAs;
  if (options.actAs !== undefined) headers["X-ClearML-Act-As"] = options.actAs;
  return headers;
}

/** The JSON object body of an ordinary call (`{}` when there is none). */
function encodeJson(endpoint: string, body: unknown): string {
  if (body === undefined || body === null) return "{}";
  if (typeof body !== "object" || Array.isArray(body)) {
    throw new ClientError(`${endpoint}: the request body must be a JSON object`);
  }
  try {
    return JSON.stringify(body);
  } catch (error) {
    throw new ClientError(
      `${endpoint}: the request body cannot be sent as JSON: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}
