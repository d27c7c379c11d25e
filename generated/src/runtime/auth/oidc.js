import { raceAbort } from "../abort.js";
import { basicAuthorization } from "../base64.js";
import { AuthError, ClientError } from "../errors.js";
import { inspectCustom, redactedExcerpt, redactText } from "../redact.js";
import { SingleFlight } from "./single-flight.js";
import { renewalTime } from "./token-timing.js";
class OidcAuth {
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
      renewAt: renewalTime(
        requestedAt,
        expiresIn === void 0 ? void 0 : requestedAt + expiresIn * 1e3,
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
}
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
  oidc
};
