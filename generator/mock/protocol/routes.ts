// Request paths of the protocol: /v{major.minor}/{service}.{action}, or without the
// version (the API's maximum), with one optional trailing slash.
export type ApiRoute =
  | { readonly kind: "api"; readonly name: string; readonly version?: string }
  /** A /v.../ prefix that is not a version: 400/2. */
  | { readonly kind: "bad-version"; readonly name: string; readonly version: string };

const API_PATH = /^\/(?:v([^/]*)\/)?([a-zA-Z_]\w+\.[a-zA-Z_]\w+)\/?$/;
const VERSION = /^\d+\.\d+$/;

export function parseApiPath(pathname: string): ApiRoute | undefined {
  const m = API_PATH.exec(pathname);
  if (!m) return undefined;
  const [, version, name] = m;
  if (version === undefined) return { kind: "api", name };
  return VERSION.test(version) ? { kind: "api", name, version } : { kind: "bad-version", name, version };
}
