// OpenID Connect / OAuth 2 tokens from a token endpoint (e.g. Keycloak's
// /realms/<realm>/protocol/openid-connect/token): the password or client_credentials
// grant, renewed with the refresh_token grant before expiry, and a fresh grant when the
// refresh is refused.
import { raceAbort } from "../abort.js";
import { basicAuthorization } from "../base64.js";
import { AuthError, ClientError, type ApiError } from "../errors.js";
import { inspectCustom, redactedExcerpt, redactText } from "../redact.js";
import { isJsonObject } from "../json-object.js";
import { refuseUrlAndQueryCredentials } from "../url-credentials.js";
import type { AuthContext, AuthProvider } from "./provider.js";
import { postForm } from "./post-form.js";
import { singleFlight } from "./single-flight.js";
import { jwtExpiresAt, renewalTime } from "./token-timing.js";

export interface OidcOptions {
  readonly tokenUrl: string;
  readonly clientId: string;
  /** Confidential clients' secret; omit for public clients. */
  readonly clientSecret?: string;
  readonly grant: "password" | "client_credentials";
  /** For the password grant. */
  readonly username?: string;
  readonly password?: string;
  readonly scope?: string;
  /** "basic" (default): client credentials in HTTP Basic (RFC 6749 2.3.1); "body": as form fields. */
  readonly clientAuthentication?: "basic" | "body";
  /** Renew this long before `expires_in` runs out (default 60 s). */
  readonly renewBeforeMs?: number;
  /** Milliseconds since the epoch; injectable for tests. */
  readonly now?: () => number;
}

interface Tokens {
  readonly access: string;
  readonly renewAt?: number;
  readonly refresh?: string;
  /** undefined: the server did not say; try it until refused. */
  readonly refreshExpiresAt?: number;
}

