import { createServer } from "node:net";
import { describe, expect, it } from "vitest";
import type { EndpointInfo } from "./endpoint.js";
import { ApiError, BatchError, ClientError, NetworkError, TimeoutError } from "./errors.js";
import { apiError, connectionRefused, envelope, fakeFetch } from "./fake-fetch.test-support.js";
import { sendJsonLines } from "./json-lines.js";
import { createTransport, type ClientOptions } from "./transport.js";

const getAll: EndpointInfo = { name: "tasks.get_all", version: "2.13", authorize: false };
const download: EndpointInfo = { name: "events.download_task_log", version: "2.1", authorize: false, textResponse: true };

function transport(handler: Parameters<typeof fakeFetch>[0], options: Partial<ClientOptions> = {}) {
  const fake = fakeFetch(handler);
  return { fake, t: createTransport({ baseUrl: "http://api.test", fetch: fake.fetch, retry: false, ...options }) };
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error("expected a rejection");
}

describe("paths and versions", () => {
  it("posts to /v{apiVersion}/{service}.{action}", async () => {
    const { fake, t } = transport(() => envelope({}), { apiVersion: "2.13", baseUrl: "http://api.test/api/" });
    await t.call(getAll, {});
    expect(fake.requests[0].url).toBe("http://api.test/api/v2.13/tasks.get_all");
    expect(fake.requests[0].method).toBe("POST");
  });

  it("uses the version-less path without apiVersion", async () => {
    const { fake, t } = transport(() => envelope({}));
    await t.call(getAll, {});
    expect(fake.requests[0].url).toBe("http://api.test/tasks.get_all");
  });

  it("rejects malformed versions, endpoint names and missing baseUrl", async () => {
    expect(() => createTransport({ baseUrl: "http://x", apiVersion: "v2" })).toThrow(ClientError);
    expect(() => createTransport({ baseUrl: "" })).toThrow(/baseUrl/);
    const { t } = transport(() => envelope({}));
    await expect(t.call({ ...getAll, name: "../etc" }, {})).rejects.toThrow(/invalid endpoint name/);
  });
});

describe("requests", () => {
  it("sends {} for an empty body and the JSON of a body", async () => {
    const { fake, t } = transport(() => envelope({}));
    await t.call(getAll, undefined);
    await t.call(getAll, { id: ["a"], page: 2 });
    expect(fake.requests.map((r) => r.body)).toEqual(["{}", '{"id":["a"],"page":2}']);
    expect(fake.requests[0].headers["content-type"]).toBe("application/json");
  });

  it("refuses array and primitive bodies for ordinary endpoints", async () => {
    const { fake, t } = transport(() => envelope({}));
    await expect(t.call(getAll, [1])).rejects.toThrow(/must be a JSON object/);
    await expect(t.call(getAll, "x")).rejects.toThrow(ClientError);
    expect(fake.requests).toHaveLength(0);
  });

  it("sends the ClearML headers, client headers and per-call headers", async () => {
    const { fake, t } = transport(() => envelope({}), {
      clientName: "tool-1.0",
      worker: "w1",
      impersonateAs: "u2",
      headers: { "X-Extra": "1" },
    });
    await t.call(getAll, {}, { trx: "trx-7", headers: { "X-Per-Call": "2" } });
    const h = fake.requests[0].headers;
    expect(h["x-clearml-client"]).toBe("tool-1.0");
    expect(h["x-clearml-worker"]).toBe("w1");
    expect(h["x-clearml-impersonate-as"]).toBe("u2");
    expect(h["x-clearml-trx"]).toBe("trx-7");
    expect(h["x-extra"]).toBe("1");
    expect(h["x-per-call"]).toBe("2");
    expect(h["authorization"]).toBeUndefined();
  });

  it("accepts what the endpoint answers with: JSON, or a file's text with JSON (its errors) ranked last", async () => {
    const { fake, t } = transport(() => envelope({}));
    await t.call(getAll, {});
    await t.call(download, {}).catch(() => undefined);
    expect(fake.requests.map((r) => r.headers["accept"])).toEqual([
      "application/json",
      "text/plain, text/csv, application/octet-stream;q=0.9, application/json;q=0.5",
    ]);
  });

  it("sends a caller's Accept header instead of its own, whatever its case", async () => {
    const client = transport(() => envelope({}), { headers: { accept: "application/x-client" } });
    await client.t.call(download, {}).catch(() => undefined);
    const perCall = transport(() => envelope({}));
    await perCall.t.call(getAll, {}, { headers: { ACCEPT: "application/x-call" } });
    expect([client.fake.requests[0].headers["accept"], perCall.fake.requests[0].headers["accept"]]).toEqual([
      "application/x-client",
      "application/x-call",
    ]);
  });

  it("sends X-ClearML-Act-As and refuses it together with impersonation", async () => {
    const { fake, t } = transport(() => envelope({}), { actAs: "u3" });
    await t.call(getAll, {});
    expect(fake.requests[0].headers["x-clearml-act-as"]).toBe("u3");
    expect(() => createTransport({ baseUrl: "http://x", actAs: "a", impersonateAs: "b" })).toThrow(/together/);
  });
});

