import { raceAbort } from "../abort.js";
import { basicAuthorization } from "../base64.js";
import { AuthError, ClientError } from "../errors.js";
import { jwtExpiry } from "../jwt.js";
import { inspectCustom } from "../redact.js";
import { SingleFlight } from "./single-flight.js";
import { renewalTime } from "./token-timing.js";
const LOGIN = Object.freeze({ name: "auth.login", version: "2.1", authorize: false });
class KeySecretAuth {
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
      const obtainedAt = this.#now();
      const exp = jwtExpiry(value);
      const token = {
        value,
        renewAt: renewalTime(obtainedAt, exp === void 0 ? void 0 : exp * 1e3, this.#renewBeforeMs)
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
}
function keySecret(options) {
  return new KeySecretAuth(options);
}
export {
  keySecret
};
