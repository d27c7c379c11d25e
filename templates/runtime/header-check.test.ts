// Header values fetch cannot send (CR, LF, NUL, characters above U+00FF) give a clear
// ClientError naming the header, before anything is sent; never a retried network error,
// and never the value, which may be a credential.
import { describe, expect, it } from "vitest";
import { bearer } from "./auth/bearer.js";
import type { EndpointInfo } from "./endpoint.js";
import { ClientError, NetworkError } from "./errors.js";
import { envelope, fakeFetch, noWait } from "./fake-fetch.test-support.js";
import { createTransport, type ClientOptions } from "./transport.js";

const getAll: EndpointInfo = { name: "tasks.get_all", version: "2.13", authorize: true };
const SECRET = "header-secret-value-9931";

/** A transport whose fetch counts its calls (the fake refuses bad headers as fetch does). */
function counted(options: Partial<ClientOptions> = {}) {
  const fake = fakeFetch(() => envelope({}));
  let calls = 0;
  const fetchImpl = ((input: string | URL | Request, init?: RequestInit) => {
    calls++;
    return fake.fetch(input, init);
  }) as typeof fetch;
  const make = () => createTransport({ baseUrl: "http://api.test", fetch: fetchImpl, retry: noWait, ...options });
  return { make, calls: () => calls };
}

function failure(run: () => unknown): Promise<unknown> {
  return Promise.resolve().then(run).then(
    () => {
      throw new Error("expected a failure");
    },
    (error: unknown) => error,
  );
}

describe("header values that cannot be sent", () => {
  it.each([
    ["clientName", { clientName: `tool\r\nX-Injected: ${SECRET}` }, "X-ClearML-Client"],
    ["worker", { worker: `w\n${SECRET}` }, "X-ClearML-Worker"],
    ["impersonateAs", { impersonateAs: `user\u0000${SECRET}` }, "X-ClearML-Impersonate-As"],
    ["actAs", { actAs: `ünï ✓ ${SECRET}` }, "X-ClearML-Act-As"],
    ["a custom secret header", { headers: { "X-Api-Key": `${SECRET}\r\n` } }, "X-Api-Key"],
  ] as const)("%s: refused by createTransport, naming the header", async (_name, options, header) => {
    const { make, calls } = counted(options);
    const error = await failure(() => make().call(getAll, {}));
    expect(error).toBeInstanceOf(ClientError);
    expect(error).not.toBeInstanceOf(NetworkError);
    expect(String(error)).toBe(
      `ClientError: createTransport: the value of header ${header} holds a line break, NUL or a character above U+00FF`,
    );
    expect(calls()).toBe(0);
  });

  it.each([
    ["a trx", { trx: `trx\r\n${SECRET}` }, "X-ClearML-Trx"],
    ["a per-call header", { headers: { "X-Token": `✓${SECRET}` } }, "X-Token"],
  ] as const)("%s: the call fails at once, naming the header, not retried", async (_name, callOptions, header) => {
    const { make, calls } = counted();
    const t = make();
    const error = await failure(() => t.call(getAll, {}, callOptions));
    expect(error).toBeInstanceOf(ClientError);
    expect(error).not.toBeInstanceOf(NetworkError);
    expect(String(error)).toMatch(new RegExp(`^ClientError: tasks\\.get_all: the value of header ${header} holds a line break`));
    expect(String(error)).not.toContain(SECRET);
    expect(calls()).toBe(0);
  });

  it("a bearer token with a line break: fails naming Authorization, without the token", async () => {
    const { make, calls } = counted({ auth: bearer(async () => `${SECRET}\n`) });
    const error = await failure(() => make().call(getAll, {}));
    expect(String(error)).toBe(
      "ClientError: tasks.get_all: the value of header Authorization holds a line break, NUL or a character above U+00FF",
    );
    expect(calls()).toBe(0);
  });

  it("a header name that is not a token: only its valid start is shown", async () => {
    const { make, calls } = counted({ headers: { [`Authorization: Bearer ${SECRET}`]: "" } });
    const error = await failure(() => make());
    expect(String(error)).toBe(
      'ClientError: createTransport: the header name starting "Authorization" holds an invalid character',
    );
    expect(calls()).toBe(0);
  });

  it("Latin-1 values, tabs and ordinary values are sent", async () => {
    const fake = fakeFetch(() => envelope({}));
    const t = createTransport({ baseUrl: "http://api.test", fetch: fake.fetch, clientName: "café\ttool", headers: { "X-A": "1" } });
    await t.call(getAll, {}, { trx: "t-1" });
    expect(fake.requests[0].headers["x-clearml-client"]).toBe("café\ttool");
  });
});
