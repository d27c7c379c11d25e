import {
  parseVersion
} from "./chunk-N7YAABOU.js";
import {
  inspectCustom,
  isJsonObject,
  isSecretHeader,
  redactHeaders,
  redactUrl,
  redactValue,
  redactedExcerpt
} from "./chunk-ASFU7R6H.js";
import {
  ApiError,
  BatchError,
  ClientError,
  NetworkError,
  ResponseTooLargeError,
  TimeoutError,
  statusReason
} from "./chunk-UAQDFME2.js";

// templates/runtime/endpoint.js
var ENDPOINT_NAME = /^[A-Za-z_]\w+\.[A-Za-z_]\w+$/;
function endpointUrl(baseUrl, name, apiVersion) {
  if (!ENDPOINT_NAME.test(name)) {
    throw new ClientError(`invalid endpoint name ${JSON.stringify(name)}: expected "service.action"`);
  }
  const base = baseUrl.replace(/\/+$/, "");
  return apiVersion === void 0 ? `${base}/${name}` : `${base}/v${apiVersion}/${name}`;
}

// templates/runtime/acted.js
var NOT_SENT_CODES = /* @__PURE__ */ new Set([
  "ECONNREFUSED",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EAI_FAIL",
  "EAI_NONAME",
  "ENETUNREACH",
  "EHOSTUNREACH",
  "EADDRNOTAVAIL",
  "UND_ERR_CONNECT_TIMEOUT"
]);
function neverSent(error) {
  return error.code !== void 0 && NOT_SENT_CODES.has(error.code);
}
function refusedUnread(status) {
  return status === 429;
}
function ambiguousStatus(status, envelope) {
  if (status === 502 || status === 503 || status === 504) return true;
  if (status >= 500) return !envelope;
  return status >= 300 && status < 400 && status !== 307 && status !== 308 || status === 0;
}
function withMayHaveBeenApplied(error) {
  if (error instanceof ApiError && !error.mayHaveBeenApplied) return new ApiError({ ...error, mayHaveBeenApplied: true });
  if (error instanceof NetworkError && !error.mayHaveBeenApplied)
    return new NetworkError(error.endpoint, error.code, error.detail, true);
  return error;
}
function abortedInFlight(signal) {
  const reason = signal.reason;
  return reason instanceof TimeoutError ? new TimeoutError(reason.endpoint, reason.timeoutMs, true) : reason;
}
function abortedCallError(signal, error) {
  if (!signal.aborted) return error;
  const saysMore = error instanceof TimeoutError && error.mayHaveBeenApplied || error instanceof ClientError && "appliedParts" in error;
  return saysMore ? error : signal.reason;
}

