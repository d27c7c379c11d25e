// Bodies of batch endpoints: one JSON object per line (application/json-lines), split
// into several requests when larger than the server accepts in one.
import { abortedCallError } from "./acted.js";
import type { BatchSender } from "./endpoint.js";
import { BatchError, ClientError } from "./errors.js";
import { isJsonObject } from "./json-object.js";

export const JSON_LINES_CONTENT_TYPE = "application/json-lines";
/** The protocol's per-request limit for json-lines bodies. */
export const MAX_JSON_LINES_BYTES: number = 15 * 1024 * 1024;

/**
 * Encodes `items` as json-lines bodies of at most `maxBytes` UTF-8 bytes each, split only
 * at line boundaries. Lines are joined by "\n" with no trailing newline, so no body has a
 * blank line. One item larger than `maxBytes` goes alone in its own body (it cannot be
 * split; the server decides). An empty array gives no body at all.
 */
export function encodeJsonLines(endpoint: string, items: unknown, maxBytes: number = MAX_JSON_LINES_BYTES): string[] {
  if (!Array.isArray(items)) {
    throw new ClientError(`${endpoint}: a batch endpoint takes an array of requests`);
  }
  const bodies: string[] = [];
  let lines: string[] = [];
  let size = 0;
  for (let i = 0; i < items.length; i++) {
    const item: unknown = items[i];
    if (!isJsonObject(item)) {
      throw new ClientError(`${endpoint}: batch item ${i} must be a JSON object`);
    }
    const line = JSON.stringify(item);
    const bytes = utf8Length(line);
    // +1 for the "\n" that joins it to the previous line.
    if (lines.length > 0 && size + 1 + bytes > maxBytes) {
      bodies.push(lines.join("\n"));
      lines = [];
      size = 0;
    }
    size += (lines.length > 0 ? 1 : 0) + bytes;
    lines.push(line);
  }
  if (lines.length > 0) bodies.push(lines.join("\n"));
  return bodies;
}

/**
 * Sends a batch as json-lines bodies, one after the other, so the server sees the lines in
 * order; resolves with their answers merged. A failure after the first body says which
 * items were applied (BatchError); a caller's abort stays what it is.
 */
export const sendJsonLines: BatchSender = async (endpoint, items, maxBytes, send, signal) => {
  const bodies = encodeJsonLines(endpoint, items, maxBytes);
  const parts: unknown[] = [];
  for (const body of bodies) {
    try {
      parts.push(await send(body, JSON_LINES_CONTENT_TYPE));
    } catch (error) {
      const cause = abortedCallError(signal, error);
      if (parts.length === 0 || !(cause instanceof ClientError)) throw cause;
      throw partlyApplied(endpoint, bodies, parts, cause);
    }
  }
  return mergeBatchResults(parts);
};

/** The UTF-8 byte length of `text` (a lone surrogate counts as U+FFFD, 3 bytes, as fetch sends it). */
export function utf8Length(text: string): number {
  return new TextEncoder().encode(text).length;
}

/**
 * Combines the `data` of the requests one split batch was sent as, so the caller sees one
 * answer: numbers add up (added, errors, updated), arrays concatenate, objects merge key
 * by key with the same rules, and any other value is taken from the last part.
 */
export function mergeBatchResults(parts: readonly unknown[]): unknown {
  return parts.length === 0 ? {} : parts.reduce(mergeTwo);
}

function mergeTwo(a: unknown, b: unknown): unknown {
  if (typeof a === "number" && typeof b === "number") return a + b;
  if (Array.isArray(a) && Array.isArray(b)) return a.concat(b);
  if (isJsonObject(a) && isJsonObject(b)) {
    const out: Record<string, unknown> = { ...a };
    for (const [key, value] of Object.entries(b))
      out[key] = Object.hasOwn(out, key) ? mergeTwo(out[key], value) : value;
    return out;
  }
  return b === undefined ? a : b;
}

/**
 * The error of a split batch whose part `applied.length + 1` failed after the parts before
 * it were applied: which items those were, and their merged answers.
 */
export function partlyApplied(
  endpoint: string,
  bodies: readonly string[],
  applied: readonly unknown[],
  cause: ClientError,
): BatchError {
  const lines = bodies.map(lineCount);
  const sum = (counts: readonly number[]) => counts.reduce((a, b) => a + b, 0);
  return new BatchError({
    endpoint,
    parts: bodies.length,
    appliedParts: applied.length,
    appliedItems: sum(lines.slice(0, applied.length)),
    items: sum(lines),
    applied: mergeBatchResults(applied),
    cause,
  });
}

/** Items in one json-lines body: JSON.stringify escapes newlines, so each "\n" separates two. */
function lineCount(body: string): number {
  return body.split("\n").length;
}
