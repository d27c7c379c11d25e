import { ApiError, NetworkError } from "./errors.js";
import { statusReason } from "./reasons.js";
import { isSecretHeader, redactedExcerpt } from "./redact.js";
function apiErrorFromResponse(endpoint, response, sent) {
  const secrets = sentSecrets(sent);
  const meta = response.envelope?.meta;
  if (meta) {
    return new ApiError({
      status: response.status,
      resultCode: meta.resultCode ?? response.status,
      resultSubcode: meta.resultSubcode ?? 0,
      resultMsg: redactedExcerpt(meta.resultMsg ?? "", secrets, 1e3),
      endpoint: endpoint.name,
      endpointVersion: endpoint.version,
      requestedVersion: meta.requestedVersion,
      actualVersion: meta.actualVersion,
      trx: meta.trx,
      requestId: meta.id,
      errorData: meta.errorData,
      envelope: true
    });
  }
  const ok = response.status >= 200 && response.status < 300;
  const snippet = redactedExcerpt(plainText(response.text, response.contentType), secrets);
  return new ApiError({
    status: response.status,
    resultCode: response.status,
    resultSubcode: 0,
    resultMsg: ok ? `the answer is not the API's JSON envelope${snippet ? `: ${snippet}` : ""}` : snippet,
    endpoint: endpoint.name,
    endpointVersion: endpoint.version,
    envelope: false,
    reason: ok ? "invalid_envelope" : statusReason(response.status)
  });
}
function networkError(endpoint, error, sent) {
  const cause = error?.cause;
  const code = errorCode(cause) ?? errorCode(error);
  const detail = [messageOf(error), messageOf(cause)].filter((m) => m !== "").join(": ") || "fetch failed";
  return new NetworkError(endpoint, code, redactedExcerpt(detail, sentSecrets(sent)));
}
function errorCode(error) {
  if (error === null || typeof error !== "object") return void 0;
  const code = error.code;
  if (typeof code === "string") return code;
  const inner = error.errors;
  return Array.isArray(inner) ? inner.map(errorCode).find((c) => c !== void 0) : void 0;
}
function messageOf(error) {
  return error instanceof Error ? error.message : typeof error === "string" ? error : "";
}
function plainText(text, contentType) {
  const html = /html/i.test(contentType ?? "") || /^\s*</.test(text);
  const words = html ? text.replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, " ").replace(/<[^>]*>/g, " ") : text;
  return words.replace(/\s+/g, " ").trim();
}
function sentSecrets(headers) {
  const secrets = [];
  for (const [name, value] of Object.entries(headers)) {
    if (!isSecretHeader(name)) continue;
    secrets.push(value);
    const match = /^(Basic|Bearer)\s+(.+)$/i.exec(value);
    if (!match) continue;
    secrets.push(match[2]);
    if (match[1].toLowerCase() === "basic") {
      try {
        const decoded = new TextDecoder().decode(Uint8Array.from(atob(match[2]), (c) => c.charCodeAt(0)));
        const colon = decoded.indexOf(":");
        secrets.push(decoded, decoded.slice(0, colon), decoded.slice(colon + 1));
      } catch {
      }
    }
  }
  return secrets.sort((a, b) => b.length - a.length);
}
export {
  apiErrorFromResponse,
  networkError,
  sentSecrets
};