// templates/runtime/json-lines.js
var JSON_LINES_CONTENT_TYPE = "application/json-lines";
var MAX_JSON_LINES_BYTES = 15 * 1024 * 1024;
function encodeJsonLines(endpoint, items, maxBytes = MAX_JSON_LINES_BYTES) {
  if (!Array.isArray(items)) {
    throw new ClientError(`${endpoint}: a batch endpoint takes an array of requests`);
  }
  const bodies = [];
  let lines = [];
  let size = 0;
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    if (!isJsonObject(item)) {
      throw new ClientError(`${endpoint}: batch item ${i} must be a JSON object`);
    }
    const line = JSON.stringify(item);
    const bytes = utf8Length(line);
    if (lines.length > 0 && size + 1 + bytes > maxBytes) {
      bodies.push(lines.join("\n"));
      lines = [];
      size = 0;
    }
    size += (lines.length > 0 ? 1 : 0) + bytes;
    lines.push(line);
  }
  if (lines.length > 0) bodies.push(lines.join("\n"));
  return bodies;
}
var sendJsonLines = async (endpoint, items, maxBytes, send, signal) => {
  const bodies = encodeJsonLines(endpoint, items, maxBytes);
  const parts = [];
  for (const body of bodies) {
    try {
      parts.push(await send(body, JSON_LINES_CONTENT_TYPE));
    } catch (error) {
      const cause = abortedCallError(signal, error);
      if (parts.length === 0 || !(cause instanceof ClientError)) throw cause;
      throw partlyApplied(endpoint, bodies, parts, cause);
    }
  }
  return mergeBatchResults(parts);
};
function utf8Length(text) {
  return new TextEncoder().encode(text).length;
}
function mergeBatchResults(parts) {
  return parts.length === 0 ? {} : parts.reduce(mergeTwo);
}
function mergeTwo(a, b) {
  if (typeof a === "number" && typeof b === "number") return a + b;
  if (Array.isArray(a) && Array.isArray(b)) return a.concat(b);
  if (isJsonObject(a) && isJsonObject(b)) {
    const out = { ...a };
    for (const [key, value] of Object.entries(b))
      out[key] = Object.hasOwn(out, key) ? mergeTwo(out[key], value) : value;
    return out;
  }
  return b === void 0 ? a : b;
}
function partlyApplied(endpoint, bodies, applied, cause) {
  const lines = bodies.map(lineCount);
  const sum = (counts) => counts.reduce((a, b) => a + b, 0);
  return new BatchError({
    endpoint,
    parts: bodies.length,
    appliedParts: applied.length,
    appliedItems: sum(lines.slice(0, applied.length)),
    items: sum(lines),
    applied: mergeBatchResults(applied),
    cause
  });
}
function lineCount(body) {
  return body.split("\n").length;
}

// templates/runtime/body-limit.js
var DEFAULT_MAX_RESPONSE_BYTES = 64 * 1024 * 1024;
function resolveMaxResponseBytes(value) {
  if (value === void 0) return DEFAULT_MAX_RESPONSE_BYTES;
  if (!Number.isSafeInteger(value) || value < 1) {
    throw new ClientError("createTransport: maxResponseBytes must be a positive integer");
  }
  return value;
}
async function readBodyText(response, maxBytes, endpoint) {
  const body = response.body;
  if (!body || typeof body.getReader !== "function") {
    const text2 = await response.text();
    if (utf8Length(text2) > maxBytes) throw new ResponseTooLargeError(endpoint, maxBytes);
    return text2;
  }
  const declared = response.headers.get("content-encoding") ? NaN : Number(response.headers.get("content-length"));
  if (declared > maxBytes) {
    void body.cancel().catch(() => void 0);
    throw new ResponseTooLargeError(endpoint, maxBytes);
  }
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let received = 0;
  let text = "";
  for (; ; ) {
    const chunk = await reader.read();
    if (chunk.done) return text + decoder.decode();
    received += chunk.value.byteLength;
    if (received > maxBytes) {
      void reader.cancel().catch(() => void 0);
      throw new ResponseTooLargeError(endpoint, maxBytes);
    }
    text += decoder.decode(chunk.value, { stream: true });
  }
}

// templates/runtime/idempotency.js
function isReadOnlyName(name) {
  const action = name.slice(name.indexOf(".") + 1);
  return action.startsWith("get_") && !action.startsWith("get_next_");
}
function isIdempotent(endpoint, perCall, perClient) {
  if (perCall !== void 0) return perCall;
  if (perClient && Object.hasOwn(perClient, endpoint.name)) return perClient[endpoint.name] === true;
  return endpoint.idempotent ?? isReadOnlyName(endpoint.name);
}

// templates/runtime/abort.js
function callScope(endpoint, callerSignal, timeoutMs) {
  const controller = new AbortController();
  const onCallerAbort = () => controller.abort(callerSignal?.reason);
  if (callerSignal?.aborted) controller.abort(callerSignal.reason);
  else callerSignal?.addEventListener("abort", onCallerAbort, { once: true });
  let timer;
  if (timeoutMs !== void 0 && timeoutMs > 0 && Number.isFinite(timeoutMs) && !controller.signal.aborted) {
    timer = setTimeout(() => controller.abort(new TimeoutError(endpoint, timeoutMs)), timeoutMs);
  }
  return {
    signal: controller.signal,
    dispose() {
      if (timer !== void 0) clearTimeout(timer);
      callerSignal?.removeEventListener("abort", onCallerAbort);
    }
  };
}
function abortableSleep(ms, signal) {
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
function raceAbort(promise, signal) {
  if (!signal) return promise;
  if (signal.aborted) {
    promise.catch(() => void 0);
    return Promise.reject(signal.reason);
  }
  return new Promise((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener("abort", onAbort));
  });
}

