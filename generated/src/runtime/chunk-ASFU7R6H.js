// templates/runtime/redact.js
var REDACTED = "[REDACTED]";
var inspectCustom = /* @__PURE__ */ Symbol.for("nodejs.util.inspect.custom");
var SECRET_HEADERS = /* @__PURE__ */ new Set(["authorization", "proxy-authorization", "cookie", "set-cookie", "x-api-key"]);
function isSecretHeader(name) {
  return SECRET_HEADERS.has(name.toLowerCase());
}
function redactHeaders(headers) {
  const out = {};
  for (const [name, value] of Object.entries(headers)) {
    if (!isSecretHeader(name)) {
      out[name] = value;
      continue;
    }
    const scheme = /^(Basic|Bearer)\s/i.exec(value);
    out[name] = scheme ? `${scheme[1]} ${REDACTED}` : REDACTED;
  }
  return out;
}
function redactUrl(url) {
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/?#]*@/i, `$1${REDACTED}@`);
}
var TEXT_RULES = [
  // A URL's user:password@, e.g. in fetch's "cannot be constructed from a URL that includes credentials".
  [/(?<![a-z0-9+.-])([a-z][a-z0-9+.-]*:\/\/)[^\s/?#]*@/gi, `$1${REDACTED}@`],
  [/\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]+/gi, `$1 ${REDACTED}`],
  // A JWT: three base64url parts, the header starting with '{"' encoded.
  [/(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]*\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*/g, REDACTED],
  [
    /("?\b(?:access_token|refresh_token|id_token|token|secret_key|secret|password|client_secret)"?\s*[:=]\s*"?)[^"&\s,}]+/gi,
    `$1${REDACTED}`
  ]
];
function redactText(text, secrets = []) {
  let out = text;
  for (const secret of secrets) {
    if (secret.length >= 4) out = out.split(secret).join(REDACTED);
  }
  for (const [pattern, replacement] of TEXT_RULES) out = out.replace(pattern, replacement);
  return out;
}
var SECRET_KEY = /authorization|cookie|api[-_]?key|passw|secret|token|credential/i;
var MAX_DEPTH = 32;
function redactValue(value, secrets = [], depth = 0) {
  if (typeof value === "string") return redactText(value, secrets);
  if (value === null || typeof value !== "object") return value;
  if (depth >= MAX_DEPTH) return REDACTED;
  if (Array.isArray(value)) return value.map((item) => redactValue(item, secrets, depth + 1));
  const out = {};
  for (const [key, item] of Object.entries(value)) {
    Object.defineProperty(out, redactText(key, secrets), {
      value: SECRET_KEY.test(key) ? REDACTED : redactValue(item, secrets, depth + 1),
      enumerable: true,
      writable: true,
      configurable: true
    });
  }
  return out;
}
var EXCERPT_SCAN_LIMIT = 65536;
function redactedExcerpt(text, secrets = [], max = 200) {
  const scanned = redactText(text.length > EXCERPT_SCAN_LIMIT ? text.slice(0, EXCERPT_SCAN_LIMIT) : text, secrets);
  const unscanned = text.length - Math.min(text.length, EXCERPT_SCAN_LIMIT);
  if (scanned.length <= max && unscanned === 0) return scanned;
  return `${scanned.slice(0, max)}\u2026 (${Math.max(0, scanned.length - max) + unscanned} more characters)`;
}

// templates/runtime/json-object.js
function isJsonObject(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

export {
  isJsonObject,
  REDACTED,
  inspectCustom,
  isSecretHeader,
  redactHeaders,
  redactUrl,
  redactText,
  redactValue,
  redactedExcerpt
};
