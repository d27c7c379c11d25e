// Reading a response body within a size limit. Bytes are counted as they arrive from the
// stream, after any Content-Encoding is undone, so a small gzip body cannot inflate past
// the limit either; past it the stream is cancelled and nothing more is read.
import { ClientError, ResponseTooLargeError } from "./errors.js";
import { utf8Length } from "./json-lines.js";

/** The default of ClientOptions.maxResponseBytes: 64 MiB. */
export const DEFAULT_MAX_RESPONSE_BYTES: number = 64 * 1024 * 1024;

/** The limit an option asks for; throws a ClientError for anything but a positive integer. */
export function resolveMaxResponseBytes(value: number | undefined): number {
  if (value === undefined) return DEFAULT_MAX_RESPONSE_BYTES;
  if (!Number.isSafeInteger(value) || value < 1) {
    throw new ClientError("createTransport: maxResponseBytes must be a positive integer");
  }
  return value;
}

/** The body as text (UTF-8, as response.text()); a ResponseTooLargeError past `maxBytes` bytes. */
export async function readBodyText(response: Response, maxBytes: number, endpoint: string): Promise<string> {
  const body = response.body;
  // A fetch without web streams (an injected polyfill's Node stream, a test double): the
  // limit can only be checked once the text is read.
  if (!body || typeof body.getReader !== "function") {
    const text = await response.text();
    if (utf8Length(text) > maxBytes) throw new ResponseTooLargeError(endpoint, maxBytes);
    return text;
  }
  // Without an encoding the declared length is the body's: no need to read any of it.
  const declared = response.headers.get("content-encoding") ? NaN : Number(response.headers.get("content-length"));
  if (declared > maxBytes) {
    void body.cancel().catch(() => undefined);
    throw new ResponseTooLargeError(endpoint, maxBytes);
  }
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let received = 0;
  let text = "";
  for (;;) {
    const chunk = await reader.read();
    if (chunk.done) return text + decoder.decode();
    received += chunk.value.byteLength;
    if (received > maxBytes) {
      void reader.cancel().catch(() => undefined);
      throw new ResponseTooLargeError(endpoint, maxBytes);
    }
    text += decoder.decode(chunk.value, { stream: true });
  }
}
