// The contract between the dispatcher and the per-endpoint handlers.
import type { IncomingHttpHeaders } from "node:http";
import type { JsonObject } from "../../../hocon/types.js";
import type { Endpoint, EndpointVersion, Version } from "../../../generator/schema/model.js";
import type { Caller } from "../auth.js";
import type { ServerState } from "../state.js";
import type { Identity } from "../tokens.js";

export interface CallContext {
  readonly state: ServerState;
  /** Undefined only for `authorize: false` endpoints called without credentials. */
  readonly caller: Caller | undefined;
  readonly endpoint: Endpoint;
  /** The endpoint version that runs (highest <= requested). */
  readonly version: EndpointVersion;
  readonly requested: Version;
  readonly headers: IncomingHttpHeaders;
  readonly remoteAddress: string;
  setCookie(cookie: string): void;
  /** True when the running endpoint version is `text` or later. */
  atLeast(text: string): boolean;
  /** The caller's identity; 401 when there is none. */
  identity(): Identity;
}

export type JsonHandler = (ctx: CallContext, body: JsonObject) => JsonObject | Promise<JsonObject>;

/** One line of a json-lines body, already parsed and validated against the batched request schema. */
export type BatchLine =
  | { readonly line: number; readonly ok: true; readonly body: JsonObject }
  | { readonly line: number; readonly ok: false; readonly error: string };

export type BatchHandler = (ctx: CallContext, lines: readonly BatchLine[]) => JsonObject | Promise<JsonObject>;

export interface HandlerTable {
  readonly json: ReadonlyMap<string, JsonHandler>;
  readonly batch: ReadonlyMap<string, BatchHandler>;
}

export function str(body: JsonObject, key: string): string | undefined {
  const v = body[key];
  return typeof v === "string" ? v : undefined;
}

export function strings(body: JsonObject, key: string): string[] | undefined {
  const v = body[key];
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : undefined;
}

export function bool(body: JsonObject, key: string): boolean | undefined {
  const v = body[key];
  return typeof v === "boolean" ? v : undefined;
}

export function obj(body: JsonObject, key: string): JsonObject | undefined {
  const v = body[key];
  return typeof v === "object" && v !== null && !Array.isArray(v) ? v : undefined;
}
