// Turning a failed response or a failed fetch into a ClientError whose text is short and
// free of the credentials that were sent.
import type { EndpointInfo } from "./endpoint.js";
import type { Envelope } from "./envelope.js";
import { decodeBase64Utf8 } from "./base64.js";
import { ApiError, NetworkError } from "./errors.js";
import { pageText } from "./html-text.js";
import { statusReason } from "./reasons.js";
import { isSecretHeader, redactedExcerpt, redactValue } from "./redact.js";

export interface ResponseInfo {
  readonly status: number;
  readonly contentType: string | null;
  readonly text: string;
  readonly envelope?: Envelope;
}

export function apiErrorFromResponse(
  endpoint: EndpointInfo,
  response: ResponseInfo,
  sent: Readonly<Record<string, string>>,
): ApiError {
  const secrets = sentSecrets(sent);
  const meta = response.envelope?.meta;
  if (meta) {
    return new ApiError({
      status: response.status,
      resultCode: meta.resultCode ?? response.status,
      resultSubcode: meta.resultSubcode ?? 0,
      resultMsg: redactedExcerpt(meta.resultMsg ?? "", secrets, 1000),
      endpoint: endpoint.name,
      endpointVersion: endpoint.version,
      // Every text the server chose is redacted: a careless server echoes credentials anywhere.
      requestedVersion: shortText(meta.requestedVersion, secrets),
      actualVersion: shortText(meta.actualVersion, secrets),
      trx: shortText(meta.trx, secrets),
      requestId: shortText(meta.id, secrets),
      errorData: redactValue(meta.errorData, secrets),
      envelope: true,
    });
  }
  // Proxy pages (502/503/504), 415 and some 500 are plain text or HTML, and a 2xx that
  // is not the envelope means something other than the API answered.
  const ok = response.status >= 200 && response.status < 300;
  const snippet = redactedExcerpt(pageText(response.text, response.contentType), secrets);
  return new ApiError({
    status: response.status,
    resultCode: response.status,
    resultSubcode: 0,
    resultMsg: ok ? `the answer is not the API's JSON envelope${snippet ? `: ${snippet}` : ""}` : snippet,
    endpoint: endpoint.name,
    endpointVersion: endpoint.version,
    envelope: false,
    reason: ok ? "invalid_envelope" : statusReason(response.status),
  });
}

function shortText(text: string | undefined, secrets: readonly string[]): string | undefined {
  return text === undefined ? undefined : redactedExcerpt(text, secrets);
}

export function networkError(endpoint: string, error: unknown, sent: Readonly<Record<string, string>>): NetworkError {
  const cause = (error as { cause?: unknown } | null)?.cause;
  const code = errorCode(cause) ?? errorCode(error);
  const detail = [messageOf(error), messageOf(cause)].filter((m) => m !== "").join(": ") || "fetch failed";
  return new NetworkError(endpoint, code, redactedExcerpt(detail, sentSecrets(sent)));
}

function errorCode(error: unknown): string | undefined {
  if (error === null || typeof error !== "object") return undefined;
  const code = (error as { code?: unknown }).code;
  if (typeof code === "string") return code;
  // Node reports a refused connection to every address of a host as an AggregateError.
  const inner = (error as { errors?: unknown }).errors;
  return Array.isArray(inner) ? inner.map(errorCode).find((c) => c !== undefined) : undefined;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : typeof error === "string" ? error : "";
}

/** Every credential in the headers sent: whole values, the token part, and decoded Basic user and password. */
export function sentSecrets(headers: Readonly<Record<string, string>>): string[] {
  const secrets: string[] = [];
  for (const [name, value] of Object.entries(headers)) {
    if (!isSecretHeader(name)) continue;
    secrets.push(value);
    const match = /^(Basic|Bearer)\s+(.+)$/i.exec(value);
    if (!match) continue;
    secrets.push(match[2]);
    if (match[1].toLowerCase() === "basic") {
      try {
        const decoded = decodeBase64Utf8(match[2]);
        const colon = decoded.indexOf(":");
        secrets.push(decoded, decoded.slice(0, colon), decoded.slice(colon + 1));
      } catch {
        // Not base64: the raw value is already listed.
      }
    }
  }
  // Longest first, so a value is replaced whole before any part of it.
  return secrets.sort((a, b) => b.length - a.length);
}
