import {
  DEFAULT_MAX_RESPONSE_BYTES,
  DEFAULT_RETRY,
  JSON_LINES_CONTENT_TYPE,
  MAX_JSON_LINES_BYTES,
  NO_REDIRECT,
  backoffDelay,
  basicAuthorization,
  callScope,
  createTransport,
  decodeBase64Utf8,
  describeRedirect,
  discardBody,
  encodeJsonLines,
  endpointUrl,
  isReadOnlyName,
  isRedirect,
  mergeBatchResults,
  networkError,
  neverSent,
  parseRetryAfter,
  raceAbort,
  readBodyText,
  refuseUrlAndQueryCredentials,
  resolveRetryOptions,
  retryDelay,
  withMayHaveBeenApplied
} from "./chunk-PHPWF4PO.js";
import {
  checks,
  formatPath
} from "./chunk-OICMIKPW.js";
import "./chunk-N7YAABOU.js";
import {
  applyVaults,
  applyVaultsWith,
  mergeConfig
} from "./chunk-WWKGXKNY.js";
import {
  REDACTED,
  inspectCustom,
  isJsonObject,
  redactHeaders,
  redactText,
  redactUrl,
  redactedExcerpt
} from "./chunk-ASFU7R6H.js";
import {
  ApiError,
  AuthError,
  BatchError,
  ClientError,
  NetworkError,
  ResponseTooLargeError,
  TimeoutError,
  ValidationError,
  reasonFor
} from "./chunk-UAQDFME2.js";

// templates/runtime/auth/post-form.js
async function postForm(channel, url, form, headers) {
  const shown = redactUrl(url);
  const scope = callScope(shown, void 0, channel.timeoutMs);
  try {
    const response = await channel.fetch(url, {
      method: "POST",
      headers: { ...headers, "Content-Type": "application/x-www-form-urlencoded" },
      body: form.toString(),
      signal: scope.signal,
      redirect: NO_REDIRECT
    });
    if (isRedirect(response)) {
      discardBody(response);
      throw new AuthError(`POST ${shown}: ${describeRedirect(response, url)}`, response.status);
    }
    return { status: response.status, text: await readBodyText(response, channel.maxResponseBytes, shown) };
  } catch (error) {
    if (scope.signal.aborted) throw scope.signal.reason;
    if (error instanceof ClientError) throw error;
    const failure = networkError(shown, error, headers);
    throw neverSent(failure) ? failure : withMayHaveBeenApplied(failure);
  } finally {
    scope.dispose();
  }
}

// templates/runtime/auth/single-flight.js
function singleFlight() {
  let pending;
  return (work) => {
    if (!pending) {
      const started = work().finally(() => {
        if (pending === started) pending = void 0;
      });
      pending = started;
    }
    return pending;
  };
}

// templates/runtime/jwt.js
function jwtExpiry(token) {
  const claims = jwtClaims(token);
  const exp = claims?.["exp"];
  return typeof exp === "number" && Number.isFinite(exp) ? exp : void 0;
}
function jwtClaims(token) {
  const parts = token.split(".");
  if (parts.length !== 3) return void 0;
  try {
    const payload = JSON.parse(decodeBase64Utf8(parts[1].replace(/-/g, "+").replace(/_/g, "/")));
    return isJsonObject(payload) ? payload : void 0;
  } catch {
    return void 0;
  }
}

// templates/runtime/auth/token-timing.js
function renewalTime(obtainedAt, expiresAt, marginMs) {
  if (expiresAt === void 0) return void 0;
  const lifetime = Math.max(0, expiresAt - obtainedAt);
  return expiresAt - Math.min(marginMs, lifetime / 2);
}
function jwtExpiresAt(token, requestedAt) {
  const claims = jwtClaims(token);
  const exp = finite(claims?.["exp"]);
  const iat = finite(claims?.["iat"]);
  if (exp === void 0) return void 0;
  if (iat !== void 0 && exp >= iat) return requestedAt + (exp - iat) * 1e3;
  return exp * 1e3 > requestedAt ? exp * 1e3 : void 0;
}
function finite(value) {
  return typeof value === "number" && Number.isFinite(value) ? value : void 0;
}

