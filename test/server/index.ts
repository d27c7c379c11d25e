// Starts a real HTTP server implementing schemas/ (or any schema folder) on 127.0.0.1
// with an ephemeral port, for the client's tests. Each server has its own data, clock,
// faults and request log; nothing is shared between servers.
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import { formatDiagnostic } from "../../hocon/diagnostics.js";
import { parseFile } from "../../generator/hocon/file.js";
import { loadApi, type ApiModel } from "../../generator/schema/index.js";
import { createClock, type TestClock } from "./clock.js";
import { FaultInjector } from "./faults.js";
import { createHttpServer } from "./http.js";
import type { LoggedRequest } from "./request-log.js";
import { DEFAULT_OIDC_CLIENTS, DEFAULT_USERS, seedStore, type SeedOidcClient, type SeededClient, type SeededUser, type SeedUser } from "./seed.js";
import type { ServerSettings, ServerState } from "./state.js";
import { ServerStore } from "./store.js";
import { TokenService } from "./tokens.js";

export type { Fault } from "./faults.js";
export type { LoggedRequest } from "./request-log.js";
export type { SeedOidcClient, SeededClient, SeededUser, SeedUser } from "./seed.js";
export type { TestClock } from "./clock.js";
export { createClock } from "./clock.js";
export { decodeJwtPayload } from "../../generator/mock/protocol/jwt.js";

export const DEFAULT_SCHEMA_DIR = fileURLToPath(new URL("../../schemas", import.meta.url));

export interface TestServerOptions extends Partial<ServerSettings> {
  /** A model already loaded (saves loading the folder per server). */
  readonly model?: ApiModel;
  /** Schema folder to load when no model is given; default: this project's schemas/. */
  readonly schemaDir?: string;
  /** Default: a clock starting at the real current time. */
  readonly clock?: TestClock;
  readonly users?: readonly SeedUser[];
  readonly oidcClients?: readonly SeedOidcClient[];
}

export interface TestServerControls {
  readonly clock: TestClock;
  readonly faults: FaultInjector;
  /** Successful auth.login calls so far. */
  loginCount(): number;
  /** auth.login calls so far, failed ones included. */
  loginAttempts(): number;
  /** Successful /oidc/token grants, of one grant type or all. */
  oidcGrantCount(grantType?: string): number;
  /** Requests received, oldest first (a copy). */
  requests(): LoggedRequest[];
  clearRequests(): void;
  /** Makes every token issued so far invalid (as if the server had been reset). */
  revokeAllTokens(): void;
  /** Every token the server has issued, for asserting that none leaks (a copy). */
  issuedTokens(): string[];
  /** Issues an API token for a seeded user without a login (not counted as one). */
  tokenFor(userName: string, lifetimeSec?: number): string;
}

export interface TestServer {
  /** Base URL without trailing slash, e.g. http://127.0.0.1:41234 */
  readonly url: string;
  readonly port: number;
  readonly model: ApiModel;
  readonly companyId: string;
  /** Seeded users by name, with their plain key pair and password. */
  readonly users: Readonly<Record<string, SeededUser>>;
  readonly oidcClients: Readonly<Record<string, SeededClient>>;
  /** Id of the group every seeded user is in. */
  readonly allUsersGroup: string;
  readonly controls: TestServerControls;
  /** The server's data, for assertions. */
  readonly store: ServerStore;
  close(): Promise<void>;
}

const DAY = 24 * 60 * 60;

export const DEFAULT_SETTINGS: ServerSettings = {
  fixedUsersMode: false,
  sso: {},
  loginTokenLifetimeSec: 30 * DAY,
  maxTokenLifetimeSec: 365 * DAY,
  oidcAccessTokenLifetimeSec: 60 * 60,
  oidcRefreshTokenLifetimeSec: 30 * 60 * 60,
  recordBodies: false,
  maxBodyBytes: 64 * 1024 * 1024,
};

/** Loads a schema folder, throwing one located message per error finding. */
export function loadSchemaModel(dir: string = DEFAULT_SCHEMA_DIR): ApiModel {
  const { model, findings, sources } = loadApi(dir, (file) => parseFile(file));
  const errors = findings.filter((f) => f.severity === "error");
  if (errors.length > 0) {
    const text = errors.map((d) => formatDiagnostic(d, sources.get(d.location.file))).join("\n");
    throw new Error(`cannot start the test server: the schemas have errors\n${text}`);
  }
  return model;
}

export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const model = options.model ?? loadSchemaModel(options.schemaDir);
  const clock = options.clock ?? createClock();
  const settings: ServerSettings = { ...DEFAULT_SETTINGS, ...pickSettings(options) };
  const store = new ServerStore();
  const seeded = seedStore(store, clock.now(), options.users ?? DEFAULT_USERS, options.oidcClients ?? DEFAULT_OIDC_CLIENTS);
  let envelopeCounter = 0;
  const state: ServerState = {
    model,
    store,
    clock,
    tokens: new TokenService(store, clock),
    faults: new FaultInjector(),
    requests: [],
    stats: { logins: 0, loginAttempts: 0, oidcGrants: {} },
    settings,
    nextEnvelopeId: () => (++envelopeCounter).toString(16).padStart(32, "0"),
  };
  const server = createHttpServer(state);
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const port = (server.address() as AddressInfo).port;

  const controls: TestServerControls = {
    clock,
    faults: state.faults,
    loginCount: () => state.stats.logins,
    loginAttempts: () => state.stats.loginAttempts,
    oidcGrantCount: (grant) =>
      grant === undefined ? Object.values(state.stats.oidcGrants).reduce((a, b) => a + b, 0) : (state.stats.oidcGrants[grant] ?? 0),
    requests: () => [...state.requests],
    clearRequests: () => {
      state.requests.length = 0;
    },
    revokeAllTokens: () => store.revokeAllTokens(),
    issuedTokens: () => state.tokens.issued(),
    tokenFor(userName, lifetimeSec = settings.loginTokenLifetimeSec) {
      const seededUser = seeded.users[userName];
      const user = seededUser && store.users.get(seededUser.id);
      if (!user) throw new Error(`no seeded user named ${userName}`);
      return state.tokens.issue(user, lifetimeSec, { user: user.id, kind: "api" });
    },
  };

  return {
    url: `http://127.0.0.1:${port}`,
    port,
    model,
    companyId: seeded.company,
    users: seeded.users,
    oidcClients: seeded.oidcClients,
    allUsersGroup: seeded.allUsersGroup,
    controls,
    store,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      }),
  };
}

function pickSettings(options: TestServerOptions): Partial<ServerSettings> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(DEFAULT_SETTINGS) as (keyof ServerSettings)[]) {
    if (options[key] !== undefined) out[key] = options[key];
  }
  return out as Partial<ServerSettings>;
}