// A class expression in a pure call: its computed `[inspectCustom]` key would otherwise keep
// the class (and so this module) in bundles of programs that never use it.
const OidcAuth = /* @__PURE__ */ (() =>
  class OidcAuth implements AuthProvider {
    readonly #options: Required<
      Pick<OidcOptions, "tokenUrl" | "clientId" | "grant" | "clientAuthentication" | "renewBeforeMs" | "now">
    >;
    readonly #clientSecret?: string;
    readonly #username?: string;
    readonly #password?: string;
    readonly #scope?: string;
    readonly #renewal = singleFlight<Tokens>();
    #tokens: Tokens | undefined;

    constructor(options: OidcOptions) {
      if (
        !options ||
        typeof options.tokenUrl !== "string" ||
        !options.tokenUrl ||
        typeof options.clientId !== "string" ||
        !options.clientId
      ) {
        throw new ClientError("oidc: tokenUrl and clientId are required");
      }
      refuseUrlAndQueryCredentials("oidc: tokenUrl", options.tokenUrl);
      if (options.grant !== "password" && options.grant !== "client_credentials") {
        throw new ClientError('oidc: grant must be "password" or "client_credentials"');
      }
      if (
        options.grant === "password" &&
        (typeof options.username !== "string" || typeof options.password !== "string")
      ) {
        throw new ClientError("oidc: the password grant needs username and password");
      }
      this.#options = {
        tokenUrl: options.tokenUrl,
        clientId: options.clientId,
        grant: options.grant,
        clientAuthentication: options.clientAuthentication ?? "basic",
        renewBeforeMs: options.renewBeforeMs ?? 60_000,
        now: options.now ?? Date.now,
      };
      this.#clientSecret = options.clientSecret;
      this.#username = options.username;
      this.#password = options.password;
      this.#scope = options.scope;
    }

    async headers(ctx: AuthContext): Promise<Record<string, string>> {
      const tokens = await this.#current(ctx);
      return { Authorization: `Bearer ${tokens.access}` };
    }

    async onUnauthorized(ctx: AuthContext, _error: ApiError): Promise<boolean> {
      // Drop only the refused token: concurrent 401s with the same token renew once.
      const tokens = this.#tokens;
      if (tokens && ctx.sent?.["Authorization"] === `Bearer ${tokens.access}`) {
        this.#tokens = { ...tokens, renewAt: Number.NEGATIVE_INFINITY };
      }
      await this.#current(ctx);
      return true;
    }

    #current(ctx: AuthContext): Promise<Tokens> {
      const tokens = this.#tokens;
      if (tokens && (tokens.renewAt === undefined || this.#options.now() < tokens.renewAt)) {
        return Promise.resolve(tokens);
      }
      return raceAbort(
        this.#renewal(() => this.#renew(ctx)),
        ctx.signal,
      );
    }

    async #renew(ctx: AuthContext): Promise<Tokens> {
      const old = this.#tokens;
      const now = this.#options.now();
      if (old?.refresh && (old.refreshExpiresAt === undefined || now < old.refreshExpiresAt)) {
        try {
          return await this.#grant(ctx, "refresh_token", { refresh_token: old.refresh });
        } catch {
          // A refused refresh (expired session, revoked token) is normal: start over.
        }
      }
      return this.#grant(ctx, this.#options.grant, this.#grantFields());
    }

    #grantFields(): Record<string, string> {
      return this.#options.grant === "password" ? { username: this.#username ?? "", password: this.#password ?? "" } : {};
    }

    async #grant(ctx: AuthContext, grant: string, fields: Record<string, string>): Promise<Tokens> {
      const { now, clientId, clientAuthentication } = this.#options;
      const started = now();
      const form = new URLSearchParams({ grant_type: grant, ...fields });
      if (this.#scope !== undefined && grant !== "refresh_token") form.set("scope", this.#scope);
      const headers: Record<string, string> = { Accept: "application/json" };
      if (clientAuthentication === "basic" && this.#clientSecret !== undefined) {
        headers["Authorization"] = basicAuthorization(formEncode(clientId), formEncode(this.#clientSecret));
      } else {
        form.set("client_id", clientId);
        if (this.#clientSecret !== undefined) form.set("client_secret", this.#clientSecret);
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
          durationMs: now() - started,
        });
        return tokens;
      } catch (error) {
        ctx.channel.log({
          type: "login",
          provider: "oidc",
          method: grant,
          outcome: "failure",
          durationMs: now() - started,
          error: error instanceof Error ? this.#redact(error.message) : "token request failed",
        });
        throw error;
      }
    }

    #readTokens(grant: string, status: number, text: string, requestedAt: number): Tokens {
      let body: Record<string, unknown> | undefined;
      try {
        const parsed: unknown = JSON.parse(text);
        if (isJsonObject(parsed)) body = parsed;
      } catch {
        // Not JSON: body stays undefined and the text is the detail.
      }
      if (status < 200 || status > 299 || typeof body?.["access_token"] !== "string" || body["access_token"] === "") {
        const code = typeof body?.["error"] === "string" ? body["error"] : undefined;
        const description =
          typeof body?.["error_description"] === "string" ? body["error_description"] : body ? "" : text;
        const detail = this.#excerpt(description.replace(/\s+/g, " ").trim());
        throw new AuthError(
          `OpenID Connect ${grant} grant failed: HTTP ${status}${code ? ` ${code}` : ""}${detail ? `: ${detail}` : status < 300 ? ": no access_token in the answer" : ""}`,
          status,
          code,
        );
      }
      const expiresIn = seconds(body["expires_in"]);
      const refreshExpiresIn = seconds(body["refresh_expires_in"]);
      const issued =
        typeof body["refresh_token"] === "string" && body["refresh_token"] ? body["refresh_token"] : undefined;
      // A refresh answer without a new refresh token leaves the old one in force.
      const kept = grant === "refresh_token" ? this.#tokens : undefined;
      return {
        access: body["access_token"],
        // Timed from the request, not the answer: the server's clock started then at the latest.
        // Without expires_in, a JWT's own lifetime (never its exp against this machine's clock).
        renewAt: renewalTime(
          requestedAt,
          expiresIn === undefined ? jwtExpiresAt(body["access_token"], requestedAt) : requestedAt + expiresIn * 1000,
          this.#options.renewBeforeMs,
        ),
        refresh: issued ?? kept?.refresh,
        // Keycloak sends 0 for refresh tokens that live as long as the session.
        refreshExpiresAt: issued
          ? refreshExpiresIn !== undefined && refreshExpiresIn > 0
            ? requestedAt + refreshExpiresIn * 1000
            : undefined
          : kept?.refreshExpiresAt,
      };
    }

    #secrets(): string[] {
      return [this.#clientSecret, this.#password, this.#tokens?.refresh, this.#tokens?.access].filter(
        (s): s is string => typeof s === "string",
      );
    }

    #redact(text: string): string {
      return redactText(text, this.#secrets());
    }

    /** A short, redacted excerpt of a token endpoint's text (redacted before it is cut). */
    #excerpt(text: string): string {
      return redactedExcerpt(text, this.#secrets());
    }

    toJSON(): Record<string, unknown> {
      return {
        kind: "oidc",
        tokenUrl: this.#options.tokenUrl,
        grant: this.#options.grant,
        loggedIn: this.#tokens !== undefined,
      };
    }

    [inspectCustom](): string {
      return `OidcAuth { tokenUrl: ${JSON.stringify(this.#options.tokenUrl)}, grant: ${this.#options.grant}, loggedIn: ${this.#tokens !== undefined} }`;
    }

    toString(): string {
      return "[OidcAuth]";
    }
  })();

// RFC 6749 2.3.1: client id and secret are form-encoded before Basic encoding.
function formEncode(value: string): string {
  return new URLSearchParams({ v: value }).toString().slice(2);
}

function seconds(value: unknown): number | undefined {
  const n = typeof value === "string" ? Number(value) : value;
  return typeof n === "number" && Number.isFinite(n) && n >= 0 ? n : undefined;
}

/** Bearer tokens from an OpenID Connect token endpoint, renewed before they expire. */
export function oidc(options: OidcOptions): AuthProvider {
  return new OidcAuth(options);
}
