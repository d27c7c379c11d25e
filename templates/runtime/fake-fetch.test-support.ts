// Test support (not part of the shipped runtime): a fetch that records requests and
// answers from a handler, honouring AbortSignal like the real one.

import { base64Utf8 } from "./base64.js";

export interface RecordedRequest {
  readonly url: string;
  readonly method: string;
  /** Lower-cased names. */
  readonly headers: Record<string, string>;
  readonly body: string;
}

export type Handler = (request: RecordedRequest, index: number) => Response | Promise<Response>;

export interface FakeFetch {
  readonly fetch: typeof fetch;
  readonly requests: RecordedRequest[];
}

export function fakeFetch(handler: Handler): FakeFetch {
  const requests: RecordedRequest[] = [];
  const fetchImpl = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const signal = init?.signal ?? undefined;
    if (signal?.aborted) throw signal.reason;
    const headers: Record<string, string> = {};
    new Headers(init?.headers).forEach((value, name) => (headers[name] = value));
    const request: RecordedRequest = {
      url: String(input),
      method: init?.method ?? "GET",
      headers,
      body: typeof init?.body === "string" ? init.body : "",
    };
    const index = requests.push(request) - 1;
    const answer = Promise.resolve().then(() => handler(request, index));
    if (!signal) return answer;
    return new Promise<Response>((resolve, reject) => {
      const onAbort = () => reject(signal.reason);
      signal.addEventListener("abort", onAbort, { once: true });
      answer.then(resolve, reject).finally(() => signal.removeEventListener("abort", onAbort));
    });
  };
  return { fetch: fetchImpl as typeof fetch, requests };
}

export interface MetaOverrides {
  readonly result_code?: unknown;
  readonly result_subcode?: unknown;
  readonly result_msg?: unknown;
  readonly trx?: unknown;
  readonly requested_version?: unknown;
  readonly actual_version?: unknown;
  readonly error_data?: unknown;
}

/** The server's envelope; HTTP status = result_code unless `status` says otherwise. */
export function envelope(
  data: unknown,
  meta: MetaOverrides = {},
  status?: number,
  headers: Record<string, string> = {},
): Response {
  const code = meta.result_code ?? 200;
  const body = {
    meta: {
      id: "0123456789abcdef",
      trx: meta.trx ?? "0123456789abcdef",
      endpoint: {
        name: "x.y",
        requested_version: "requested_version" in meta ? meta.requested_version : "2.13",
        actual_version: "actual_version" in meta ? meta.actual_version : "2.1",
      },
      result_code: code,
      result_subcode: meta.result_subcode ?? 0,
      result_msg: meta.result_msg ?? "OK",
      error_stack: null,
      error_data: meta.error_data ?? {},
    },
    data,
  };
  return new Response(JSON.stringify(body), {
    status: status ?? (typeof code === "number" ? code : Number(code)),
    headers: { "Content-Type": "application/json", ...headers },
  });
}

/** An error envelope, e.g. apiError(401, 30, "Invalid token"). */
export function apiError(code: number, subcode: number, msg: string, headers: Record<string, string> = {}): Response {
  return envelope({}, { result_code: code, result_subcode: subcode, result_msg: msg }, code, headers);
}

/** An unsigned JWT with the given claims (the runtime never verifies signatures). */
export function makeJwt(claims: Record<string, unknown>): string {
  const part = (value: unknown) =>
    base64Utf8(JSON.stringify(value)).replace(/=+$/, "").replace(/\+/g, "-").replace(/\//g, "_");
  return `${part({ alg: "HS256", typ: "JWT" })}.${part(claims)}.c2lnbmF0dXJl`;
}

/** A fetch failure as Node's fetch reports a refused connection. */
export function connectionRefused(): TypeError {
  return new TypeError("fetch failed", {
    cause: Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:8008"), { code: "ECONNREFUSED" }),
  });
}

/** Retry options that never wait. */
export const noWait = { sleep: async () => {}, random: () => 0.5 } as const;
