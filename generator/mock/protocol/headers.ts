// Reading the protocol's X-ClearML-* request headers, with the legacy X-Trains-* prefix.
import type { IncomingHttpHeaders } from "node:http";

/** `name` without prefix, lower case, e.g. "trx" for X-ClearML-Trx. */
export function protocolHeader(headers: IncomingHttpHeaders, name: string): string | undefined {
  return single(headers[`x-clearml-${name}`]) ?? single(headers[`x-trains-${name}`]);
}

export function single(v: string | string[] | undefined): string | undefined {
  return Array.isArray(v) ? v[0] : v;
}

/** Cookie value by name from the Cookie header, or undefined. */
export function cookie(headers: IncomingHttpHeaders, name: string): string | undefined {
  const raw = single(headers.cookie);
  if (!raw) return undefined;
  for (const part of raw.split(";")) {
    const eq = part.indexOf("=");
    if (eq > 0 && part.slice(0, eq).trim() === name) return decodeURIComponent(part.slice(eq + 1).trim());
  }
  return undefined;
}
