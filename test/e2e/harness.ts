// Shared setup of the end-to-end suites: a fresh test server per test (its own data,
// clock, faults and request log), client options wired to that server, and a secret
// watch that fails the test when any secret reaches a log line or an error text.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect } from "vitest";
import type { ApiModel } from "../../generator/schema/index.js";
import {
  keySecret,
  type AuthProvider,
  type ClientOptions,
  type KeySecretOptions,
  type RetryOptions,
} from "../../generated/src/index.js";
import { validators } from "../../generated/src/zod/index.js";
import { loadSchemaModel, startTestServer, type TestClock, type TestServer, type TestServerOptions } from "../server/index.js";
import { SecretWatch } from "./secret-watch.js";

export interface E2E {
  readonly server: TestServer;
  readonly clock: TestClock;
  readonly watch: SecretWatch;
  /** Client options for a seeded user signing in with its key pair; the client's clock is the server's. */
  options(user: string, extra?: Partial<BaseOptions>): BaseOptions;
  /** A keySecret provider for a seeded user, registered with the watch. */
  keySecretFor(user: string, extra?: Partial<KeySecretOptions>): AuthProvider;
  /** Retry options whose waits move the server's clock instead of sleeping. */
  readonly retry: Partial<RetryOptions>;
}

/** Whether the suites registered by {@link withAndWithoutValidators} run with the validators on now. */
let validated = false;

/**
 * Registers a suite's tests twice: with the client's zod validators off (the default), then
 * on. Tests that do not choose get the mode from `options`.
 */
export function withAndWithoutValidators(suite: () => void): void {
  for (const on of [false, true]) {
    describe(on ? "validators on" : "validators off", () => {
      beforeAll(() => {
        validated = on;
      });
      // Files share this module in a worker: the next file starts with the default.
      afterAll(() => {
        validated = false;
      });
      suite();
    });
  }
}

/** Client options without apiVersion, which createClient types on its own. */
export type BaseOptions = Omit<ClientOptions, "apiVersion">;

let model: ApiModel | undefined;

/**
 * Registers the hooks of one suite and returns a getter for the current test's context.
 * After each test, every secret the server knows (key pairs, passwords, client secrets,
 * every token it issued) and every secret the test registered must be absent from all
 * logger events, all recorded errors and the server's request log.
 */
export function useE2E(serverOptions: Omit<TestServerOptions, "model" | "clock"> = {}): () => E2E {
  let current: E2E | undefined;

  beforeAll(() => {
    model ??= loadSchemaModel();
  });

  beforeEach(async () => {
    const server = await startTestServer({ ...serverOptions, model });
    const clock = server.controls.clock;
    const watch = new SecretWatch();
    const retry: Partial<RetryOptions> = {
      // Fixed jitter: backoff waits are the same on every run.
      random: () => 0.5,
      now: clock.now,
      sleep: (ms, signal) => {
        if (signal?.aborted) return Promise.reject(signal.reason);
        clock.advance(ms);
        return Promise.resolve();
      },
    };
    const keySecretFor = (user: string, extra: Partial<KeySecretOptions> = {}): AuthProvider => {
      const seeded = seededUser(server, user);
      const provider = keySecret({ accessKey: seeded.accessKey, secretKey: seeded.secretKey, now: clock.now, ...extra });
      watch.text(`printed keySecret provider of ${user}`, `${String(provider)} ${JSON.stringify(provider)}`);
      return provider;
    };
    current = {
      server,
      clock,
      watch,
      retry,
      keySecretFor,
      options: (user, extra = {}) => ({
        baseUrl: server.url,
        auth: keySecretFor(user),
        logger: watch.logger,
        retry,
        ...(validated ? { validate: validators } : {}),
        ...extra,
      }),
    };
  });

  afterEach(async () => {
    const ctx = current;
    current = undefined;
    if (!ctx) return;
    try {
      watchServerSecrets(ctx);
      expect(ctx.watch.watched).toBeGreaterThan(0);
      expect(ctx.watch.leaks()).toEqual([]);
    } finally {
      await ctx.server.close();
    }
  });

  return () => {
    if (!current) throw new Error("the e2e context exists only inside a test");
    return current;
  };
}

function watchServerSecrets({ server, watch }: E2E): void {
  for (const user of Object.values(server.users)) {
    watch.secret(`secret key of ${user.name}`, user.secretKey);
    watch.secret(`password of ${user.name}`, user.password);
  }
  for (const client of Object.values(server.oidcClients)) {
    watch.secret(`client secret of ${client.clientId}`, client.clientSecret);
  }
  server.controls.issuedTokens().forEach((token, i) => watch.secret(`token ${i + 1} issued by the server`, token));
  server.controls.requests().forEach((r, i) => watch.text(`server request log entry ${i + 1} (${r.path})`, JSON.stringify(r)));
}

export function seededUser(server: TestServer, name: string) {
  const user = server.users[name];
  if (!user) throw new Error(`no seeded user named ${name}`);
  return user;
}

/** Requests the server received for one endpoint (any version prefix), oldest first. */
export function requestsTo(server: TestServer, endpoint: string) {
  return server.controls.requests().filter((r) => r.path.replace(/^\/v[^/]*\//, "/") === `/${endpoint}`);
}

/** Resolves once `check` holds, polling the event loop; bounded, so a broken test fails instead of hanging. */
export async function until(check: () => boolean, limitMs = 5000): Promise<void> {
  const end = Date.now() + limitMs;
  while (!check()) {
    if (Date.now() > end) throw new Error("condition not reached in time");
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
