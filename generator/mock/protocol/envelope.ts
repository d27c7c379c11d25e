// The response envelope every API answer is wrapped in; HTTP status = result_code.
import type { JsonObject, JsonValue } from "../../../hocon/types.js";

export interface EndpointInfo {
  readonly name: string | null;
  readonly requested_version: string | null;
  readonly actual_version: string | null;
}

export interface EnvelopeArgs {
  readonly id: string;
  readonly trx: string;
  readonly endpoint: EndpointInfo;
  readonly code: number;
  readonly subcode: number;
  readonly msg: string;
  readonly errorData?: JsonObject;
  readonly data?: JsonObject;
}

export function envelope(a: EnvelopeArgs): JsonObject {
  return {
    meta: {
      id: a.id,
      trx: a.trx,
      endpoint: { ...a.endpoint },
      result_code: a.code,
      result_subcode: a.subcode,
      result_msg: a.msg,
      error_stack: null,
      error_data: a.errorData ?? {},
    },
    data: a.data ?? {},
  };
}

/** Turns clock milliseconds into the ISO strings the schemas declare as date-time. */
export function isoTime(ms: number): string {
  return new Date(ms).toISOString();
}

/** Drops undefined members so responses hold only what is set. */
export function compact(o: Record<string, JsonValue | undefined>): JsonObject {
  const out: JsonObject = {};
  for (const [k, v] of Object.entries(o)) if (v !== undefined) out[k] = v;
  return out;
}
