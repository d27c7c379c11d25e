// ClearML credentials: an access key and secret key exchanged at auth.login (HTTP Basic)
// for a JWT, which every other call sends as a Bearer token. The Basic credentials go to
// auth.login only.
import { raceAbort } from "../abort.js";
import { basicAuthorization } from "../base64.js";
import type { EndpointInfo } from "../endpoint.js";
import { AuthError, ClientError, type ApiError } from "../errors.js";
import { inspectCustom } from "../redact.js";
import type { AuthContext, AuthProvider } from "./provider.js";
import { SingleFlight } from "./single-flight.js";
import { jwtExpiresAt, renewalTime } from "./token-timing.js";

export interface KeySecretOptions {
  readonly accessKey: string;
  readonly secretKey: string;
  /** Asked-for token lifetime (the server may cap it; at most one year). */
  readonly expirationSec?: number;
  /** Renew this long before the token's `exp` (default 6 minutes, as the ClearML SDK). */
  readonly renewBeforeMs?: number;
  /** Milliseconds since the epoch; injectable for tests. */
  readonly now?: () => number;
}

// Sent again after an unclear failure: a second login only issues another token.
const LOGIN: EndpointInfo = Object.freeze({ name: "auth.login", version: "2.1", authorize: false, idempotent: true });

interface Token {
  readonly value: string;
  /** undefined: no known expiry, renewed only after a 401. */
  readonly renewAt?: number;
}

class KeySecretAuth implements AuthProvider {
  readonly #accessKey: string;
  readonly #secretKey: string;
  readonly #expirationSec?: number;
  readonly #renewBeforeMs: number;
  readonly #now: () => number;
  readonly #login = new SingleFlight<Token>();
  #token: Token | undefined;

  constructor(options: KeySecretOptions) {
    if (
      !options ||
      typeof options.accessKey !== "string" ||
      typeof options.secretKey !== "string" ||
      !options.accessKey ||
      !options.secretKey
    ) {
      throw new ClientError("keySecret: accessKey and secretKey must be non-empty strings");
    }
    this.#accessKey = options.accessKey;
    this.#secretKey = options.secretKey;
    this.#expirationSec = options.expirationSec;
    this.#renewBeforeMs = options.renewBeforeMs ?? 6 * 60_000;
    this.#now = options.now ?? Date.now;
  }

  async headers(ctx: AuthContext): Promise<Record<string, string>> {
    // The application calling auth.login itself (e.g. for a token to hand elsewhere).
    if (ctx.endpoint.name === LOGIN.name)
      return { Authorization: basicAuthorization(this.#accessKey, this.#secretKey) };
    const token = await this.#currentToken(ctx);
    return { Authorization: `Bearer ${token.value}` };
  }

  async onUnauthorized(ctx: AuthContext, _error: ApiError): Promise<boolean> {
    if (ctx.endpoint.name === LOGIN.name) return false;
    // Only the token that was refused is dropped: when 50 calls fail with the same old
    // token, the first drops it and the other 49 reuse the one it logs in for.
    if (this.#token && ctx.sent?.["Authorization"] === `Bearer ${this.#token.value}`) this.#token = undefined;
    await this.#currentToken(ctx);
    return true;
  }

  #currentToken(ctx: AuthContext): Promise<Token> {
    const token = this.#token;
    if (token && (token.renewAt === undefined || this.#now() < token.renewAt)) return Promise.resolve(token);
    return raceAbort(
      this.#login.run(() => this.#logIn(ctx)),
      ctx.signal,
    );
  }

  async #logIn(ctx: AuthContext): Promise<Token> {
    const started = this.#now();
    const body = this.#expirationSec === undefined ? {} : { expiration_sec: this.#expirationSec };
    try {
      const data = await ctx.channel.callApi(LOGIN, body, {
        Authorization: basicAuthorization(this.#accessKey, this.#secretKey),
      });
      const value = (data as { token?: unknown } | null)?.token;
      if (typeof value !== "string" || value === "") throw new AuthError("auth.login answered without a token");
      // Timed from the request: the server issued the token then at the earliest.
      const token: Token = {
        value,
        renewAt: renewalTime(started, jwtExpiresAt(value, started), this.#renewBeforeMs),
      };
      this.#token = token;
      ctx.channel.log({
        type: "login",
        provider: "keySecret",
        method: LOGIN.name,
        outcome: "success",
        durationMs: this.#now() - started,
      });
      return token;
    } catch (error) {
      ctx.channel.log({
        type: "login",
        provider: "keySecret",
        method: LOGIN.name,
        outcome: "failure",
        durationMs: this.#now() - started,
        error: error instanceof Error ? error.message : "login failed",
      });
      throw error;
    }
  }

  toJSON(): Record<string, unknown> {
    return { kind: "keySecret", loggedIn: this.#token !== undefined };
  }

  [inspectCustom](): string {
    return `KeySecretAuth { loggedIn: ${this.#token !== undefined} }`;
  }

  toString(): string {
    return "[KeySecretAuth]";
  }
}

/** Logs in at auth.login with the key pair, caches the token, renews it before `exp` and once after a 401. */
export function keySecret(options: KeySecretOptions): AuthProvider {
  return new KeySecretAuth(options);
}
