// Keeping secrets out of everything a person or a log collector can see: headers, URLs,
// error texts, and the printed form of objects that hold credentials.

export const REDACTED = "[REDACTED]";

/** Node's hook for util.inspect / console.log; a plain symbol, so this stays browser-safe. */
export const inspectCustom: unique symbol = Symbol.for("nodejs.util.inspect.custom") as never;

// Header names whose values are credentials (compared lower-case).
const SECRET_HEADERS = new Set(["authorization", "proxy-authorization", "cookie", "set-cookie", "x-api-key"]);

export function isSecretHeader(name: string): boolean {
  return SECRET_HEADERS.has(name.toLowerCase());
}

/** A copy of `headers` with credential values replaced, e.g. `Authorization: Bearer [REDACTED]`. */
export function redactHeaders(headers: Readonly<Record<string, string>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (!isSecretHeader(name)) {
      out[name] = value;
      continue;
    }
    // Keep the scheme: "Bearer" vs "Basic" is what one needs to debug auth, never the value.
    const scheme = /^(Basic|Bearer)\s/i.exec(value);
    out[name] = scheme ? `${scheme[1]} ${REDACTED}` : REDACTED;
  }
  return out;
}

/** Removes `user:password@` from a URL (up to the last "@": a password may hold one). */
export function redactUrl(url: string): string {
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/?#]*@/i, `$1${REDACTED}@`);
}

// Things that look like credentials in free text (server error pages, proxies echoing headers).
// A pattern whose start may repeat inside a run of its own characters ("eyJ-eyJ-…") is
// anchored by a lookbehind to the run's first character: one try per run keeps it linear.
const TEXT_RULES: readonly (readonly [RegExp, string])[] = [
  // A URL's user:password@, e.g. in fetch's "cannot be constructed from a URL that includes credentials".
  [/(?<![a-z0-9+.-])([a-z][a-z0-9+.-]*:\/\/)[^\s/?#]*@/gi, `$1${REDACTED}@`],
  [/\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]+/gi, `$1 ${REDACTED}`],
  // A JWT: three base64url parts, the header starting with '{"' encoded.
  [/(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]*\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*/g, REDACTED],
  [
    /("?\b(?:access_token|refresh_token|id_token|token|secret_key|secret|password|client_secret)"?\s*[:=]\s*"?)[^"&\s,}]+/gi,
    `$1${REDACTED}`,
  ],
];

/** Replaces known secret values and credential-looking text in `text`. */
export function redactText(text: string, secrets: Iterable<string> = []): string {
  let out = text;
  for (const secret of secrets) {
    // Very short values would blank out ordinary words; they are not real secrets anyway.
    if (secret.length >= 4) out = out.split(secret).join(REDACTED);
  }
  for (const [pattern, replacement] of TEXT_RULES) out = out.replace(pattern, replacement);
  return out;
}

// Keys whose values are credentials in data a server sends back (an error_data echoing
// the request's headers or form): the secret headers and the usual secret field names.
const SECRET_KEY = /authorization|cookie|api[-_]?key|passw|secret|token|credential/i;

// Deeper than any real error_data; beyond it nothing is kept (and the walk stays bounded).
const MAX_DEPTH = 32;

/**
 * A copy of JSON-like `value` with the values of secret-looking keys replaced and every
 * string (keys included) passed through redactText.
 */
export function redactValue(value: unknown, secrets: readonly string[] = [], depth = 0): unknown {
  if (typeof value === "string") return redactText(value, secrets);
  if (value === null || typeof value !== "object") return value;
  if (depth >= MAX_DEPTH) return REDACTED;
  if (Array.isArray(value)) return value.map((item) => redactValue(item, secrets, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    // Defined, not assigned: a "__proto__" key from JSON.parse stays a plain key.
    Object.defineProperty(out, redactText(key, secrets), {
      value: SECRET_KEY.test(key) ? REDACTED : redactValue(item, secrets, depth + 1),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return out;
}

// How much of a long text is searched for secrets before it is cut for display: far more
// than is ever shown, so nothing past it can reach the excerpt.
const EXCERPT_SCAN_LIMIT = 65_536;

/**
 * The first `max` characters of `text` with secrets replaced. Redacts before cutting: a
 * secret cut in two no longer matches, and its first part would be shown.
 */
export function redactedExcerpt(text: string, secrets: Iterable<string> = [], max = 200): string {
  const scanned = redactText(text.length > EXCERPT_SCAN_LIMIT ? text.slice(0, EXCERPT_SCAN_LIMIT) : text, secrets);
  const unscanned = text.length - Math.min(text.length, EXCERPT_SCAN_LIMIT);
  if (scanned.length <= max && unscanned === 0) return scanned;
  return `${scanned.slice(0, max)}… (${Math.max(0, scanned.length - max) + unscanned} more characters)`;
}
