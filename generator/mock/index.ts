// createMockServer: an HTTP server on 127.0.0.1 that speaks the ClearML-style protocol for
// a schema folder (or a loaded model), answering every endpoint version with data made up
// from its response schema (or a fixture). For a consumer's tests:
//   const mock = await createMockServer({ schemas: "schemas" }); ... await mock.close();
// faker and the validators load when a server starts, never when codegen runs.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { HoconDialect } from "../../hocon/types.js";
import type { ApiModel } from "../schema/model.js";
import { MockAuth, type MockCredentials } from "./auth.js";
import { handleCall, type MockFixture, type MockState } from "./handle.js";
import { loadMockModel, planMock } from "./model.js";
import { BodyTooLarge, readBody } from "./protocol/read-body.js";
import { parseApiPath } from "./protocol/routes.js";
import { loadValidators } from "./validators.js";
import { importModule } from "../import-module.js";

// English only: the package's main entry would load every locale (about 1 s).
const FAKER = "@faker-js/faker/locale/en";

export type { MockCredentials, MockRole, Identity as MockIdentity } from "./auth.js";
export type { MockCall, MockFixture } from "./handle.js";
export { MockSchemaError } from "./model.js";
/** Thrown by a fixture function: the mock answers with this error's envelope (code, subcode, message, error_data). */
export { ApiError as MockError } from "./protocol/errors.js";

export interface MockServerOptions {
  /** Schema folder (.conf files); or give `model`. */
  readonly schemas?: string;
  /** HOCON dialect of the schema files (default pyhocon, as codegen). */
  readonly dialect?: HoconDialect;
  /** An API model already loaded (loadApi's); instead of `schemas`. */
  readonly model?: ApiModel;
  /** Made-up data is a function of the seed, the endpoint version and the request body (default "0"). */
  readonly seed?: string | number;
  /** Key pairs auth.login accepts; none (the default): any pair, as role "root". */
  readonly credentials?: readonly MockCredentials[];
  /** Answers by `service.action` or `service.action@<endpoint version>`: the `data` (a string for file endpoints), or a function of the call. */
  readonly fixtures?: Readonly<Record<string, MockFixture>>;
  /** Default 0: a free port. */
  readonly port?: number;
  /** Lifetime of auth.login tokens without expiration_sec (default 30 days, as the server). */
  readonly tokenLifetimeSec?: number;
  /** The mock's clock for token expiry, in ms (default Date.now). */
  readonly now?: () => number;
  /** Largest request body accepted (default 64 MiB). */
  readonly maxBodyBytes?: number;
}

export interface MockServer {
  /** Base URL without trailing slash, e.g. http://127.0.0.1:41234 */
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
  [Symbol.asyncDispose](): Promise<void>;
}

const DAY_SEC = 24 * 60 * 60;

export async function createMockServer(options: MockServerOptions): Promise<MockServer> {
  const loaded = options.model ?? (options.schemas !== undefined ? loadMockModel(options.schemas, options.dialect) : undefined);
  if (!loaded) throw new TypeError("createMockServer: give `schemas` (a schema folder) or `model`");
  const { model, plan } = planMock(loaded);
  const [validators, { faker: shared }] = await Promise.all([loadValidators(plan), importModule(FAKER) as Promise<typeof import("@faker-js/faker/locale/en")>]);
  // A private instance (the locale module's class, its English definitions): seeding it
  // never disturbs the faker a consumer's own tests use.
  const FakerClass = shared.constructor as typeof import("@faker-js/faker").Faker;
  let counter = 0;
  const state: MockState = {
    model,
    validators,
    auth: new MockAuth(options.credentials ?? [], options.now ?? Date.now),
    fixtures: new Map(Object.entries(options.fixtures ?? {})),
    seed: String(options.seed ?? 0),
    faker: new FakerClass({ locale: shared.rawDefinitions }),
    loginLifetimeSec: options.tokenLifetimeSec ?? 30 * DAY_SEC,
    nextId: () => (++counter).toString(16).padStart(32, "0"),
  };
  const server = createHttpServer(state, options.maxBodyBytes ?? 64 * 1024 * 1024);
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const close = () =>
    new Promise<void>((resolve, reject) => {
      server.close((err) => (err ? reject(err) : resolve()));
      server.closeAllConnections();
    });
  return { url: `http://127.0.0.1:${port}`, port, close, [Symbol.asyncDispose]: close };
}

function createHttpServer(state: MockState, maxBodyBytes: number): Server {
  return createServer((req, res) => {
    const reply = (status: number, headers: Record<string, string>, body: string) => res.writeHead(status, headers).end(body);
    readBody(req, maxBodyBytes).then(
      async (body) => {
        const text = body.toString("utf8");
        const pathname = (req.url ?? "/").split("?", 1)[0];
        const route = parseApiPath(pathname);
        if (!route) return reply(404, { "content-type": "text/plain; charset=utf-8" }, `Not Found: ${pathname}`);
        const answer = await handleCall(state, route, req.method ?? "GET", req.headers, text);
        reply(answer.status, answer.headers, answer.body);
      },
      (err: unknown) => {
        if (err instanceof BodyTooLarge) reply(413, { "content-type": "text/plain; charset=utf-8", connection: "close" }, "Payload Too Large");
        else res.destroy();
      },
    ).catch(() => (res.headersSent ? res.destroy() : reply(500, { "content-type": "text/plain; charset=utf-8" }, "Internal Server Error")));
  });
}
