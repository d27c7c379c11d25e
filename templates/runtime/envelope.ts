// Reading the server's response envelope `{meta, data}`, tolerant of the forms servers
// actually send (versions as numbers, strings or null; codes as numeric strings).
import { isJsonObject } from "./json-object.js";

export interface EnvelopeMeta {
  readonly id?: string;
  readonly trx?: string;
  readonly requestedVersion?: string;
  readonly actualVersion?: string;
  readonly resultCode?: number;
  readonly resultSubcode?: number;
  readonly resultMsg?: string;
  readonly errorData?: unknown;
}

export interface Envelope {
  readonly meta: EnvelopeMeta;
  readonly data: unknown;
}

/** The envelope in `text`, or undefined when the text is not JSON with a `meta` object. */
export function parseEnvelope(text: string): Envelope | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!isJsonObject(parsed) || !isJsonObject(parsed["meta"])) return undefined;
  const meta = parsed["meta"];
  const endpoint = isJsonObject(meta["endpoint"]) ? meta["endpoint"] : {};
  return {
    meta: {
      id: asText(meta["id"]),
      trx: asText(meta["trx"]),
      requestedVersion: asText(endpoint["requested_version"]),
      actualVersion: asText(endpoint["actual_version"]),
      resultCode: asInteger(meta["result_code"]),
      resultSubcode: asInteger(meta["result_subcode"]),
      resultMsg: asText(meta["result_msg"]),
      errorData: meta["error_data"] ?? undefined,
    },
    data: parsed["data"] ?? {},
  };
}

// A number version loses trailing zeros in JSON (2.10 arrives as 2.1); nothing can restore them.
function asText(value: unknown): string | undefined {
  if (typeof value === "string") return value;
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  return undefined;
}

function asInteger(value: unknown): number | undefined {
  if (typeof value === "number" && Number.isInteger(value)) return value;
  if (typeof value === "string" && /^-?\d+$/.test(value.trim())) return Number(value);
  return undefined;
}
