// One browser program, written for each client: log in with an access key and secret, then
// make three calls. The bundle suite (bench/bundle.ts) and test/package/bundle.test.ts
// bundle it with esbuild. Ours comes in three variants: validation off (the default),
// validation on (the one-line opt-in) and with applyVaults called too.
import { writeFileSync } from "node:fs";
import path from "node:path";

/** `[service, action]` of each call after the login. */
export type Calls = readonly (readonly [string, string])[];

/** What the bench's corpus program calls. */
export const CORPUS_CALLS: Calls = [
  ["users", "get_current_user"],
  ["tasks", "get_all"],
  ["projects", "get_all"],
];

export type OursVariant = "off" | "on" | "vaults";

const BASE_URL = "https://api.example.com";

/** Our client: `pkg` is what the program imports the package as (a name or a path to its root). */
export function oursProgram(pkg: string, variant: OursVariant, calls: Calls): string {
  const names = variant === "vaults" ? "applyVaults, createClient, keySecret" : "createClient, keySecret";
  const lines = [`import { ${names} } from "${pkg}/src/index.js";`];
  if (variant === "on") lines.push(`import { validators } from "${pkg}/src/zod/index.js";`);
  lines.push(
    "",
    "const client = createClient({",
    `  baseUrl: "${BASE_URL}",`,
    '  auth: keySecret({ accessKey: "ACCESS_KEY", secretKey: "SECRET_KEY" }),',
    ...(variant === "on" ? ["  validate: validators,"] : []),
    "});",
    "",
    "export async function main() {",
    ...calls.map(([s, a], i) => `  const r${i} = await client.${s}.${a}({});`),
    ...(variant === "vaults" ? ['  const config = applyVaults("a: 1", []);'] : []),
    `  return [${calls.map((_, i) => `r${i}`).join(", ")}${variant === "vaults" ? ", config" : ""}];`,
    "}",
    "",
  );
  return lines.join("\n");
}

/**
 * Our client without `createClient`: a transport and the package's per-endpoint functions
 * (`usersGetCurrentUser(transport, body)`), each carrying only its own endpoint's versions.
 */
export function oursFunctionsProgram(pkg: string, calls: Calls): string {
  const fns = calls.map(([s, a]) => functionName(s, a));
  return [
    `import { createTransport, keySecret, ${[...new Set(fns)].sort().join(", ")} } from "${pkg}/src/index.js";`,
    "",
    "const transport = createTransport({",
    `  baseUrl: "${BASE_URL}",`,
    '  auth: keySecret({ accessKey: "ACCESS_KEY", secretKey: "SECRET_KEY" }),',
    "});",
    "",
    "export async function main() {",
    ...fns.map((f, i) => `  const r${i} = await ${f}(transport, {});`),
    `  return [${calls.map((_, i) => `r${i}`).join(", ")}];`,
    "}",
    "",
  ].join("\n");
}

/** `users`, `get_current_user` -> `usersGetCurrentUser`, as hey-api and our per-endpoint functions name them. */
export function functionName(service: string, action: string): string {
  return `${service}_${action}`.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
}

/** openapi-fetch: the login is a call like any other, its token set by a middleware. */
export function openapiFetchProgram(calls: Calls): string {
  return [
    'import createClient from "openapi-fetch";',
    "",
    `const client = createClient({ baseUrl: "${BASE_URL}" });`,
    "",
    "export async function main() {",
    '  const login = await client.POST("/auth.login", { headers: { Authorization: `Basic ${btoa("ACCESS_KEY:SECRET_KEY")}` } });',
    "  const token = login.data?.data?.token;",
    "  client.use({ onRequest: ({ request }) => { request.headers.set(\"Authorization\", `Bearer ${token}`); return request; } });",
    ...calls.map(([s, a], i) => `  const r${i} = (await client.POST("/${s}.${a}", { body: {} })).data?.data;`),
    `  return [${calls.map((_, i) => `r${i}`).join(", ")}];`,
    "}",
    "",
  ].join("\n");
}

/** hey-api's SDK (`sdk` is the folder of its output, holding sdk.gen and client/). */
export function heyApiProgram(sdk: string, calls: Calls): string {
  const fns = ["authLogin", ...calls.map(([s, a]) => functionName(s, a))];
  return [
    `import { createClient, createConfig } from "${sdk}/client/index";`,
    `import { ${[...new Set(fns)].sort().join(", ")} } from "${sdk}/sdk.gen";`,
    "",
    `const client = createClient(createConfig({ baseUrl: "${BASE_URL}" }));`,
    "",
    "export async function main() {",
    '  const login = await authLogin({ client, headers: { Authorization: `Basic ${btoa("ACCESS_KEY:SECRET_KEY")}` } });',
    "  const token = login.data?.data?.token;",
    "  client.interceptors.request.use((request) => { request.headers.set(\"Authorization\", `Bearer ${token}`); return request; });",
    ...calls.map(([s, a], i) => `  const r${i} = (await ${functionName(s, a)}({ client, body: {} })).data?.data;`),
    `  return [${calls.map((_, i) => `r${i}`).join(", ")}];`,
    "}",
    "",
  ].join("\n");
}

/** Writes `text` as `<dir>/<name>.ts` and returns its path. */
export function writeProgram(dir: string, name: string, text: string): string {
  const file = path.join(dir, `${name}.ts`);
  writeFileSync(file, text);
  return file;
}