// templates/runtime/auth/key-secret.js
var LOGIN = Object.freeze({ name: "auth.login", version: "2.1", authorize: false, idempotent: true });
function keySecret(options) {
  if (!options || typeof options.accessKey !== "string" || typeof options.secretKey !== "string" || !options.accessKey || !options.secretKey) {
    throw new ClientError("keySecret: accessKey and secretKey must be non-empty strings");
  }
  const { accessKey, secretKey, expirationSec } = options;
  const renewBeforeMs = options.renewBeforeMs ?? 6 * 6e4;
  const now = options.now ?? Date.now;
  const login = singleFlight();
  let token;
  const basic = () => ({ Authorization: basicAuthorization(accessKey, secretKey) });
  const currentToken = (ctx) => token && (token.renewAt === void 0 || now() < token.renewAt) ? Promise.resolve(token) : raceAbort(login(() => logIn(ctx)), ctx.signal);
  async function logIn(ctx) {
    const started = now();
    const logged = (outcome, error) => ctx.channel.log({
      type: "login",
      provider: "keySecret",
      method: LOGIN.name,
      outcome,
      durationMs: now() - started,
      ...error === void 0 ? {} : { error }
    });
    try {
      const data = await ctx.channel.callApi(LOGIN, expirationSec === void 0 ? {} : { expiration_sec: expirationSec }, basic());
      const value = data?.token;
      if (typeof value !== "string" || value === "") throw new AuthError("auth.login answered without a token");
      token = { value, renewAt: renewalTime(started, jwtExpiresAt(value, started), renewBeforeMs) };
      logged("success");
      return token;
    } catch (error) {
      logged("failure", error instanceof Error ? error.message : "login failed");
      throw error;
    }
  }
  return {
    async headers(ctx) {
      if (ctx.endpoint.name === LOGIN.name) return basic();
      return { Authorization: `Bearer ${(await currentToken(ctx)).value}` };
    },
    async onUnauthorized(ctx) {
      if (ctx.endpoint.name === LOGIN.name) return false;
      if (token && ctx.sent?.["Authorization"] === `Bearer ${token.value}`) token = void 0;
      await currentToken(ctx);
      return true;
    }
  };
}

// templates/runtime/auth/bearer.js
var BearerAuth = /* @__PURE__ */ (() => class BearerAuth {
  constructor(source) {
    this.onUnauthorized = async () => true;
    if (typeof source === "string" ? source === "" : typeof source !== "function") {
      throw new ClientError("bearer: the token must be a non-empty string or a function returning one");
    }
    this.#source = source;
    if (typeof source === "string") this.onUnauthorized = void 0;
  }
  #source;
  async headers(_ctx) {
    const token = typeof this.#source === "string" ? this.#source : await this.#source();
    if (typeof token !== "string" || token === "")
      throw new ClientError("bearer: the token function returned no token");
    return { Authorization: `Bearer ${token}` };
  }
  toJSON() {
    return { kind: "bearer" };
  }
  [inspectCustom]() {
    return "BearerAuth {}";
  }
  toString() {
    return "[BearerAuth]";
  }
})();
function bearer(token) {
  return new BearerAuth(token);
}

