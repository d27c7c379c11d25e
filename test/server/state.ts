// Everything one running server holds, passed explicitly to every part (no globals).
import type { ApiModel } from "../../generator/schema/model.js";
import type { TestClock } from "./clock.js";
import type { FaultInjector } from "./faults.js";
import type { LoggedRequest } from "./request-log.js";
import type { ServerStore } from "./store.js";
import type { TokenService } from "./tokens.js";

export interface ServerSettings {
  /** Answer of auth.fixed_users_mode. */
  readonly fixedUsersMode: boolean;
  /** Single sign-on providers listed by auth.fixed_users_mode from 2.21 on. */
  readonly sso: Readonly<Record<string, string>>;
  /** Lifetime of auth.login tokens without expiration_sec (protocol: 30 days). */
  readonly loginTokenLifetimeSec: number;
  /** Upper bound for expiration_sec (protocol: one year). */
  readonly maxTokenLifetimeSec: number;
  readonly oidcAccessTokenLifetimeSec: number;
  readonly oidcRefreshTokenLifetimeSec: number;
  readonly recordBodies: boolean;
  /** Largest request body accepted, in bytes. */
  readonly maxBodyBytes: number;
}

export interface ServerStats {
  /** Successful auth.login calls. */
  logins: number;
  /** auth.login calls, successful or not. */
  loginAttempts: number;
  /** Successful /oidc/token grants, by grant type. */
  readonly oidcGrants: Record<string, number>;
}

export interface ServerState {
  readonly model: ApiModel;
  readonly store: ServerStore;
  readonly tokens: TokenService;
  readonly clock: TestClock;
  readonly faults: FaultInjector;
  readonly requests: LoggedRequest[];
  readonly stats: ServerStats;
  readonly settings: ServerSettings;
  /** Ids of envelopes (meta.id): a counter, so answers are reproducible. */
  nextEnvelopeId(): string;
}
