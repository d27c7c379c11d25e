// The node:http front: reads the body, logs the request, applies injected faults and
// routes to the API or the OIDC token endpoint.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { Readable } from "node:stream";
import { createGzip } from "node:zlib";
import { handleApiCall, plain, type HttpAnswer } from "./api.js";
import type { JsonObject, JsonValue } from "../../hocon/types.js";
import type { AnswerFault, Fault, ReplacingFault } from "./faults.js";
import { handleOidcToken, OIDC_TOKEN_PATH } from "./oidc.js";
import { redactHeaders, type LoggedRequest } from "./request-log.js";
import { BodyTooLarge, readBody } from "../../generator/mock/protocol/read-body.js";
import { parseApiPath } from "../../generator/mock/protocol/routes.js";
import type { ServerState } from "./state.js";

export function createHttpServer(state: ServerState): Server {
  return createServer((req, res) => {
    serve(state, req, res).catch(() => {
      if (!res.headersSent) send(res, plain(500, "Internal Server Error"));
      else res.destroy();
    });
  });
}

async function serve(state: ServerState, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const method = req.method ?? "GET";
  const rawPath = req.url ?? "/";
  let body: Buffer;
  try {
    body = await readBody(req, state.settings.maxBodyBytes);
  } catch (err) {
    if (err instanceof BodyTooLarge) return send(res, plain(413, "Payload Too Large"), { close: true });
    throw err;
  }
  const text = body.toString("utf8");
  const entry: Mutable<LoggedRequest> = {
    method,
    path: rawPath,
    headers: redactHeaders(req.headers),
    at: state.clock.now(),
    bodyBytes: body.length,
    ...(state.settings.recordBodies ? { body: text } : {}),
  };
  state.requests.push(entry);
  const reply = (answer: HttpAnswer): void => {
    entry.status = answer.status;
    if (answer.actualVersion !== undefined) entry.actualVersion = answer.actualVersion;
    send(res, answer);
  };
  const pathname = rawPath.split("?", 1)[0];
  const route = parseApiPath(pathname);
  const target = pathname === OIDC_TOKEN_PATH ? OIDC_TOKEN_PATH : route?.name ?? pathname;
  const fault = state.faults.take(target);
  if (fault?.kind === "delay") await sleep(fault.ms);
  else if (fault?.kind === "gate") await fault.open.catch(() => undefined);
  else if (fault?.kind === "huge") return sendHuge(res, fault);
  const replacing = fault && isReplacing(fault) ? fault : undefined;
  if (replacing && !replacing.afterHandler) return applyFault(res, replacing, reply);
  const edit = fault?.kind === "tamper" ? fault.edit : undefined;

  let answer: HttpAnswer;
  if (pathname === OIDC_TOKEN_PATH) {
    const granted = handleOidcToken(state, { method, headers: req.headers, body: text });
    answer = edit ? tampered(granted, edit, (json) => json) : granted;
  } else if (!route) {
    answer = plain(404, `Not Found: ${pathname}`);
  } else {
    const remoteAddress = req.socket.remoteAddress ?? "";
    const handled = await handleApiCall(state, route, { method, headers: req.headers, body: text, remoteAddress });
    answer = edit ? tampered(handled, edit, (json) => json.data as JsonObject) : handled;
  }
  // The API acted; the fault replaces what it answered.
  if (replacing) return applyFault(res, replacing, reply);
  reply(answer);
}

function isReplacing(fault: Fault): fault is ReplacingFault {
  return fault.kind !== "delay" && fault.kind !== "gate" && fault.kind !== "tamper";
}

/** Answers with the fault, or breaks the connection as it says. */
function applyFault(res: ServerResponse, fault: ReplacingFault, reply: (answer: HttpAnswer) => void): void {
  switch (fault.kind) {
    case "reset":
      return void res.socket?.resetAndDestroy();
    case "close":
      return void res.socket?.end();
    case "partial-headers":
      return void res.socket?.end("HTTP/1.1 200 OK\r\nContent-Type: applica");
    default:
      return reply(faultAnswer(fault));
  }
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** The answer with the JSON object `pick` selects replaced by `edit` of it (the whole body when `pick` returns the body). */
function tampered(answer: HttpAnswer, edit: (data: JsonObject) => JsonValue, pick: (json: JsonObject) => JsonObject): HttpAnswer {
  const json = JSON.parse(answer.body) as JsonObject;
  const target = pick(json);
  const replaced = edit(structuredClone(target));
  const body = target === json ? replaced : { ...json, data: replaced };
  return { ...answer, body: JSON.stringify(body) };
}

/** Streams the "huge" fault's body, produced chunk by chunk as the socket drains. */
function sendHuge(res: ServerResponse, fault: Extract<Fault, { kind: "huge" }>): void {
  const chunk = Buffer.alloc(64 * 1024, " ");
  let produced = 0;
  const source = new Readable({
    read() {
      const size = Math.min(chunk.length, fault.bytes - produced);
      produced += size;
      this.push(size > 0 ? chunk.subarray(0, size) : null);
    },
  });
  // No Content-Length (chunked): the client learns the size only by reading.
  res.writeHead(200, { "content-type": "application/json", ...(fault.gzip ? { "content-encoding": "gzip" } : {}) });
  res.on("close", () => fault.ended?.(produced, res.writableFinished));
  (fault.gzip ? source.pipe(createGzip()) : source).pipe(res);
}

function faultAnswer(fault: AnswerFault): HttpAnswer {
  switch (fault.kind) {
    case "status": {
      const extra: Record<string, string> = fault.retryAfter === undefined ? {} : { "retry-after": String(fault.retryAfter) };
      return plain(fault.status, fault.body ?? `Injected ${fault.status}`, undefined, extra);
    }
    case "envelope": {
      const body = {
        meta: {
          id: "injected",
          trx: "injected",
          endpoint: { name: null, requested_version: null, actual_version: null },
          result_code: fault.code,
          result_subcode: fault.subcode,
          result_msg: fault.msg ?? "Injected error",
          error_stack: null,
          error_data: {},
        },
        data: {},
      };
      return { status: fault.code, headers: { "content-type": "application/json" }, body: JSON.stringify(body) };
    }
    case "non-json": {
      const status = fault.status ?? 502;
      const html = `<html><head><title>${status}</title></head><body><h1>${status} Bad Gateway</h1></body></html>`;
      return { status, headers: { "content-type": "text/html" }, body: html };
    }
    case "redirect":
      return plain(fault.status, `Moved to ${fault.location}`, undefined, { location: fault.location });
    case "malformed":
      return { status: 200, headers: { "content-type": "application/json" }, body: '{"meta": {"id": "x", "result_code": 200, "data": {' };
  }
}

function send(res: ServerResponse, answer: HttpAnswer, opts: { close?: boolean } = {}): void {
  const headers: Record<string, string | string[]> = { ...answer.headers };
  headers["content-length"] = String(Buffer.byteLength(answer.body));
  if (opts.close) headers.connection = "close";
  res.writeHead(answer.status, headers);
  res.end(answer.body);
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
