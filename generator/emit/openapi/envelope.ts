// The response envelope every JSON answer comes in (`{meta, data}`, HTTP status =
// meta.result_code) and the shared error responses, as components every operation
// references. Field types follow the wire protocol (../shared/reference/protocol.md):
// versions in meta.endpoint may be strings, numbers or null; some errors are plain text.
// The protocol guarantees result_code = the HTTP status, so each response of a known
// status says its code (`const`): a client reads any other code as an error, and a mock
// built from the document must not answer a success with one.
import { schemaRef } from "./component-keys.js";
import type { JsonObject, JsonSchema } from "./types.js";

/** Shared component keys; they contain no `.`, so they never clash with `{service}.{name}`. */
export const META_KEY = "ResponseMeta";
export const META_ENDPOINT_KEY = "ResponseMetaEndpoint";
export const ERROR_ENVELOPE_KEY = "ErrorEnvelope";
export const OK_META_KEY = "ResponseMetaOk";

const VERSION_VALUE: JsonSchema = {
  type: ["string", "number", "null"],
};

const META_ENDPOINT: JsonSchema = {
  type: "object",
  description: "The endpoint that handled the call.",
  properties: {
    name: { type: ["string", "null"], description: "`service.action`." },
    requested_version: { ...VERSION_VALUE, description: "The API version the call asked for." },
    actual_version: { ...VERSION_VALUE, description: "The endpoint version that ran: its highest version <= the requested one." },
  },
};

const META: JsonSchema = {
  type: "object",
  description: "Call metadata, present in every JSON response. The HTTP status equals result_code.",
  required: ["result_code", "result_subcode", "result_msg"],
  properties: {
    id: { type: "string", description: "The request id (hex)." },
    trx: { type: ["string", "null"], description: "The transaction id: the X-ClearML-Trx header when sent." },
    endpoint: { $ref: schemaRef(META_ENDPOINT_KEY) },
    result_code: { type: "integer", description: "Same as the HTTP status: 200 for a successful call." },
    result_subcode: { type: "integer", description: "Refines result_code; 0 when there is nothing to add." },
    result_msg: { type: "string", description: "\"OK\", or what went wrong." },
    error_stack: { type: ["string", "null"], description: "Server stack trace, when the server is configured to send it." },
    error_data: { type: "object", description: "Structured error details; usually empty." },
  },
};

const ERROR_ENVELOPE: JsonSchema = {
  type: "object",
  description: "An error answer: meta says what went wrong; data is usually empty.",
  required: ["meta"],
  properties: {
    meta: { $ref: schemaRef(META_KEY) },
    data: { description: "Usually `{}`." },
  },
};

/** What the meta of an answer with HTTP status `code` adds to ResponseMeta: the same code. */
function resultCodeIs(code: number): JsonSchema {
  return { type: "object", properties: { result_code: { const: code } } };
}

export function envelopeSchemas(): Record<string, JsonSchema> {
  return {
    [ERROR_ENVELOPE_KEY]: structuredClone(ERROR_ENVELOPE),
    [META_KEY]: structuredClone(META),
    [META_ENDPOINT_KEY]: structuredClone(META_ENDPOINT),
    [OK_META_KEY]: {
      description: "Call metadata of a successful call: result_code is 200.",
      allOf: [{ $ref: schemaRef(META_KEY) }, resultCodeIs(200)],
    },
  };
}

/** The success envelope around one endpoint's response schema. */
export function envelopeOf(data: JsonSchema): JsonSchema {
  return {
    type: "object",
    required: ["meta", "data"],
    properties: { meta: { $ref: schemaRef(OK_META_KEY) }, data },
  };
}

/** The error envelope of an answer with this HTTP status; any code for `default`. */
function errorEnvelopeFor(status: string): JsonSchema {
  const envelope = { $ref: schemaRef(ERROR_ENVELOPE_KEY) };
  if (!/^\d{3}$/.test(status)) return envelope;
  return { allOf: [envelope, { type: "object", properties: { meta: resultCodeIs(Number(status)) } }] };
}

/** Error responses by status, with the component key each operation references. */
const ERROR_RESPONSES: readonly { status: string; key: string; description: string; plainText: boolean }[] = [
  { status: "400", key: "BadRequest", description: "Bad request: invalid or missing fields, invalid id, bad headers (see result_subcode).", plainText: false },
  { status: "401", key: "Unauthorized", description: "Missing, bad or expired credentials (see result_subcode).", plainText: false },
  { status: "403", key: "Forbidden", description: "The caller's role may not call this endpoint, or may not write this entity.", plainText: false },
  { status: "404", key: "NotFound", description: "No such endpoint at the requested version.", plainText: false },
  // Some 500s (and errors from proxies in front of the server) are plain text, not envelopes.
  { status: "500", key: "ServerError", description: "Server error.", plainText: true },
  { status: "default", key: "UnexpectedError", description: "Any other error; may be plain text when it does not come from the API server itself.", plainText: true },
];

export function errorResponseComponents(): Record<string, JsonObject> {
  const out: Record<string, JsonObject> = {};
  for (const r of ERROR_RESPONSES) {
    const content: JsonObject = { "application/json": { schema: errorEnvelopeFor(r.status) } };
    if (r.plainText) content["text/plain"] = { schema: { type: "string" } };
    out[r.key] = { description: r.description, content };
  }
  return out;
}

/** `responses` entries that reference the shared error responses. */
export function errorResponseRefs(): JsonObject {
  const out: JsonObject = {};
  for (const r of ERROR_RESPONSES) out[r.status] = { $ref: `#/components/responses/${r.key}` };
  return out;
}