// templates/runtime/auth/oidc.js
var OidcAuth = /* @__PURE__ */ (() => class OidcAuth {
  #options;
  #clientSecret;
  #username;
  #password;
  #scope;
  #renewal = singleFlight();
  #tokens;
  constructor(options) {
    if (!options || typeof options.tokenUrl !== "string" || !options.tokenUrl || typeof options.clientId !== "string" || !options.clientId) {
      throw new ClientError("oidc: tokenUrl and clientId are required");
    }
    refuseUrlAndQueryCredentials("oidc: tokenUrl", options.tokenUrl);
    if (options.grant !== "password" && options.grant !== "client_credentials") {
      throw new ClientError('oidc: grant must be "password" or "client_credentials"');
    }
    if (options.grant === "password" && (typeof options.username !== "string" || typeof options.password !== "string")) {
      throw new ClientError("oidc: the password grant needs username and password");
    }
    this.#options = {
      tokenUrl: options.tokenUrl,
      clientId: options.clientId,
      grant: options.grant,
      clientAuthentication: options.clientAuthentication ?? "basic",
      renewBeforeMs: options.renewBeforeMs ?? 6e4,
      now: options.now ?? Date.now
    };
    this.#clientSecret = options.clientSecret;
    this.#username = options.username;
    this.#password = options.password;
    this.#scope = options.scope;
  }
  async headers(ctx) {
    const tokens = await this.#current(ctx);
    return { Authorization: `Bearer ${tokens.access}` };
  }
  async onUnauthorized(ctx, _error) {
    const tokens = this.#tokens;
    if (tokens && ctx.sent?.["Authorization"] === `Bearer ${tokens.access}`) {
      this.#tokens = { ...tokens, renewAt: Number.NEGATIVE_INFINITY };
    }
    await this.#current(ctx);
    return true;
  }
  #current(ctx) {
    const tokens = this.#tokens;
    if (tokens && (tokens.renewAt === void 0 || this.#options.now() < tokens.renewAt)) {
      return Promise.resolve(tokens);
    }
    return raceAbort(
      this.#renewal(() => this.#renew(ctx)),
      ctx.signal
    );
  }
  async #renew(ctx) {
    const old = this.#tokens;
    const now = this.#options.now();
    if (old?.refresh && (old.refreshExpiresAt === void 0 || now < old.refreshExpiresAt)) {
      try {
        return await this.#grant(ctx, "refresh_token", { refresh_token: old.refresh });
      } catch {
      }
    }
    return this.#grant(ctx, this.#options.grant, this.#grantFields());
  }
  #grantFields() {
    return this.#options.grant === "password" ? { username: this.#username ?? "", password: this.#password ?? "" } : {};
  }
  async #grant(ctx, grant, fields) {
    const { now, clientId, clientAuthentication } = this.#options;
    const started = now();
    const form = new URLSearchParams({ grant_type: grant, ...fields });
    if (this.#scope !== void 0 && grant !== "refresh_token") form.set("scope", this.#scope);
    const headers = { Accept: "application/json" };
    if (clientAuthentication === "basic" && this.#clientSecret !== void 0) {
      headers["Authorization"] = basicAuthorization(formEncode(clientId), formEncode(this.#clientSecret));
    } else {
      form.set("client_id", clientId);
      if (this.#clientSecret !== void 0) form.set("client_secret", this.#clientSecret);
    }
    try {
      const response = await postForm(ctx.channel, this.#options.tokenUrl, form, headers);
      const tokens = this.#readTokens(grant, response.status, response.text, started);
      this.#tokens = tokens;
      ctx.channel.log({
        type: "login",
        provider: "oidc",
        method: grant,
        outcome: "success",
        durationMs: now() - started
      });
      return tokens;
    } catch (error) {
      ctx.channel.log({
        type: "login",
        provider: "oidc",
        method: grant,
        outcome: "failure",
        durationMs: now() - started,
        error: error instanceof Error ? this.#redact(error.message) : "token request failed"
      });
      throw error;
    }
  }
  #readTokens(grant, status, text, requestedAt) {
    let body;
    try {
      const parsed = JSON.parse(text);
      if (isJsonObject(parsed)) body = parsed;
    } catch {
    }
    if (status < 200 || status > 299 || typeof body?.["access_token"] !== "string" || body["access_token"] === "") {
      const code = typeof body?.["error"] === "string" ? body["error"] : void 0;
      const description = typeof body?.["error_description"] === "string" ? body["error_description"] : body ? "" : text;
      const detail = this.#excerpt(description.replace(/\s+/g, " ").trim());
      throw new AuthError(
        `OpenID Connect ${grant} grant failed: HTTP ${status}${code ? ` ${code}` : ""}${detail ? `: ${detail}` : status < 300 ? ": no access_token in the answer" : ""}`,
        status,
        code
      );
    }
    const expiresIn = seconds(body["expires_in"]);
    const refreshExpiresIn = seconds(body["refresh_expires_in"]);
    const issued = typeof body["refresh_token"] === "string" && body["refresh_token"] ? body["refresh_token"] : void 0;
    const kept = grant === "refresh_token" ? this.#tokens : void 0;
    return {
      access: body["access_token"],
      // Timed from the request, not the answer: the server's clock started then at the latest.
      // Without expires_in, a JWT's own lifetime (never its exp against this machine's clock).
      renewAt: renewalTime(
        requestedAt,
        expiresIn === void 0 ? jwtExpiresAt(body["access_token"], requestedAt) : requestedAt + expiresIn * 1e3,
        this.#options.renewBeforeMs
      ),
      refresh: issued ?? kept?.refresh,
      // Keycloak sends 0 for refresh tokens that live as long as the session.
      refreshExpiresAt: issued ? refreshExpiresIn !== void 0 && refreshExpiresIn > 0 ? requestedAt + refreshExpiresIn * 1e3 : void 0 : kept?.refreshExpiresAt
    };
  }
  #secrets() {
    return [this.#clientSecret, this.#password, this.#tokens?.refresh, this.#tokens?.access].filter(
      (s) => typeof s === "string"
    );
  }
  #redact(text) {
    return redactText(text, this.#secrets());
  }
  /** A short, redacted excerpt of a token endpoint's text (redacted before it is cut). */
  #excerpt(text) {
    return redactedExcerpt(text, this.#secrets());
  }
  toJSON() {
    return {
      kind: "oidc",
      tokenUrl: this.#options.tokenUrl,
      grant: this.#options.grant,
      loggedIn: this.#tokens !== void 0
    };
  }
  [inspectCustom]() {
    return `OidcAuth { tokenUrl: ${JSON.stringify(this.#options.tokenUrl)}, grant: ${this.#options.grant}, loggedIn: ${this.#tokens !== void 0} }`;
  }
  toString() {
    return "[OidcAuth]";
  }
})();
function formEncode(value) {
  return new URLSearchParams({ v: value }).toString().slice(2);
}
function seconds(value) {
  const n = typeof value === "string" ? Number(value) : value;
  return typeof n === "number" && Number.isFinite(n) && n >= 0 ? n : void 0;
}
function oidc(options) {
  return new OidcAuth(options);
}
export {
  ApiError,
  AuthError,
  BatchError,
  ClientError,
  DEFAULT_MAX_RESPONSE_BYTES,
  DEFAULT_RETRY,
  JSON_LINES_CONTENT_TYPE,
  MAX_JSON_LINES_BYTES,
  NetworkError,
  REDACTED,
  ResponseTooLargeError,
  TimeoutError,
  ValidationError,
  applyVaults,
  applyVaultsWith,
  backoffDelay,
  bearer,
  checks,
  createTransport,
  encodeJsonLines,
  endpointUrl,
  formatPath,
  isReadOnlyName,
  jwtClaims,
  jwtExpiry,
  keySecret,
  mergeBatchResults,
  mergeConfig,
  oidc,
  parseRetryAfter,
  postForm,
  reasonFor,
  redactHeaders,
  redactText,
  resolveRetryOptions,
  retryDelay
};
