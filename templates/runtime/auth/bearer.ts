// A token the application already has: a fixed string, or a function asked before every
// call (which may cache and renew tokens itself).
import { ClientError } from "../errors.js";
import { inspectCustom } from "../redact.js";
import type { AuthContext, AuthProvider } from "./provider.js";

export type TokenSource = string | (() => string | Promise<string>);

// A class expression in a pure call: its computed `[inspectCustom]` key would otherwise keep
// the class (and so this module) in bundles of programs that never use it.
const BearerAuth = /* @__PURE__ */ (() =>
  class BearerAuth implements AuthProvider {
    readonly #source: TokenSource;

    constructor(source: TokenSource) {
      if (typeof source === "string" ? source === "" : typeof source !== "function") {
        throw new ClientError("bearer: the token must be a non-empty string or a function returning one");
      }
      this.#source = source;
      // A fixed token cannot change, so a 401 is final; a function may return a new one.
      if (typeof source === "string") this.onUnauthorized = undefined;
    }

    async headers(_ctx: AuthContext): Promise<Record<string, string>> {
      const token = typeof this.#source === "string" ? this.#source : await this.#source();
      if (typeof token !== "string" || token === "")
        throw new ClientError("bearer: the token function returned no token");
      return { Authorization: `Bearer ${token}` };
    }

    onUnauthorized?: (ctx: AuthContext) => Promise<boolean> = async () => true;

    toJSON(): Record<string, unknown> {
      return { kind: "bearer" };
    }

    [inspectCustom](): string {
      return "BearerAuth {}";
    }

    toString(): string {
      return "[BearerAuth]";
    }
  })();

/** Sends `Authorization: Bearer <token>`. */
export function bearer(token: TokenSource): AuthProvider {
  return new BearerAuth(token);
}
