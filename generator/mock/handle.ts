// One call to the mock, from path and body to the answer: version dispatch (the
// endpoint's highest version <= the requested one), authentication and roles, request
// validation with the generated validators, then the fixture or made-up data, itself
// checked with the version's response validator so the mock never answers what the
// generated client would refuse.
import { createHash } from "node:crypto";
import type { IncomingHttpHeaders } from "node:http";
import type { Faker } from "@faker-js/faker";
import type { JsonObject, JsonValue } from "../../hocon/types.js";
import { withoutNulls } from "../../templates/runtime/without-nulls.js";
import { findEndpoint, parseVersion, versionAt } from "../schema/index.js";
import { isObject } from "../schema/json.js";
import type { ApiModel, Endpoint, EndpointVersion, Version } from "../schema/model.js";
import { authorizeCall, type Identity, type MockAuth } from "./auth.js";
import { fakeValue } from "./fake.js";
import { parseJsonLines, parseJsonObject } from "./protocol/body.js";
import { envelope } from "./protocol/envelope.js";
import { ApiError, badRequest } from "./protocol/errors.js";
import { protocolHeader, single } from "./protocol/headers.js";
import type { ApiRoute } from "./protocol/routes.js";
import type { MockValidator, ValidationIssue, VersionValidators } from "./validators.js";

/** What a fixture function is given. */
export interface MockCall {
  /** `service.action` */
  readonly endpoint: string;
  /** The endpoint version that runs (meta.endpoint.actual_version). */
  readonly version: string;
  readonly requestedVersion: string;
  /** The request body (a batch's: its lines). */
  readonly body: JsonValue;
  /** The caller, when the call carried credentials. */
  readonly identity?: Identity;
}

/** A response's `data` (a string for file endpoints), or a function of the call returning it. */
export type MockFixture = JsonValue | ((call: MockCall) => JsonValue | Promise<JsonValue>);

export interface MockState {
  readonly model: ApiModel;
  readonly validators: ReadonlyMap<EndpointVersion, VersionValidators>;
  readonly auth: MockAuth;
  /** By `service.action@version` (that endpoint version only) or `service.action`. */
  readonly fixtures: ReadonlyMap<string, MockFixture>;
  readonly seed: string;
  readonly faker: Faker;
  readonly loginLifetimeSec: number;
  nextId(): string;
}

export interface MockAnswer {
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly body: string;
}

const JSON_LINES = "application/json-lines";
const ALLOWED_METHODS = new Set(["POST", "GET", "PUT"]);
const MAX_TOKEN_LIFETIME_SEC = 365 * 24 * 60 * 60;
// Fixed, so dates made up from a seed do not move with the day the tests run.
const REFERENCE_DATE = new Date("2025-01-01T00:00:00Z");

export async function handleCall(state: MockState, route: ApiRoute, method: string, headers: IncomingHttpHeaders, text: string): Promise<MockAnswer> {
  const id = state.nextId();
  const trx = protocolHeader(headers, "trx") ?? id;
  const info = { name: route.name, requested_version: route.version ?? null, actual_version: null as string | null };
  const answer = (code: number, subcode: number, msg: string, data?: JsonObject, errorData?: JsonObject): MockAnswer => ({
    status: code,
    headers: { "content-type": "application/json", "x-clearml-trx": trx },
    body: JSON.stringify(envelope({ id, trx, endpoint: info, code, subcode, msg, data, errorData })),
  });
  try {
    if (route.kind === "bad-version") throw badRequest(2, `Invalid version in request path: ${route.version}`);
    if (!ALLOWED_METHODS.has(method)) throw badRequest(1, `Method ${method} is not supported; use POST`);
    const requested = route.version === undefined ? state.model.maxVersion : (parseVersion(route.version) as Version);
    info.requested_version = requested.text;
    const endpoint = findEndpoint(state.model, route.name);
    const version = endpoint && versionAt(endpoint, requested);
    const validators = version && state.validators.get(version);
    if (!endpoint || !version || !validators) throw new ApiError(404, 0, `Unable to find endpoint for name ${route.name} and version ${requested.text}`);
    info.actual_version = version.version.text;
    const isBatch = version.request.kind === "batch";
    const contentType = single(headers["content-type"])?.trim();
    if (isBatch !== (contentType === JSON_LINES)) {
      const expected = isBatch ? `exactly ${JSON_LINES}` : "application/json";
      return { status: 415, headers: { "content-type": "text/plain; charset=utf-8", "x-clearml-trx": trx }, body: `Unsupported Media Type: ${route.name} takes ${expected}` };
    }
    const validator = validators.request(requested);
    const body = isBatch ? batchBody(text, validator) : jsonBody(text, validator);
    if (endpoint.name === "auth.login") return answer(200, 0, "OK", login(state, headers, body as JsonObject));
    const identity = state.auth.caller(headers);
    authorizeCall(endpoint, identity);
    const call: MockCall = { endpoint: endpoint.name, version: version.version.text, requestedVersion: requested.text, body, identity };
    const data = await responseData(state, endpoint, version, call, validators.response);
    if (typeof data === "string") {
      return { status: 200, headers: { "content-type": "text/plain; charset=utf-8", "content-disposition": `attachment; filename="${endpoint.action}.txt"`, "x-clearml-trx": trx }, body: data };
    }
    return answer(200, 0, "OK", data);
  } catch (err) {
    if (err instanceof ApiError) return answer(err.code, err.subcode, err.message, undefined, err.errorData);
    // A fixture function that threw something else: report without its internals.
    return answer(500, 1, "Internal server error");
  }
}