describe("envelopes", () => {
  it("resolves with data", async () => {
    const { t } = transport(() => envelope({ tasks: [{ id: "t1" }] }));
    await expect(t.call(getAll, {})).resolves.toEqual({ tasks: [{ id: "t1" }] });
  });

  it("accepts versions as numbers, strings or null and codes as numeric strings", async () => {
    const bodies = [
      { requested_version: 2.13, actual_version: 1 },
      { requested_version: null, actual_version: null },
      { result_code: "403", result_subcode: "20", requested_version: "2.13", actual_version: "2.1" },
    ];
    const { t } = transport((_r, i) =>
      envelope(
        {},
        {
          ...bodies[i],
          result_msg: i === 2 ? "Role not allowed" : "OK",
          result_code: bodies[i].result_code ?? (i < 2 ? 403 : undefined),
          result_subcode: bodies[i].result_subcode ?? 20,
        },
        403,
      ),
    );
    const first = (await rejection(t.call(getAll, {}))) as ApiError;
    expect([first.requestedVersion, first.actualVersion]).toEqual(["2.13", "1"]);
    const second = (await rejection(t.call(getAll, {}))) as ApiError;
    expect([second.requestedVersion, second.actualVersion]).toEqual([undefined, undefined]);
    const third = (await rejection(t.call(getAll, {}))) as ApiError;
    expect([third.resultCode, third.resultSubcode, third.reason]).toEqual([403, 20, "role_not_allowed"]);
  });

  it("returns the text of file endpoints", async () => {
    const { t } = transport(() => new Response("a,b\n1,2\n", { headers: { "Content-Type": "text/csv" } }));
    await expect(t.call({ ...getAll, textResponse: true }, {})).resolves.toBe("a,b\n1,2\n");
  });

  it("still reads error envelopes of file endpoints", async () => {
    const { t } = transport(() => apiError(400, 10, "Invalid task id"));
    const error = (await rejection(t.call({ ...getAll, textResponse: true }, {}))) as ApiError;
    expect(error).toBeInstanceOf(ApiError);
    expect(error.reason).toBe("invalid_id");
  });
});

