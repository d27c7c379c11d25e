// One program, written three times: an application calling the corpus API through our
// generated client, through openapi-typescript's types with openapi-fetch (its companion
// client, by the same authors), and through hey-api's SDK. tsc over each is what an editor
// pays for actually using the client, beyond loading the declarations: the calls resolve
// request and response types, which is where generic clients spend their time.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { functionName } from "./bundle-programs.js";

/** Endpoints called once per client (one at the latest version, one pinned), with an empty body, and the list their response holds. */
const LIST_CALLS = [
  ["tasks", "get_all", "tasks"],
  ["projects", "get_all", "projects"],
  ["models", "get_all", "models"],
  ["queues", "get_all", "queues"],
  ["workers", "get_all", "workers"],
] as const;
/** Called twice too, its whole response kept. */
const WHOLE_CALL = ["users", "get_current_user"] as const;

const CLIENTS = ["latest", "pinned"] as const;

/** How many endpoints each program calls, and how many calls it makes (each endpoint once per client). */
export const USAGE_ENDPOINT_COUNT = LIST_CALLS.length + 1;
export const USAGE_CALL_COUNT = USAGE_ENDPOINT_COUNT * CLIENTS.length;

/** The API version of the `pinned` client (`latest` names none: the server's highest). */
export const USAGE_PINNED_VERSION = "2.13";

interface Dialect {
  readonly imports: readonly string[];
  /** `const latest = ...; const pinned = ...;` */
  readonly clients: readonly string[];
  /** An expression awaiting one call's response body (the data, not an envelope). */
  readonly call: (client: string, service: string, action: string) => string;
}

function program(d: Dialect): string {
  const list = LIST_CALLS.flatMap(([service, action, field]) => CLIENTS.map((c) => `  out.push(${d.call(c, service, action)}?.${field}?.[0]?.id);`));
  const [service, action] = WHOLE_CALL;
  return [
    ...d.imports,
    "",
    ...d.clients,
    "",
    "export async function use(): Promise<unknown[]> {",
    "  const out: unknown[] = [];",
    ...list,
    `  out.push(${CLIENTS.map((c) => d.call(c, service, action)).join(", ")});`,
    "  return out;",
    "}",
    "",
  ].join("\n");
}

const ours: Dialect = {
  imports: ['import { createClient } from "./src/index.js";'],
  clients: [
    'const latest = createClient({ baseUrl: "http://localhost:8008" });',
    `const pinned = createClient({ baseUrl: "http://localhost:8008", apiVersion: "${USAGE_PINNED_VERSION}" });`,
  ],
  call: (client, service, action) => `(await ${client}.${service}.${action}({}))`,
};

/** openapi-typescript's output as `schema.d.ts`, the name its README gives it. Our OpenAPI responses are the protocol's `{ meta, data }` envelope. */
const openapiFetch: Dialect = {
  imports: ['import createClient from "openapi-fetch";', 'import type { paths } from "./schema.js";'],
  clients: CLIENTS.map((c) => `const ${c} = createClient<paths>({ baseUrl: "${baseUrl(c)}" });`),
  call: (client, service, action) => `(await ${client}.POST("/${service}.${action}", { body: {} })).data?.data`,
};

/** hey-api names an SDK function after the operation id (`tasks_get_all` -> `tasksGetAll`) and takes its client per call. */
const heyApi: Dialect = {
  imports: [
    'import { createClient, createConfig } from "./out/client/index.js";',
    `import { ${[...LIST_CALLS.map(([s, a]) => functionName(s, a)), functionName(...WHOLE_CALL)].sort().join(", ")} } from "./out/sdk.gen.js";`,
  ],
  clients: CLIENTS.map((c) => `const ${c} = createClient(createConfig({ baseUrl: "${baseUrl(c)}" }));`),
  call: (client, service, action) => `(await ${functionName(service, action)}({ client: ${client}, body: {} })).data?.data`,
};

/** For the clients that take the version in the base URL. */
function baseUrl(client: (typeof CLIENTS)[number]): string {
  return client === "latest" ? "http://localhost:8008" : `http://localhost:8008/v${USAGE_PINNED_VERSION}`;
}

const DIALECTS = { ours, openapiFetch, heyApi };

/** Writes the program for `client` into `dir` (next to the output it imports) and returns its file name. */
export function writeUsageProgram(client: keyof typeof DIALECTS, dir: string): string {
  const name = "bench-usage.ts";
  writeFileSync(path.join(dir, name), program(DIALECTS[client]));
  return name;
}
