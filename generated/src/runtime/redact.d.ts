export declare const REDACTED = "[REDACTED]";
/** Node's hook for util.inspect / console.log; a plain symbol, so this stays browser-safe. */
export declare const inspectCustom: unique symbol;
export declare function isSecretHeader(name: string): boolean;
/** A copy of `headers` with credential values replaced, e.g. `Authorization: Bearer [REDACTED]`. */
export declare function redactHeaders(headers: Readonly<Record<string, string>>): Record<string, string>;
/** Removes `user:password@` from a URL (up to the last "@": a password may hold one). */
export declare function redactUrl(url: string): string;
/** Replaces known secret values and credential-looking text in `text`. */
export declare function redactText(text: string, secrets?: Iterable<string>): string;
/**
 * A copy of JSON-like `value` with the values of secret-looking keys replaced and every
 * string (keys included) passed through redactText.
 */
export declare function redactValue(value: unknown, secrets?: readonly string[], depth?: number): unknown;
/**
 * The first `max` characters of `text` with secrets replaced. Redacts before cutting: a
 * secret cut in two no longer matches, and its first part would be shown.
 */
export declare function redactedExcerpt(text: string, secrets?: Iterable<string>, max?: number): string;