// templates/runtime/retry.js
var DEFAULT_RETRY = Object.freeze({
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

// templates/runtime/accept.js
var JSON_ACCEPT = "application/json";
var TEXT_ACCEPT = "text/plain, text/csv, application/octet-stream;q=0.9, application/json;q=0.5";
function withAccept(endpoint, headers) {
  if (Object.keys(headers).some((name) => name.toLowerCase() === "accept")) return headers;
  return { Accept: endpoint.textResponse ? TEXT_ACCEPT : JSON_ACCEPT, ...headers };
}

// templates/runtime/header-check.js
var NAME_START = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]*/;
var UNSENDABLE = /[\0\r\n\u0100-\uffff]/;
function checkHeaders(where, headers) {
  for (const [name, value] of Object.entries(headers)) {
    const valid = NAME_START.exec(name)?.[0] ?? "";
    if (valid === "" || valid.length < name.length) {
      const start = valid.slice(0, 40);
      throw new ClientError(
        `${where}: the header name ${start ? `starting ${JSON.stringify(start)} ` : ""}holds an invalid character`
      );
    }
    if (UNSENDABLE.test(String(value))) {
      throw new ClientError(
        `${where}: the value of header ${name} holds a line break, NUL or a character above U+00FF`
      );
    }
  }
}

// templates/runtime/envelope.js
function parseEnvelope(text) {
  let parsed;
  try {
    parsed = JSON.parse(text);
  } catch {
    return void 0;
  }
  if (!isJsonObject(parsed) || !isJsonObject(parsed["meta"])) return void 0;
  const meta = parsed["meta"];
  const endpoint = isJsonObject(meta["endpoint"]) ? meta["endpoint"] : {};
  return {
    meta: {
      id: asText(meta["id"]),
      trx: asText(meta["trx"]),
      requestedVersion: asText(endpoint["requested_version"]),
      actualVersion: asText(endpoint["actual_version"]),
      resultCode: asInteger(meta["result_code"]),
      resultSubcode: asInteger(meta["result_subcode"]),
      resultMsg: asText(meta["result_msg"]),
      errorData: meta["error_data"] ?? void 0
    },
    data: parsed["data"] ?? {}
  };
}
function asText(value) {
  if (typeof value === "string") return value;
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  return void 0;
}
function asInteger(value) {
  if (typeof value === "number" && Number.isInteger(value)) return value;
  if (typeof value === "string" && /^-?\d+$/.test(value.trim())) return Number(value);
  return void 0;
}

// templates/runtime/log.js
function emit(logger, event) {
  if (!logger) return;
  try {
    logger(event);
  } catch {
  }
}

// templates/runtime/options-view.js
function redactedOptions(options) {
  const view = { ...options };
  const shown = () => {
    const out = {};
    for (const [key, value] of Object.entries(options)) {
      if (value === void 0) continue;
      if (key === "headers") out[key] = redactHeaders(value);
      else if (key === "baseUrl") out[key] = redactUrl(value);
      else if (typeof value === "function") out[key] = `[function ${key}]`;
      else out[key] = value;
    }
    return out;
  };
  Object.defineProperty(view, "toJSON", { value: shown, enumerable: false });
  Object.defineProperty(view, inspectCustom, {
    value: (_depth, inspectOptions, inspect) => inspect ? inspect(shown(), inspectOptions) : JSON.stringify(shown()),
    enumerable: false
  });
  return Object.freeze(view);
}

// templates/runtime/redirect.js
var NO_REDIRECT = "manual";
function isRedirect(response) {
  return response.type === "opaqueredirect" || response.status >= 300 && response.status < 400 || response.redirected;
}
function describeRedirect(response, requestUrl) {
  if (response.type === "opaqueredirect") return "an opaque redirect (no Location), not followed";
  if (response.redirected) return `an answer from ${originOf(response.url, requestUrl)} after a redirect the fetch followed`;
  const location = response.headers.get("location");
  const target = location === null ? "without a Location" : `to ${originOf(location, requestUrl)}`;
  return `HTTP ${response.status} redirect ${target}, not followed`;
}
function redirectError(endpoint, response, requestUrl) {
  return new ApiError({
    status: response.status,
    resultCode: response.status,
    resultSubcode: 0,
    resultMsg: describeRedirect(response, requestUrl),
    endpoint: endpoint.name,
    endpointVersion: endpoint.version,
    envelope: false,
    reason: "redirect"
  });
}
function originOf(url, base) {
  try {
    const origin = new URL(url, base).origin;
    return origin === new URL(base).origin ? `the same origin (${origin})` : origin;
  } catch {
    return "an invalid URL";
  }
}
function discardBody(response) {
  response.body?.cancel().catch(() => void 0);
}

// templates/runtime/base64.js
function base64Utf8(text) {
  const bytes = new TextEncoder().encode(text);
  let binary = "";
  for (let i = 0; i < bytes.length; i += 32768) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 32768));
  }
  return btoa(binary);
}
function decodeBase64Utf8(text) {
  return new TextDecoder().decode(Uint8Array.from(atob(text), (c) => c.charCodeAt(0)));
}
function basicAuthorization(user, password) {
  return `Basic ${base64Utf8(`${user}:${password}`)}`;
}

