// What the server received, for tests to inspect. Credentials never enter it: the
// Authorization header keeps only its scheme and cookie values are blanked.
import type { IncomingHttpHeaders } from "node:http";

export interface LoggedRequest {
  readonly method: string;
  /** Path and query as sent. */
  readonly path: string;
  /** Lower-case names; Authorization reduced to its scheme, cookie values redacted. */
  readonly headers: Readonly<Record<string, string>>;
  /** Server clock time of arrival (ms). */
  readonly at: number;
  readonly bodyBytes: number;
  /** The body text, only when the server was started with `recordBodies`. */
  readonly body?: string;
  /** HTTP status of the answer; absent while unanswered or when the connection was reset. */
  readonly status?: number;
  /** meta.endpoint.actual_version of an API answer: the endpoint version that ran. */
  readonly actualVersion?: string | null;
}

const REDACTED = "[redacted]";

export function redactHeaders(headers: IncomingHttpHeaders): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined) continue;
    const text = Array.isArray(value) ? value.join(", ") : value;
    if (name === "authorization") out[name] = `${text.trim().split(/\s+/, 1)[0]} ${REDACTED}`;
    else if (name === "cookie") out[name] = text.replace(/=([^;]*)/g, `=${REDACTED}`);
    else out[name] = text;
  }
  return out;
}
