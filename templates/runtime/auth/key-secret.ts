// ClearML credentials: an access key and secret key exchanged at auth.login (HTTP Basic)
// for a JWT, which every other call sends as a Bearer token. The Basic credentials go to
// auth.login only.
import { raceAbort } from "../abort.js";
import { basicAuthorization } from "../base64.js";
import type { EndpointInfo } from "../endpoint.js";
import { AuthError, ClientError } from "../errors.js";
import type { AuthContext, AuthProvider } from "./provider.js";
import { singleFlight } from "./single-flight.js";
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

/**
 * Logs in at auth.login with the key pair, caches the token, renews it before `exp` and once
 * after a 401. The key pair and the token live in this closure only: the provider prints
 * and serialises without them.
 */
export function keySecret(options: KeySecretOptions): AuthProvider {
  if (
    !options ||
    typeof options.accessKey !== "string" ||
    typeof options.secretKey !== "string" ||
    !options.accessKey ||
    !options.secretKey
  ) {
    throw new ClientError("keySecret: accessKey and secretKey must be non-empty strings");
  }
  const { accessKey, secretKey, expirationSec } = options;
  const renewBeforeMs = options.renewBeforeMs ?? 6 * 60_000;
  const now = options.now ?? Date.now;
  const login = singleFlight<Token>();
  let token: Token | undefined;
  const basic = () => ({ Authorization: basicAuthorization(accessKey, secretKey) });

  const currentToken = (ctx: AuthContext): Promise<Token> =>
    token && (token.renewAt === undefined || now() < token.renewAt)
      ? Promise.resolve(token)
      : raceAbort(login(() => logIn(ctx)), ctx.signal);

  async function logIn(ctx: AuthContext): Promise<Token> {
    const started = now();
    const logged = (outcome: "success" | "failure", error?: string) =>
      ctx.channel.log({
        type: "login",
        provider: "keySecret",
        method: LOGIN.name,
        outcome,
        durationMs: now() - started,
        ...(error === undefined ? {} : { error }),
      });
    try {
      const data = await ctx.channel.callApi(LOGIN, expirationSec === undefined ? {} : { expiration_sec: expirationSec }, basic());
      const value = (data as { token?: unknown } | null)?.token;
      if (typeof value !== "string" || value === "") throw new AuthError("auth.login answered without a token");
      // Timed from the request: the server issued the token then at the earliest.
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
      // The application calling auth.login itself (e.g. for a token to hand elsewhere).
      if (ctx.endpoint.name === LOGIN.name) return basic();
      return { Authorization: `Bearer ${(await currentToken(ctx)).value}` };
    },
    async onUnauthorized(ctx) {
      if (ctx.endpoint.name === LOGIN.name) return false;
      // Only the token that was refused is dropped: when 50 calls fail with the same old
      // token, the first drops it and the other 49 reuse the one it logs in for.
      if (token && ctx.sent?.["Authorization"] === `Bearer ${token.value}`) token = undefined;
      await currentToken(ctx);
      return true;
    },
  };
}