// templates/runtime/html-text.js
var HTML_TEXT_LIMIT = 65536;
function pageText(text, contentType) {
  const head = text.length > HTML_TEXT_LIMIT ? text.slice(0, HTML_TEXT_LIMIT) : text;
  const html = /html/i.test(contentType ?? "") || /^\s*</.test(head);
  return (html ? htmlWords(head) : head).replace(/\s+/g, " ").trim();
}
function htmlWords(html) {
  const out = [];
  const unclosed = /* @__PURE__ */ new Set();
  const openTag = /<(script|style)\b/iy;
  let at = 0;
  while (at < html.length) {
    const lt = html.indexOf("<", at);
    if (lt < 0) break;
    out.push(html.slice(at, lt), " ");
    openTag.lastIndex = lt;
    const element = openTag.exec(html)?.[1].toLowerCase();
    if (element !== void 0 && !unclosed.has(element)) {
      const close = new RegExp(`</${element}>`, "gi");
      close.lastIndex = lt;
      if (close.exec(html)) {
        at = close.lastIndex;
        continue;
      }
      unclosed.add(element);
    }
    const gt = html.indexOf(">", lt);
    if (gt < 0) {
      at = lt;
      break;
    }
    at = gt + 1;
  }
  out.push(html.slice(at));
  return out.join("");
}

