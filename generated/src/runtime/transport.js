import { callScope, raceAbort } from "./abort.js";
import { checkApiVersion, endpointUrl } from "./endpoint.js";
import { ApiError, ClientError, NetworkError } from "./errors.js";
import { encodeJsonLines, JSON_LINES_CONTENT_TYPE, mergeBatchResults, utf8Length } from "./json-lines.js";
import { parseEnvelope } from "./envelope.js";
import { emit } from "./log.js";
import { redactedOptions } from "./options-view.js";
import { inspectCustom, redactHeaders, redactUrl } from "./redact.js";
import { resolveRetryOptions, retryDelay } from "./retry.js";
import { apiErrorFromResponse, networkError } from "./response-errors.js";
import { validateRequest, validateResponse } from "./validation.js";
function createTransport(options) {
  return new HttpTransport(options);
}
class HttpTransport {
  #options;
  #view;
  #fetch;
  #retry;
  #headers;
  /** Without impersonation: a provider's login gets the caller's own token, not the target's. */
  #loginHeaders;
  #validate;
  #channel;
  constructor(options) {
    if (!options || typeof options.baseUrl !== "string" || options.baseUrl.trim() === "") {
      throw new ClientError("createTransport: baseUrl is required");
    }
    if (options.apiVersion !== void 0) checkApiVersion(options.apiVersion);
    if (options.impersonateAs !== void 0 && options.actAs !== void 0) {
      throw new ClientError("createTransport: impersonateAs and actAs cannot be used together");
    }
    const fetchImpl = options.fetch ?? globalThis.fetch;
    if (typeof fetchImpl !== "function")
      throw new ClientError("createTransport: no fetch available; pass options.fetch");
    this.#fetch = options.fetch ?? globalThis.fetch.bind(globalThis);
    this.#options = Object.freeze({ ...options, headers: options.headers && Object.freeze({ ...options.headers }) });
    this.#view = redactedOptions(this.#options);
    this.#retry = resolveRetryOptions(options.retry);
    this.#headers = Object.freeze(defaultHeaders(options));
    this.#loginHeaders = Object.freeze(defaultHeaders({ ...options, impersonateAs: void 0, actAs: void 0 }));
    this.#validate = typeof options.validate === "object" ? { request: options.validate.request ?? false, response: options.validate.response ?? false } : { request: options.validate ?? false, response: options.validate ?? false };
    this.#channel = {
      callApi: (endpoint, body, headers) => this.#callWith(endpoint, body, headers),
      postForm: (url, form, headers) => this.#postForm(url, form, headers),
      log: (event) => emit(this.#options.logger, event)
    };
  }
  get options() {
    return this.#view;
  }
  async call(endpoint, body, callOptions = {}) {
    const scope = callScope(endpoint.name, callOptions.signal, callOptions.timeoutMs ?? this.#options.timeoutMs);
    try {
      const check = callOptions.validate === void 0 ? this.#validate : { request: callOptions.validate, response: callOptions.validate };
      if (check.request) validateRequest(endpoint, body);
      const headers = { ...callOptions.headers };
      if (callOptions.trx !== void 0) headers["X-ClearML-Trx"] = callOptions.trx;
      const data = await this.#send(endpoint, body, headers, scope.signal, true);
      if (check.response && !endpoint.textResponse) validateResponse(endpoint, data);
      return data;
    } catch (error) {
      throw scope.signal.aborted ? scope.signal.reason : error;
    } finally {
      scope.dispose();
    }
  }
  /** A call with exactly these credentials (auth.login), under the transport's own timeout. */
  async #callWith(endpoint, body, credentials) {
    const scope = callScope(endpoint.name, void 0, this.#options.timeoutMs);
    try {
      return await this.#send(endpoint, body, credentials, scope.signal, false);
    } catch (error) {
      throw scope.signal.aborted ? scope.signal.reason : error;
    } finally {
      scope.dispose();
    }
  }
  async #send(endpoint, body, headers, signal, useAuth) {
    if (!endpoint.batch)
      return this.#exchange(endpoint, encodeJson(endpoint.name, body), "application/json", headers, signal, useAuth);
    const parts = [];
    for (const payload of encodeJsonLines(endpoint.name, body, this.#options.batchMaxBytes)) {
      parts.push(await this.#exchange(endpoint, payload, JSON_LINES_CONTENT_TYPE, headers, signal, useAuth));
    }
    return mergeBatchResults(parts);
  }
  async #exchange(endpoint, payload, contentType, callHeaders, signal, useAuth) {
    const url = endpointUrl(this.#options.baseUrl, endpoint.name, this.#options.apiVersion);
    const auth = useAuth && endpoint.authorize ? this.#options.auth : void 0;
    const startedAt = this.#retry.now();
    let reauthorized = false;
    for (let attempt = 1; ; attempt++) {
      if (signal.aborted) throw signal.reason;
      const ctx = { endpoint, signal, channel: this.#channel };
      const credentials = auth ? await raceAbort(auth.headers(ctx), signal) : {};
      const base = useAuth ? this.#headers : this.#loginHeaders;
      const headers = { ...base, "Content-Type": contentType, ...callHeaders, ...credentials };
      const result = await this.#attempt(endpoint, url, payload, headers, signal, attempt);
      if (result.ok) return result.data;
      const error = result.error;
      if (auth?.onUnauthorized && error instanceof ApiError && (error.status === 401 || error.resultCode === 401) && !reauthorized) {
        reauthorized = true;
        emit(this.#options.logger, { type: "reauthorize", endpoint: endpoint.name, reason: error.reason });
        if (await raceAbort(auth.onUnauthorized({ ...ctx, sent: credentials }, error), signal)) {
          attempt--;
          continue;
        }
        throw error;
      }
      const delay = result.retriable ? retryDelay({ attempt, startedAt, status: result.status, retryAfter: result.retryAfter }, this.#retry) : void 0;
      if (delay === void 0) throw error;
      emit(this.#options.logger, {
        type: "retry",
        endpoint: endpoint.name,
        attempt,
        delayMs: delay,
        cause: result.status === void 0 ? `network ${error.code ?? "error"}` : `status ${result.status}`
      });
      await this.#retry.sleep(delay, signal);
    }
  }
  async #attempt(endpoint, url, payload, headers, signal, attempt) {
    const shownUrl = redactUrl(url);
    const logger = this.#options.logger;
    if (logger) {
      emit(logger, {
        type: "request",
        endpoint: endpoint.name,
        url: shownUrl,
        attempt,
        headers: redactHeaders(headers),
        bodyBytes: utf8Length(payload)
      });
    }
    const started = this.#retry.now();
    let response;
    try {
      response = await this.#fetch(url, { method: "POST", headers, body: payload, signal });
    } catch (error) {
      if (signal.aborted) throw signal.reason;
      const failure = networkError(endpoint.name, error, headers);
      emit(logger, {
        type: "network-error",
        endpoint: endpoint.name,
        url: shownUrl,
        attempt,
        message: failure.message,
        durationMs: this.#retry.now() - started
      });
      return { ok: false, error: failure, retriable: true };
    }
    let text;
    try {
      text = await response.text();
    } catch (error) {
      if (signal.aborted) throw signal.reason;
      return { ok: false, error: networkError(endpoint.name, error, headers), retriable: false };
    }
    const envelope = endpoint.textResponse && response.ok ? void 0 : parseEnvelope(text);
    emit(logger, {
      type: "response",
      endpoint: endpoint.name,
      url: shownUrl,
      attempt,
      status: response.status,
      resultCode: envelope?.meta.resultCode,
      resultSubcode: envelope?.meta.resultSubcode,
      trx: envelope?.meta.trx,
      requestedVersion: envelope?.meta.requestedVersion,
      actualVersion: envelope?.meta.actualVersion,
      durationMs: this.#retry.now() - started
    });
    if (endpoint.textResponse && response.ok) return { ok: true, data: text, retriable: false };
    const code = envelope?.meta.resultCode ?? response.status;
    if (envelope && response.ok && code >= 200 && code < 300)
      return { ok: true, data: envelope.data, retriable: false };
    const info = {
      status: response.status,
      contentType: response.headers.get("content-type"),
      text,
      envelope
    };
    return {
      ok: false,
      error: apiErrorFromResponse(endpoint, info, headers),
      status: response.status,
      retryAfter: response.headers.get("retry-after"),
      retriable: true
    };
  }
  async #postForm(url, form, headers) {
    const scope = callScope(redactUrl(url), void 0, this.#options.timeoutMs);
    try {
      const response = await this.#fetch(url, {
        method: "POST",
        headers: { ...headers, "Content-Type": "application/x-www-form-urlencoded" },
        body: form.toString(),
        signal: scope.signal
      });
      return { status: response.status, text: await response.text() };
    } catch (error) {
      if (scope.signal.aborted) throw scope.signal.reason;
      throw networkError(redactUrl(url), error, headers);
    } finally {
      scope.dispose();
    }
  }
  toJSON() {
    return { transport: this.#view };
  }
  toString() {
    return `[Transport ${redactUrl(this.#options.baseUrl)}]`;
  }
  [inspectCustom](depth, inspectOptions, inspect) {
    return `Transport ${inspect ? inspect(this.#view, inspectOptions) : JSON.stringify(this.#view)}`;
  }
}
function defaultHeaders(options) {
  const headers = { Accept: "application/json", ...options.headers };
  if (options.clientName !== void 0) headers["X-ClearML-Client"] = options.clientName;
  if (options.worker !== void 0) headers["X-ClearML-Worker"] = options.worker;
  if (options.impersonateAs !== void 0) headers["X-ClearML-Impersonate-As"] = options.impersonateAs;
  if (options.actAs !== void 0) headers["X-ClearML-Act-As"] = options.actAs;
  return headers;
}
function encodeJson(endpoint, body) {
  if (body === void 0 || body === null) return "{}";
  if (typeof body !== "object" || Array.isArray(body)) {
    throw new ClientError(`${endpoint}: the request body must be a JSON object`);
  }
  try {
    return JSON.stringify(body);
  } catch (error) {
    throw new ClientError(
      `${endpoint}: the request body cannot be sent as JSON: ${error instanceof Error ? error.message : String(error)}`
    );
  }
}
export {
  createTransport
};
