import {
  DEFAULT_MAX_RESPONSE_BYTES,
  DEFAULT_RETRY,
  JSON_LINES_CONTENT_TYPE,
  MAX_JSON_LINES_BYTES,
  backoffDelay,
  createTransport,
  encodeJsonLines,
  endpointUrl,
  isReadOnlyName,
  mergeBatchResults,
  parseRetryAfter,
  raceAbort,
  refuseUrlAndQueryCredentials,
  resolveRetryOptions,
  retryDelay
} from "./chunk-CUWXXDFB.js";
import {
  checks,
  formatPath
} from "./chunk-22DN6JAU.js";
import "./chunk-5P6X45RJ.js";
import {
  applyVaults,
  applyVaultsWith,
  mergeConfig
} from "./chunk-5HSW62PG.js";
import {
  REDACTED,
  inspectCustom,
  redactHeaders,
  redactText,
  redactedExcerpt
} from "./chunk-MILICKQL.js";
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
} from "./chunk-PEQBCLH3.js";

// templates/runtime/base64.js
function base64Utf8(text) {
  const bytes = new TextEncoder().encode(text);
  let binary = "";
  for (let i = 0; i < bytes.length; i += 32768) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 32768));
  }
  return btoa(binary);
}
function basicAuthorization(user, password) {
  return `Basic ${base64Utf8(`${user}:${password}`)}`;
}

// templates/runtime/auth/single-flight.js
var SingleFlight = class {
  #pending;
  run(work) {
    if (!this.#pending) {
      const pending = work().finally(() => {
        if (this.#pending === pending) this.#pending = void 0;
      });
      this.#pending = pending;
    }
    return this.#pending;
  }
};

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
    const payload = JSON.parse(base64UrlDecode(parts[1]));
    return payload !== null && typeof payload === "object" && !Array.isArray(payload) ? payload : void 0;
  } catch {
    return void 0;
  }
}
function base64UrlDecode(part) {
  const base64 = part.replace(/-/g, "+").replace(/_/g, "/");
  const binary = atob(base64 + "=".repeat((4 - base64.length % 4) % 4));
  const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
  return new TextDecoder().decode(bytes);
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
var KeySecretAuth = class {
  #accessKey;
  #secretKey;
  #expirationSec;
  #renewBeforeMs;
  #now;
  #login = new SingleFlight();
  #token;
  constructor(options) {
    if (!options || typeof options.accessKey !== "string" || typeof options.secretKey !== "string" || !options.accessKey || !options.secretKey) {
      throw new ClientError("keySecret: accessKey and secretKey must be non-empty strings");
    }
    this.#accessKey = options.accessKey;
    this.#secretKey = options.secretKey;
    this.#expirationSec = options.expirationSec;
    this.#renewBeforeMs = options.renewBeforeMs ?? 6 * 6e4;
    this.#now = options.now ?? Date.now;
  }
  async headers(ctx) {
    if (ctx.endpoint.name === LOGIN.name)
      return { Authorization: basicAuthorization(this.#accessKey, this.#secretKey) };
    const token = await this.#currentToken(ctx);
    return { Authorization: `Bearer ${token.value}` };
  }
  async onUnauthorized(ctx, _error) {
    if (ctx.endpoint.name === LOGIN.name) return false;
    if (this.#token && ctx.sent?.["Authorization"] === `Bearer ${this.#token.value}`) this.#token = void 0;
    await this.#currentToken(ctx);
    return true;
  }
  #currentToken(ctx) {
    const token = this.#token;
    if (token && (token.renewAt === void 0 || this.#now() < token.renewAt)) return Promise.resolve(token);
    return raceAbort(
      this.#login.run(() => this.#logIn(ctx)),
      ctx.signal
    );
  }
  async #logIn(ctx) {
    const started = this.#now();
    const body = this.#expirationSec === void 0 ? {} : { expiration_sec: this.#expirationSec };
    try {
      const data = await ctx.channel.callApi(LOGIN, body, {
        Authorization: basicAuthorization(this.#accessKey, this.#secretKey)
      });
      const value = data?.token;
      if (typeof value !== "string" || value === "") throw new AuthError("auth.login answered without a token");
      const token = {
        value,
        renewAt: renewalTime(started, jwtExpiresAt(value, started), this.#renewBeforeMs)
      };
      this.#token = token;
      ctx.channel.log({
        type: "login",
        provider: "keySecret",
        method: LOGIN.name,
        outcome: "success",
        durationMs: this.#now() - started
      });
      return token;
    } catch (error) {
      ctx.channel.log({
        type: "login",
        provider: "keySecret",
        method: LOGIN.name,
        outcome: "failure",
        durationMs: this.#now() - started,
        error: error instanceof Error ? error.message : "login failed"
      });
      throw error;
    }
  }
  toJSON() {
    return { kind: "keySecret", loggedIn: this.#token !== void 0 };
  }
  [inspectCustom]() {
    return `KeySecretAuth { loggedIn: ${this.#token !== void 0} }`;
  }
  toString() {
    return "[KeySecretAuth]";
  }
};
function keySecret(options) {
  return new KeySecretAuth(options);
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
  #renewal = new SingleFlight();
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
      this.#renewal.run(() => this.#renew(ctx)),
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
      const response = await ctx.channel.postForm(this.#options.tokenUrl, form, headers);
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
      if (parsed !== null && typeof parsed === "object" && !Array.isArray(parsed))
        body = parsed;
    } catch {
      body = void 0;
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
  reasonFor,
  redactHeaders,
  redactText,
  resolveRetryOptions,
  retryDelay
};