// templates/runtime/response-errors.js
function apiErrorFromResponse(endpoint, response, sent) {
  const secrets = sentSecrets(sent);
  const meta = response.envelope?.meta;
  if (meta) {
    return new ApiError({
      status: response.status,
      resultCode: meta.resultCode ?? response.status,
      resultSubcode: meta.resultSubcode ?? 0,
      resultMsg: redactedExcerpt(meta.resultMsg ?? "", secrets, 1e3),
      endpoint: endpoint.name,
      endpointVersion: endpoint.version,
      // Every text the server chose is redacted: a careless server echoes credentials anywhere.
      requestedVersion: shortText(meta.requestedVersion, secrets),
      actualVersion: shortText(meta.actualVersion, secrets),
      trx: shortText(meta.trx, secrets),
      requestId: shortText(meta.id, secrets),
      errorData: redactValue(meta.errorData, secrets),
      envelope: true
    });
  }
  const ok = response.status >= 200 && response.status < 300;
  const snippet = redactedExcerpt(pageText(response.text, response.contentType), secrets);
  return new ApiError({
    status: response.status,
    resultCode: response.status,
    resultSubcode: 0,
    resultMsg: ok ? `the answer is not the API's JSON envelope${snippet ? `: ${snippet}` : ""}` : snippet,
    endpoint: endpoint.name,
    endpointVersion: endpoint.version,
    envelope: false,
    reason: ok ? "invalid_envelope" : statusReason(response.status)
  });
}
function shortText(text, secrets) {
  return text === void 0 ? void 0 : redactedExcerpt(text, secrets);
}
function networkError(endpoint, error, sent) {
  const cause = error?.cause;
  const code = errorCode(cause) ?? errorCode(error);
  const detail = [messageOf(error), messageOf(cause)].filter((m) => m !== "").join(": ") || "fetch failed";
  return new NetworkError(endpoint, code, redactedExcerpt(detail, sentSecrets(sent)));
}
function errorCode(error) {
  if (error === null || typeof error !== "object") return void 0;
  const code = error.code;
  if (typeof code === "string") return code;
  const inner = error.errors;
  return Array.isArray(inner) ? inner.map(errorCode).find((c) => c !== void 0) : void 0;
}
function messageOf(error) {
  return error instanceof Error ? error.message : typeof error === "string" ? error : "";
}
function sentSecrets(headers) {
  const secrets = [];
  for (const [name, value] of Object.entries(headers)) {
    if (!isSecretHeader(name)) continue;
    secrets.push(value);
    const match = /^(Basic|Bearer)\s+(.+)$/i.exec(value);
    if (!match) continue;
    secrets.push(match[2]);
    if (match[1].toLowerCase() === "basic") {
      try {
        const decoded = decodeBase64Utf8(match[2]);
        const colon = decoded.indexOf(":");
        secrets.push(decoded, decoded.slice(0, colon), decoded.slice(colon + 1));
      } catch {
      }
    }
  }
  return secrets.sort((a, b) => b.length - a.length);
}

// templates/runtime/url-credentials.js
var SECRET_PARAMETER = /secret|passw|pwd|token|api[-_]?key|^key$|signature|^sig$|assertion|credential/i;
function refuseUrlCredentials(what, url) {
  const parsed = parse(url) ?? parse(url, "http://relative.invalid/");
  if (!parsed) throw new ClientError(`${what} is not a valid URL`);
  if (parsed.username !== "" || parsed.password !== "") {
    throw new ClientError(
      `${what} must not contain a user name or password; pass them as the auth option`
    );
  }
  return parsed;
}
function refuseUrlAndQueryCredentials(what, url) {
  const parsed = refuseUrlCredentials(what, url);
  let secret;
  parsed.searchParams.forEach((_value, name) => {
    if (secret === void 0 && SECRET_PARAMETER.test(name)) secret = name;
  });
  if (secret !== void 0) {
    throw new ClientError(
      `${what} must not carry the query parameter ${JSON.stringify(secret)}, which looks like a credential; pass it as an option`
    );
  }
}
function parse(url, base) {
  try {
    return new URL(url, base);
  } catch {
    return void 0;
  }
}

