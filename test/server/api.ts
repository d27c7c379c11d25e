// One API call, from path and body to the envelope: version dispatch from the schema
// model, authentication, validation against the request schema, the handler.
import type { IncomingHttpHeaders } from "node:http";
import type { JsonObject } from "../../hocon/types.js";
import type { Endpoint, EndpointVersion, Version } from "../../generator/schema/model.js";
import { compareVersions, findEndpoint, parseVersion, versionAt } from "../../generator/schema/index.js";
import { applyImpersonation, authenticate, authorizeCall, type Caller } from "./auth.js";
import { parseJsonLines, parseJsonObject } from "../../generator/mock/protocol/body.js";
import { envelope, type EndpointInfo } from "../../generator/mock/protocol/envelope.js";
import { ApiError, badRequest, unauthorized } from "../../generator/mock/protocol/errors.js";
import { handlers } from "./handlers/index.js";
import type { BatchLine, CallContext } from "./handlers/types.js";
import { protocolHeader, single } from "../../generator/mock/protocol/headers.js";
import type { ApiRoute } from "../../generator/mock/protocol/routes.js";
import type { ServerState } from "./state.js";
import { validateValue } from "./validate.js";

export interface HttpAnswer {
  readonly status: number;
  readonly headers: Record<string, string | string[]>;
  readonly body: string;
  /** For API answers: the endpoint version that ran (meta.endpoint.actual_version). */
  readonly actualVersion?: string | null;
}

export interface ApiRequest {
  readonly method: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
  readonly remoteAddress: string;
}

const JSON_LINES = "application/json-lines";
const ALLOWED_METHODS = new Set(["POST", "GET", "PUT"]);

export async function handleApiCall(state: ServerState, route: ApiRoute, req: ApiRequest): Promise<HttpAnswer> {
  const id = state.nextEnvelopeId();
  const trx = protocolHeader(req.headers, "trx") ?? id;
  const cookies: string[] = [];
  const info: { name: string; requested_version: string | null; actual_version: string | null } = {
    name: route.name,
    requested_version: route.version ?? null,
    actual_version: null,
  };
  const answer = (code: number, subcode: number, msg: string, data?: JsonObject, errorData?: JsonObject): HttpAnswer => {
    const headers: Record<string, string | string[]> = { "content-type": "application/json", "x-clearml-trx": trx };
    if (cookies.length > 0) headers["set-cookie"] = cookies;
    const body = envelope({ id, trx, endpoint: info as EndpointInfo, code, subcode, msg, data, errorData });
    return { status: code, headers, body: JSON.stringify(body), actualVersion: info.actual_version };
  };
  try {
    if (route.kind === "bad-version") throw badRequest(2, `Invalid version in request path: ${route.version}`);
    if (!ALLOWED_METHODS.has(req.method)) throw badRequest(1, `Method ${req.method} is not supported; use POST`);
    const requested = route.version === undefined ? state.model.maxVersion : (parseVersion(route.version) as Version);
    info.requested_version = requested.text;
    const endpoint = findEndpoint(state.model, route.name);
    const version = endpoint && versionAt(endpoint, requested);
    if (!endpoint || !version) {
      throw new ApiError(404, 0, `Unable to find endpoint for name ${route.name} and version ${requested.text}`);
    }
    info.actual_version = version.version.text;
    // Counted before authentication, so tests can see failed logins too.
    if (endpoint.name === "auth.login") state.stats.loginAttempts += 1;
    const contentType = single(req.headers["content-type"])?.trim();
    const isBatch = version.request.kind === "batch";
    if (isBatch !== (contentType === JSON_LINES)) {
      const expected = isBatch ? `exactly ${JSON_LINES}` : "application/json";
      return plain(415, `Unsupported Media Type: ${route.name} takes ${expected}`, trx);
    }
    let caller = authenticate(state, req.headers, req.remoteAddress);
    caller = applyImpersonation(state, req.headers, caller);
    caller = authorizeCall(endpoint, caller);
    const ctx = callContext(state, endpoint, version, requested, caller, req, cookies);
    const data = isBatch ? await runBatch(ctx, req.body) : await runJson(ctx, req.body);
    return answer(200, 0, "OK", data);
  } catch (err) {
    if (err instanceof ApiError) return answer(err.code, err.subcode, err.message, undefined, err.errorData);
    // Handler bugs: report without internals (no stack, no values that might be secret).
    return answer(500, 1, "Internal server error");
  }
}

async function runJson(ctx: CallContext, text: string): Promise<JsonObject> {
  const body = parseJsonObject(text);
  const request = ctx.version.request;
  if (request.kind === "schema") {
    const problem = validateValue(body, request.schema);
    if (problem) throw badRequest(problem.subcode, problem.msg);
  }
  const handler = handlers.json.get(ctx.endpoint.name);
  if (!handler) throw new ApiError(500, 9999, `Not implemented: ${ctx.endpoint.name}`);
  return handler(ctx, body);
}

async function runBatch(ctx: CallContext, text: string): Promise<JsonObject> {
  const request = ctx.version.request;
  const handler = handlers.batch.get(ctx.endpoint.name);
  if (request.kind !== "batch" || !handler) throw new ApiError(500, 9999, `Not implemented: ${ctx.endpoint.name}`);
  const lines: BatchLine[] = parseJsonLines(text).map((parsed) => {
    if (!parsed.ok) return parsed;
    const problem = request.item && validateValue(parsed.value, request.item);
    return problem
      ? { line: parsed.line, ok: false, error: `line ${parsed.line}: ${problem.msg}` }
      : { line: parsed.line, ok: true, body: parsed.value };
  });
  return handler(ctx, lines);
}

function callContext(
  state: ServerState,
  endpoint: Endpoint,
  version: EndpointVersion,
  requested: Version,
  caller: Caller | undefined,
  req: ApiRequest,
  cookies: string[],
): CallContext {
  return {
    state,
    caller,
    endpoint,
    version,
    requested,
    headers: req.headers,
    remoteAddress: req.remoteAddress,
    setCookie: (c) => cookies.push(c),
    atLeast(text) {
      const v = parseVersion(text);
      if (!v) throw new Error(`bad version literal ${text}`);
      return compareVersions(version.version, v) >= 0;
    },
    identity() {
      if (!caller) throw unauthorized(20, "Missing authentication: send a Bearer token or Basic credentials");
      return caller.identity;
    },
  };
}

export function plain(status: number, text: string, trx?: string, extra: Record<string, string> = {}): HttpAnswer {
  const headers: Record<string, string> = { "content-type": "text/plain; charset=utf-8", ...extra };
  if (trx !== undefined) headers["x-clearml-trx"] = trx;
  return { status, headers, body: text };
}