function jsonBody(text: string, validator: MockValidator | undefined): JsonObject {
  const body = parseJsonObject(text);
  const problem = validator && firstIssue(validator, withoutNulls(body));
  if (problem) throw badRequest(problem.subcode, `Validation error: ${problem.text}`, { field: problem.field });
  return body;
}

function batchBody(text: string, validator: MockValidator | undefined): JsonObject[] {
  return parseJsonLines(text).map((parsed) => {
    if (!parsed.ok) throw badRequest(12, `Validation error: ${parsed.error}`);
    const problem = validator && firstIssue(validator, withoutNulls(parsed.value));
    if (problem) throw badRequest(problem.subcode, `Validation error: line ${parsed.line}: ${problem.text}`, { line: parsed.line, field: problem.field });
    return parsed.value;
  });
}

interface Problem {
  /** 11 missing_required_fields, 12 validation_error. */
  readonly subcode: 11 | 12;
  /** Where in the body, e.g. `execution.queue` or `ids[2]`; "" for the body itself. */
  readonly field: string;
  readonly text: string;
}

function firstIssue(validator: MockValidator, value: unknown): Problem | undefined {
  const result = validator.safeParse(value);
  if (result.success) return undefined;
  const issue = result.error.issues[0];
  // An unknown key is reported on its object; the key is the field at fault.
  const keys = issue.code === "unrecognized_keys" ? ((issue as { keys?: string[] }).keys ?? []) : [];
  const field = fieldPath([...issue.path, ...keys.slice(0, 1)]);
  const missing = issue.code === "invalid_type" && /received undefined$/.test(issue.message);
  return { subcode: missing ? 11 : 12, field, text: `${field === "" ? "request body" : field}: ${missing ? "missing required field" : issue.message}` };
}

function fieldPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const key of path) out += typeof key === "number" ? `[${key}]` : out === "" ? String(key) : `.${String(key)}`;
  return out;
}

function login(state: MockState, headers: IncomingHttpHeaders, body: JsonObject): JsonObject {
  const who = state.auth.login(headers);
  const asked = typeof body.expiration_sec === "number" ? body.expiration_sec : state.loginLifetimeSec;
  return { token: state.auth.issue(who, Math.min(asked, MAX_TOKEN_LIFETIME_SEC)) };
}

async function responseData(state: MockState, endpoint: Endpoint, version: EndpointVersion, call: MockCall, validator: MockValidator | undefined): Promise<JsonObject | string> {
  const fixture = state.fixtures.get(`${endpoint.name}@${version.version.text}`) ?? state.fixtures.get(endpoint.name);
  const source = fixture === undefined ? "The made-up data" : "The fixture";
  const data = fixture === undefined ? madeUp(state, version, call) : typeof fixture === "function" ? await fixture(call) : fixture;
  if (version.response.kind === "text") {
    if (typeof data !== "string") throw new ApiError(500, 100, `${source} of ${endpoint.name} must be a string: the endpoint answers with a file`);
    return data;
  }
  const problem = validator && firstIssue(validator, data);
  if (problem || !isObject(data)) {
    throw new ApiError(500, 100, `${source} of ${endpoint.name} is not a valid ${version.version.text} response: ${problem?.text ?? "data must be an object"}`);
  }
  return data;
}

/** Data made up for the call: the same seed, endpoint version and body give the same data. */
function madeUp(state: MockState, version: EndpointVersion, call: MockCall): JsonValue {
  const { faker } = state;
  const digest = createHash("sha256").update(`${state.seed}\n${call.endpoint}\n${call.version}\n${JSON.stringify(call.body)}`).digest();
  faker.seed(digest.readUInt32BE(0));
  faker.setDefaultRefDate(REFERENCE_DATE);
  if (version.response.kind === "text") return faker.lorem.lines(3) + "\n";
  return fakeValue(version.response.schema, faker);
}