// templates/runtime/transport.js
var VALIDATE_HINT = "pass `validate: validators`, from the package's /zod entry";
function validateSetting(option) {
  if (option === void 0 || option === false) return void 0;
  if (isValidators(option)) return { validators: option, request: true, response: true };
  if (typeof option === "object" && option !== null && isValidators(option.validators)) {
    return { validators: option.validators, request: option.request ?? false, response: option.response ?? false };
  }
  throw new ClientError(`createTransport: validate: ${VALIDATE_HINT}`);
}
function isValidators(value) {
  const v = value;
  return typeof v === "object" && v !== null && typeof v.endpoints === "object" && typeof v.check?.request === "function";
}
function createTransport(options) {
  if (!options || typeof options.baseUrl !== "string" || options.baseUrl.trim() === "") {
    throw new ClientError("createTransport: baseUrl is required");
  }
  refuseUrlCredentials("createTransport: baseUrl", options.baseUrl);
  const { apiVersion, baseUrl, timeoutMs } = options;
  if (apiVersion !== void 0) parseVersion(apiVersion);
  if (options.impersonateAs !== void 0 && options.actAs !== void 0) {
    throw new ClientError("createTransport: impersonateAs and actAs cannot be used together");
  }
  if (typeof (options.fetch ?? globalThis.fetch) !== "function")
    throw new ClientError("createTransport: no fetch available; pass options.fetch");
  const fetchImpl = options.fetch ?? globalThis.fetch.bind(globalThis);
  const frozen = Object.freeze({ ...options, headers: options.headers && Object.freeze({ ...options.headers }) });
  const view = redactedOptions(frozen);
  const retry = resolveRetryOptions(options.retry);
  const maxResponseBytes = resolveMaxResponseBytes(options.maxResponseBytes);
  const clientHeaders = Object.freeze(defaultHeaders(options));
  checkHeaders("createTransport", clientHeaders);
  const loginHeaders = Object.freeze(defaultHeaders({ ...options, impersonateAs: void 0, actAs: void 0 }));
  const validate = validateSetting(options.validate);
  const log = (event) => emit(frozen.logger, event);
  const channel = {
    // A call with exactly these credentials (auth.login), under the transport's own timeout.
    async callApi(endpoint, body, credentials) {
      const scope = callScope(endpoint.name, void 0, timeoutMs);
      try {
        return await send(endpoint, body, credentials, scope.signal, false, isIdempotent(endpoint, void 0, frozen.idempotent));
      } catch (error) {
        throw scope.signal.aborted ? scope.signal.reason : error;
      } finally {
        scope.dispose();
      }
    },
    log,
    fetch: fetchImpl,
    timeoutMs,
    maxResponseBytes
  };
  async function send(endpoint, body, headers, signal, useAuth, idempotent) {
    const post = (payload, contentType) => exchange(endpoint, payload, contentType, headers, signal, useAuth, idempotent);
    return endpoint.batch ? endpoint.batch(endpoint.name, body, frozen.batchMaxBytes, post, signal) : post(encodeJson(endpoint.name, body), "application/json");
  }
  async function exchange(endpoint, payload, contentType, callHeaders, signal, useAuth, idempotent) {
    const url = endpointUrl(baseUrl, endpoint.name, apiVersion);
    const auth = useAuth && endpoint.authorize ? frozen.auth : void 0;
    const startedAt = retry.now();
    const ctx = { endpoint, signal, channel };
    let reauthorized = false;
    for (let attempt = 1; ; attempt++) {
      if (signal.aborted) throw signal.reason;
      const credentials = auth ? await raceAbort(auth.headers(ctx), signal) : {};
      const headers = withAccept(endpoint, { ...useAuth ? clientHeaders : loginHeaders, "Content-Type": contentType, ...callHeaders, ...credentials });
      checkHeaders(endpoint.name, headers);
      const result = await attemptOnce(endpoint, url, payload, headers, signal, attempt);
      if (result.ok) return result.data;
      const error = result.error;
      if (auth?.onUnauthorized && error instanceof ApiError && (error.status === 401 || error.resultCode === 401) && !reauthorized) {
        reauthorized = true;
        log({ type: "reauthorize", endpoint: endpoint.name, reason: error.reason });
        if (await raceAbort(auth.onUnauthorized({ ...ctx, sent: credentials }, error), signal)) {
          attempt--;
          continue;
        }
        throw error;
      }
      const delay = !(error instanceof ResponseTooLargeError) && (result.notActed || idempotent) ? retryDelay({ attempt, startedAt, status: result.status, retryAfter: result.retryAfter }, retry) : void 0;
      if (delay === void 0) throw result.ambiguous ? withMayHaveBeenApplied(error) : error;
      log({
        type: "retry",
        endpoint: endpoint.name,
        attempt,
        delayMs: delay,
        cause: result.status === void 0 ? `network ${error.code ?? "error"}` : `status ${result.status}`
      });
      await retry.sleep(delay, signal);
    }
  }
  async function attemptOnce(endpoint, url, payload, headers, signal, attempt) {
    const shown = { endpoint: endpoint.name, url: redactUrl(url), attempt };
    if (frozen.logger) log({ type: "request", ...shown, headers: redactHeaders(headers), bodyBytes: utf8Length(payload) });
    const started = retry.now();
    const durationMs = () => retry.now() - started;
    const logResponse = (status2, meta) => log({
      type: "response",
      ...shown,
      status: status2,
      resultCode: meta?.resultCode,
      resultSubcode: meta?.resultSubcode,
      trx: meta?.trx,
      requestedVersion: meta?.requestedVersion,
      actualVersion: meta?.actualVersion,
      durationMs: durationMs()
    });
    let response;
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
      logResponse(status, void 0);
      return { ok: false, error: redirectError(endpoint, response, url), status, ambiguous: ambiguousStatus(status, false) };
    }
    let text;
    try {
      text = await readBodyText(response, maxResponseBytes, endpoint.name);
    } catch (error) {
      if (signal.aborted) throw abortedInFlight(signal);
      if (error instanceof ResponseTooLargeError) return { ok: false, error, status };
      return { ok: false, error: networkError(endpoint.name, error, headers), ambiguous: true };
    }
    const asText2 = endpoint.textResponse && response.ok;
    const envelope = asText2 ? void 0 : parseEnvelope(text);
    logResponse(status, envelope?.meta);
    if (asText2) return { ok: true, data: text };
    const code = envelope?.meta.resultCode ?? status;
    if (envelope && response.ok && code >= 200 && code < 300) return { ok: true, data: envelope.data };
    const info = { status, contentType: response.headers.get("content-type"), text, envelope };
    return {
      ok: false,
      error: apiErrorFromResponse(endpoint, info, headers),
      status,
      retryAfter: response.headers.get("retry-after"),
      notActed: refusedUnread(status),
      ambiguous: ambiguousStatus(status, envelope !== void 0)
    };
  }
  return {
    options: view,
    async call(endpoint, body, callOptions = {}) {
      const scope = callScope(endpoint.name, callOptions.signal, callOptions.timeoutMs ?? timeoutMs);
      try {
        const both = callOptions.validate;
        if (both && !validate) throw new ClientError(`${endpoint.name}: validate needs the client's validators: ${VALIDATE_HINT}`);
        const checks = validate?.validators;
        if (checks && (both ?? validate.request)) checks.check.request(checks.endpoints, endpoint, apiVersion, body);
        const headers = { ...callOptions.headers };
        if (callOptions.trx !== void 0) headers["X-ClearML-Trx"] = callOptions.trx;
        checkHeaders(endpoint.name, headers);
        const idempotent = isIdempotent(endpoint, callOptions.idempotent, frozen.idempotent);
        const data = await send(endpoint, body, headers, scope.signal, true, idempotent);
        if (checks && (both ?? validate.response) && !endpoint.textResponse) checks.check.response(checks.endpoints, endpoint, data);
        return data;
      } catch (error) {
        throw abortedCallError(scope.signal, error);
      } finally {
        scope.dispose();
      }
    }
  };
}
function defaultHeaders(options) {
  const headers = { ...options.headers };
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
  endpointUrl,
  callScope,
  raceAbort,
  neverSent,
  withMayHaveBeenApplied,
  JSON_LINES_CONTENT_TYPE,
  MAX_JSON_LINES_BYTES,
  encodeJsonLines,
  sendJsonLines,
  mergeBatchResults,
  DEFAULT_MAX_RESPONSE_BYTES,
  readBodyText,
  isReadOnlyName,
  NO_REDIRECT,
  isRedirect,
  describeRedirect,
  discardBody,
  DEFAULT_RETRY,
  resolveRetryOptions,
  backoffDelay,
  parseRetryAfter,
  retryDelay,
  decodeBase64Utf8,
  basicAuthorization,
  networkError,
  refuseUrlAndQueryCredentials,
  createTransport
};