describe("errors", () => {
  it("ApiError carries the envelope's fields and a reason", async () => {
    const { t } = transport(() =>
      envelope(
        {},
        {
          result_code: 401,
          result_subcode: 30,
          result_msg: "Invalid token",
          trx: "t-1",
          requested_version: "2.13",
          actual_version: "2.1",
        },
      ),
    );
    const error = (await rejection(t.call(getAll, {}))) as ApiError;
    expect(error).toBeInstanceOf(ClientError);
    expect(error).toMatchObject({
      name: "ApiError",
      status: 401,
      resultCode: 401,
      resultSubcode: 30,
      resultMsg: "Invalid token",
      endpoint: "tasks.get_all",
      requestedVersion: "2.13",
      actualVersion: "2.1",
      trx: "t-1",
      reason: "invalid_token",
      envelope: true,
    });
    expect(error.message).toBe("tasks.get_all (v2.13): 401/30 invalid_token: Invalid token");
  });

  it("accepts pairs the protocol does not list", async () => {
    const { t } = transport(() => apiError(400, 4242, "Something new"));
    const error = (await rejection(t.call(getAll, {}))) as ApiError;
    expect([error.resultSubcode, error.reason]).toEqual([4242, "bad_request"]);
  });

  it("turns a proxy's HTML page into a short ApiError", async () => {
    const page = `<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center>${"<p>filler</p>".repeat(500)}</body></html>`;
    const { t } = transport(() => new Response(page, { status: 502, headers: { "Content-Type": "text/html" } }));
    const error = (await rejection(t.call(getAll, {}))) as ApiError;
    expect(error).toMatchObject({
      status: 502,
      resultCode: 502,
      resultSubcode: 0,
      reason: "bad_gateway",
      envelope: false,
    });
    expect(error.resultMsg.startsWith("502 Bad Gateway 502 Bad Gateway filler")).toBe(true);
    expect(error.resultMsg.length).toBeLessThan(260);
    expect(error.message).not.toContain("<");
  });

  it("turns plain-text 415 and 500 into ApiErrors", async () => {
    const { t } = transport((_r, i) =>
      i === 0
        ? new Response("Unsupported Media Type", { status: 415 })
        : new Response("Internal Server Error", { status: 500 }),
    );
    const first = (await rejection(t.call(getAll, {}))) as ApiError;
    expect([first.status, first.reason, first.resultMsg]).toEqual([
      415,
      "unsupported_media_type",
      "Unsupported Media Type",
    ]);
    const second = (await rejection(t.call(getAll, {}))) as ApiError;
    expect([second.status, second.reason]).toEqual([500, "server_error"]);
  });

  it("reports a 200 that is not the envelope", async () => {
    const { t } = transport(() => new Response("<html>captive portal</html>", { status: 200 }));
    const error = (await rejection(t.call(getAll, {}))) as ApiError;
    expect(error.reason).toBe("invalid_envelope");
    expect(error.resultMsg).toContain("captive portal");
  });

  it("NetworkError for a refused connection, with the system code", async () => {
    const { t } = transport(() => {
      throw connectionRefused();
    });
    const error = (await rejection(t.call(getAll, {}))) as NetworkError;
    expect(error).toBeInstanceOf(NetworkError);
    expect(error.code).toBe("ECONNREFUSED");
    expect(error.message).toContain("tasks.get_all: network error ECONNREFUSED");
  });

  it("NetworkError for a refused connection to a real closed port", async () => {
    // A port that was just free: bound by us, then closed.
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as { port: number };
    await new Promise<void>((resolve) => server.close(() => resolve()));
    const t = createTransport({ baseUrl: `http://127.0.0.1:${port}`, retry: false });
    const error = await rejection(t.call(getAll, {}));
    expect(error).toBeInstanceOf(NetworkError);
    expect((error as NetworkError).code).toBe("ECONNREFUSED");
  });

  it("TimeoutError when the server does not answer in time", async () => {
    const { t } = transport(() => new Promise<Response>(() => {}), { timeoutMs: 20 });
    const error = (await rejection(t.call(getAll, {}))) as TimeoutError;
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error.timeoutMs).toBe(20);
    expect(error.endpoint).toBe("tasks.get_all");
  });

  it("the per-call timeout overrides the client's", async () => {
    const { t } = transport(() => new Promise<Response>(() => {}), { timeoutMs: 3_600_000 });
    const error = (await rejection(t.call(getAll, {}, { timeoutMs: 10 }))) as TimeoutError;
    expect(error.timeoutMs).toBe(10);
  });

  it("a caller's abort surfaces as the signal's reason (AbortError)", async () => {
    const { t } = transport(() => new Promise<Response>(() => {}));
    const controller = new AbortController();
    const pending = t.call(getAll, {}, { signal: controller.signal });
    controller.abort();
    const error = (await rejection(pending)) as Error;
    expect(error.name).toBe("AbortError");
    expect(error).toBe(controller.signal.reason);
  });

  it("an already-aborted signal sends nothing", async () => {
    const { fake, t } = transport(() => envelope({}));
    const error = (await rejection(t.call(getAll, {}, { signal: AbortSignal.abort() }))) as Error;
    expect(error.name).toBe("AbortError");
    expect(fake.requests).toHaveLength(0);
  });
});

