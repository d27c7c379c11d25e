import type { BatchSender } from "./endpoint.js";
import { BatchError, ClientError } from "./errors.js";
export declare const JSON_LINES_CONTENT_TYPE = "application/json-lines";
/** The protocol's per-request limit for json-lines bodies. */
export declare const MAX_JSON_LINES_BYTES: number;
/**
 * Encodes `items` as json-lines bodies of at most `maxBytes` UTF-8 bytes each, split only
 * at line boundaries. Lines are joined by "\n" with no trailing newline, so no body has a
 * blank line. One item larger than `maxBytes` goes alone in its own body (it cannot be
 * split; the server decides). An empty array gives no body at all.
 */
export declare function encodeJsonLines(endpoint: string, items: unknown, maxBytes?: number): string[];
/**
 * Sends a batch as json-lines bodies, one after the other, so the server sees the lines in
 * order; resolves with their answers merged. A failure after the first body says which
 * items were applied (BatchError); a caller's abort stays what it is.
 */
export declare const sendJsonLines: BatchSender;
/** The UTF-8 byte length of `text` (a lone surrogate counts as U+FFFD, 3 bytes, as fetch sends it). */
export declare function utf8Length(text: string): number;
/**
 * Combines the `data` of the requests one split batch was sent as, so the caller sees one
 * answer: numbers add up (added, errors, updated), arrays concatenate, objects merge key
 * by key with the same rules, and any other value is taken from the last part.
 */
export declare function mergeBatchResults(parts: readonly unknown[]): unknown;
/**
 * The error of a split batch whose part `applied.length + 1` failed after the parts before
 * it were applied: which items those were, and their merged answers.
 */
export declare function partlyApplied(endpoint: string, bodies: readonly string[], applied: readonly unknown[], cause: ClientError): BatchError;
