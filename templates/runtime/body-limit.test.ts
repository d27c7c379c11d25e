// maxResponseBytes: bodies are counted as they stream in, and the stream is cancelled as
// soon as the count passes the limit, for JSON answers, text downloads and token endpoints.
import { describe, expect, it } from "vitest";
import { oidc } from "./auth/oidc.js";
import { DEFAULT_MAX_RESPONSE_BYTES } from "./body-limit.js";
import type { EndpointInfo } from "./endpoint.js";
import { ClientError, ResponseTooLargeError } from "./errors.js";
import { envelope, fakeFetch, noWait } from "./fake-fetch.test-support.js";
import { createTransport, type ClientOptions } from "./transport.js";

const getAll: EndpointInfo = { name: "tasks.get_all", version: "2.13", authorize: false };
const download: EndpointInfo = { name: "events.download_task_log", version: "2.13", authorize: false, textResponse: true };
const CHUNK = 64 * 1024;

/** A body of `chunks` chunks of CHUNK bytes, produced on demand; tells how many were pulled and whether it was cancelled. */
function endlessBody(chunks: number) {
  const seen = { pulled: 0, cancelled: false };
  const stream = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (seen.pulled === chunks) return controller.close();
        seen.pulled++;
        controller.enqueue(new Uint8Array(CHUNK).fill(0x20));
      },
      cancel() {
        seen.cancelled = true;
      },
    },
    { highWaterMark: 0 },
  );
  return { stream, seen };
}

function transport(respond: () => Response, options: Partial<ClientOptions> = {}) {
  const fake = fakeFetch(respond);
  return { fake, t: createTransport({ baseUrl: "http://api.test", fetch: fake.fetch, retry: noWait, ...options }) };
}

describe("maxResponseBytes", () => {
  it("a JSON answer past the limit: cancelled after the chunk that passed it, not retried", async () => {
    const { stream, seen } = endlessBody(1024);
    const { fake, t } = transport(() => new Response(stream, { status: 200 }), { maxResponseBytes: 2 * CHUNK + 1 });
    const error = await t.call(getAll, {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseTooLargeError);
    expect(error).toMatchObject({ endpoint: "tasks.get_all", maxResponseBytes: 2 * CHUNK + 1 });
    expect(seen).toEqual({ pulled: 3, cancelled: true });
    expect(fake.requests).toHaveLength(1);
  });

  it("a proxy's error page past the limit fails the same way", async () => {
    const { stream, seen } = endlessBody(1024);
    const { fake, t } = transport(() => new Response(stream, { status: 502 }), { maxResponseBytes: CHUNK });
    await expect(t.call(getAll, {})).rejects.toBeInstanceOf(ResponseTooLargeError);
    expect(seen).toEqual({ pulled: 2, cancelled: true });
    expect(fake.requests).toHaveLength(1);
  });

  it("a text download past the limit", async () => {
    const { stream, seen } = endlessBody(1024);
    const { t } = transport(() => new Response(stream, { status: 200 }), { maxResponseBytes: CHUNK });
    await expect(t.call(download, {})).rejects.toBeInstanceOf(ResponseTooLargeError);
    expect(seen.cancelled).toBe(true);
  });

  it("a declared Content-Length past the limit: nothing is read", async () => {
    const { stream, seen } = endlessBody(1024);
    const { t } = transport(
      () => new Response(stream, { status: 200, headers: { "Content-Length": String(1024 * CHUNK) } }),
      { maxResponseBytes: CHUNK },
    );
    await expect(t.call(getAll, {})).rejects.toBeInstanceOf(ResponseTooLargeError);
    expect(seen).toEqual({ pulled: 0, cancelled: true });
  });

  it("an OpenID Connect token answer past the limit", async () => {
    const { stream, seen } = endlessBody(1024);
    const fake = fakeFetch((r) => (r.url.endsWith("/token") ? new Response(stream, { status: 200 }) : envelope({})));
    const auth = oidc({ tokenUrl: "https://sso.test/token", clientId: "cli", grant: "client_credentials" });
    const t = createTransport({ baseUrl: "http://api.test", fetch: fake.fetch, retry: false, auth, maxResponseBytes: CHUNK });
    await expect(t.call({ ...getAll, authorize: true }, {})).rejects.toBeInstanceOf(ResponseTooLargeError);
    expect(seen.cancelled).toBe(true);
  });

  it("answers up to the limit are read whole, UTF-8 split across chunks included", async () => {
    const text = JSON.stringify({ meta: { result_code: 200 }, data: { name: "Zürich €" } });
    const bytes = new TextEncoder().encode(text);
    const cut = text.indexOf("€") + 1; // inside the euro sign's three bytes
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(bytes.slice(0, cut));
        controller.enqueue(bytes.slice(cut));
        controller.close();
      },
    });
    const { t } = transport(() => new Response(body, { status: 200 }), { maxResponseBytes: bytes.length });
    expect(await t.call(getAll, {})).toEqual({ name: "Zürich €" });
  });

  it("defaults to 64 MiB and refuses a limit that is not a positive integer", () => {
    expect(DEFAULT_MAX_RESPONSE_BYTES).toBe(64 * 1024 * 1024);
    for (const maxResponseBytes of [0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => createTransport({ baseUrl: "http://api.test", maxResponseBytes })).toThrow(ClientError);
    }
  });
});

describe("maxResponseBytes with a fetch that has no web streams", () => {
  /** What a polyfill may return: text() but no ReadableStream body. */
  function bare(text: string): Response {
    return { ok: true, status: 200, headers: new Headers(), body: null, text: async () => text } as unknown as Response;
  }

  it("reads the text and still refuses it past the limit", async () => {
    const answer = JSON.stringify({ meta: { result_code: 200 }, data: { n: 1 } });
    const ok = createTransport({ baseUrl: "http://api.test", fetch: async () => bare(answer), retry: false });
    expect(await ok.call(getAll, {})).toEqual({ n: 1 });
    const small = createTransport({ baseUrl: "http://api.test", fetch: async () => bare(answer), retry: false, maxResponseBytes: 10 });
    await expect(small.call(getAll, {})).rejects.toBeInstanceOf(ResponseTooLargeError);
  });
});