describe("batch endpoints", () => {
  const addBatch: EndpointInfo = { name: "events.add_batch", version: "2.22", authorize: false, batch: sendJsonLines };

  it("sends application/json-lines, one object per line", async () => {
    const { fake, t } = transport(() => envelope({ added: 2, errors: 0 }));
    const data = await t.call(addBatch, [
      { task: "a", type: "log" },
      { task: "b", type: "log" },
    ]);
    expect(fake.requests[0].headers["content-type"]).toBe("application/json-lines");
    expect(fake.requests[0].body).toBe('{"task":"a","type":"log"}\n{"task":"b","type":"log"}');
    expect(data).toEqual({ added: 2, errors: 0 });
  });

  it("splits large batches into several calls and merges their answers", async () => {
    const { fake, t } = transport(
      (r) => {
        const lines = r.body.split("\n").length;
        return envelope({ added: lines, errors: 0, errors_info: {} });
      },
      { batchMaxBytes: 100 },
    );
    const items = Array.from({ length: 10 }, (_, i) => ({ task: "t", iter: i, msg: "x".repeat(20) }));
    const data = await t.call(addBatch, items);
    expect(fake.requests.length).toBeGreaterThan(1);
    for (const r of fake.requests) expect(new TextEncoder().encode(r.body).length).toBeLessThanOrEqual(100);
    expect(fake.requests.flatMap((r) => r.body.split("\n")).map((l) => JSON.parse(l))).toEqual(items);
    expect(data).toEqual({ added: 10, errors: 0, errors_info: {} });
  });

  it("a timeout after some parts were applied rejects with the BatchError that says so, not the bare timeout", async () => {
    const { fake, t } = transport(
      (_, index) => (index === 0 ? envelope({ added: 1, errors: 0 }) : new Promise<Response>(() => {})),
      { batchMaxBytes: 30, timeoutMs: 50, retry: false },
    );
    const error = await rejection(t.call(addBatch, [{ task: "a", msg: "x".repeat(10) }, { task: "b", msg: "y".repeat(10) }]));
    expect(fake.requests).toHaveLength(2);
    expect(error).toBeInstanceOf(BatchError);
    expect(error).toMatchObject({ appliedParts: 1, appliedItems: 1, applied: { added: 1, errors: 0 } });
    expect((error as BatchError).cause).toBeInstanceOf(TimeoutError);
  });

  it("refuses a non-array batch", async () => {
    const { t } = transport(() => envelope({}));
    await expect(t.call(addBatch, { task: "a" })).rejects.toThrow(/array/);
  });
});

describe("logging", () => {
  it("reports requests and responses with redacted headers and body sizes, never bodies", async () => {
    const events: import("./log.js").LogEvent[] = [];
    const { t } = transport(() => envelope({ secret_key: "returned-secret-value" }), {
      headers: { Authorization: "Bearer abc123token" },
      logger: (e) => events.push(e),
    });
    await t.call(getAll, { name: "é" }, { trx: "trx-1" });
    expect(events.map((e) => e.type)).toEqual(["request", "response"]);
    expect(events[0]).toMatchObject({
      endpoint: "tasks.get_all",
      url: "http://api.test/tasks.get_all",
      attempt: 1,
      bodyBytes: 13,
    });
    expect((events[0] as { headers: Record<string, string> }).headers["Authorization"]).toBe("Bearer [REDACTED]");
    expect(events[1]).toMatchObject({
      status: 200,
      resultCode: 200,
      resultSubcode: 0,
      requestedVersion: "2.13",
      actualVersion: "2.1",
    });
    expect(JSON.stringify(events)).not.toContain("returned-secret-value");
  });

  it("a throwing logger does not break the call", async () => {
    const { t } = transport(() => envelope({ ok: 1 }), {
      logger: () => {
        throw new Error("logger broke");
      },
    });
    await expect(t.call(getAll, {})).resolves.toEqual({ ok: 1 });
  });
});
