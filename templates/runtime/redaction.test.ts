// Secrets must not show anywhere a person or a log collector could see them: error
// messages, log events, JSON.stringify and util.inspect of every object the runtime hands
// out. Asserted by searching all of that text for the secret values themselves.
import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import { bearer } from "./auth/bearer.js";
import { keySecret } from "./auth/key-secret.js";
import { oidc } from "./auth/oidc.js";
import type { EndpointInfo } from "./endpoint.js";
import { ApiError, ClientError } from "./errors.js";
import { apiError, envelope, fakeFetch, makeJwt } from "./fake-fetch.test-support.js";
import type { LogEvent } from "./log.js";
import { redactedExcerpt, redactHeaders, redactText } from "./redact.js";
import { apiErrorFromResponse, networkError } from "./response-errors.js";
import { createTransport } from "./transport.js";

const ACCESS_KEY = "AK-7Q2W9E4R";
const SECRET_KEY = "SK-zX81-super-secret-key-value";
const STATIC_HEADER = "static-header-secret-31337";
const CLIENT_SECRET = "oidc-client-secret-5150";
const PASSWORD = "oidc-user-password-8675309";
const call: EndpointInfo = { name: "users.get_vaults", version: "2.13", authorize: true };

/** Every way the objects can be shown, as one text. */
function everyView(...values: unknown[]): string {
  const parts: string[] = [];
  for (const value of values) {
    parts.push(
      JSON.stringify(value) ?? "",
      inspect(value, { depth: Infinity, showHidden: true }),
      inspect(value, { depth: Infinity, customInspect: true }),
      String(value),
    );
    if (value instanceof Error) parts.push(value.message, value.stack ?? "");
  }
  return parts.join("\n");
}

function expectNoSecret(text: string, secrets: readonly string[]): void {
  for (const secret of secrets) expect(text, `found ${secret}`).not.toContain(secret);
}

describe("redaction", () => {
  it("keySecret: tokens, keys and Basic credentials never show", async () => {
    const token = makeJwt({ exp: 4e9, identity: { user: "u1" } });
    const basic = btoa(`${ACCESS_KEY}:${SECRET_KEY}`);
    // The API answers errors that echo what it received, as a careless proxy might.
    const fake = fakeFetch((r, i) => {
      if (r.url.endsWith("/auth.login")) return envelope({ token });
      if (i === 1)
        return new Response(
          `<html>Bad gateway; you sent ${r.headers["authorization"]} and ${r.headers["x-secret"]}</html>`,
          { status: 502 },
        );
      return apiError(400, 12, `Validation error (token=${token})`);
    });
    const events: LogEvent[] = [];
    const auth = keySecret({ accessKey: ACCESS_KEY, secretKey: SECRET_KEY });
    const t = createTransport({
      baseUrl: "http://api.test",
      fetch: fake.fetch,
      retry: false,
      logger: (e) => events.push(e),
      auth,
      headers: { Authorization: `Bearer ${STATIC_HEADER}`, "X-Secret": "visible-on-purpose" },
    });
    const first = await t.call(call, {}).catch((e: unknown) => e);
    const second = await t.call(call, {}).catch((e: unknown) => e);
    expect(first).toBeInstanceOf(Error);
    expect(second).toBeInstanceOf(Error);
    // The proxy echo really contained the token, so this is a real test of redaction.
    expect(fake.requests[1].headers["authorization"]).toBe(`Bearer ${token}`);
    const text = everyView(first, second, t, t.options, auth, events);
    expectNoSecret(text, [token, SECRET_KEY, basic, STATIC_HEADER]);
    expect(text).toContain("[REDACTED]");
    expect(text).toContain("visible-on-purpose");
    // The logger saw requests, responses and the login.
    expect(new Set(events.map((e) => e.type))).toEqual(new Set(["request", "response", "login"]));
  });

  it("oidc: client secret, password, access and refresh tokens never show", async () => {
    const fake = fakeFetch((r) =>
      r.url.includes("/token")
        ? Response.json({
            access_token: "ACCESS-TOKEN-abcdef123",
            refresh_token: "REFRESH-TOKEN-987zyx",
            expires_in: 300,
          })
        : apiError(401, 30, "Invalid token"),
    );
    const events: LogEvent[] = [];
    const auth = oidc({
      tokenUrl: "https://sso.test/token",
      clientId: "cli",
      clientSecret: CLIENT_SECRET,
      grant: "password",
      username: "bob",
      password: PASSWORD,
    });
    const t = createTransport({ baseUrl: "http://api.test", fetch: fake.fetch, logger: (e) => events.push(e), auth });
    const error = await t.call(call, {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expectNoSecret(everyView(error, t, t.options, auth, events), [
      CLIENT_SECRET,
      PASSWORD,
      "ACCESS-TOKEN-abcdef123",
      "REFRESH-TOKEN-987zyx",
    ]);
  });

  it("bearer tokens never show", async () => {
    const fake = fakeFetch(() => apiError(403, 20, "Role not allowed"));
    const auth = bearer("BEARER-TOKEN-0451");
    const fnAuth = bearer(async () => "BEARER-FN-TOKEN-0452");
    const events: LogEvent[] = [];
    const t = createTransport({ baseUrl: "http://api.test", fetch: fake.fetch, auth, logger: (e) => events.push(e) });
    const error = await t.call(call, {}).catch((e: unknown) => e);
    expectNoSecret(everyView(error, t, auth, fnAuth, events), ["BEARER-TOKEN-0451", "BEARER-FN-TOKEN-0452"]);
  });

  it("redactHeaders keeps the scheme, redactText catches credential-looking text", () => {
    expect(redactHeaders({ Authorization: "Bearer abc", Cookie: "a=b", Accept: "x" })).toEqual({
      Authorization: "Bearer [REDACTED]",
      Cookie: "[REDACTED]",
      Accept: "x",
    });
    expect(redactText('{"password": "hunter22", "secret_key": "k"} Basic dXNlcjpwYXNz')).toBe(
      '{"password": "[REDACTED]", "secret_key": "[REDACTED]"} Basic [REDACTED]',
    );
    expect(redactText(`token ${makeJwt({ a: 1 })} end`)).toBe("token [REDACTED] end");
    expect(redactText("value hunter22 here", ["hunter22"])).toBe("value [REDACTED] here");
  });

  it("redactedExcerpt redacts before cutting, so no part of a secret at the cut shows", () => {
    const text = `${"x".repeat(150)} ${SECRET_KEY} and more`;
    expect(redactedExcerpt(text, [SECRET_KEY])).toBe(`${"x".repeat(150)} [REDACTED] and more`);
    const long = `${"y".repeat(195)}${SECRET_KEY}${"z".repeat(100_000)}`;
    const cut = redactedExcerpt(long, [SECRET_KEY]);
    expect(cut).not.toContain(SECRET_KEY.slice(0, 5));
    expect(cut).toBe(`${"y".repeat(195)}[REDA… (${long.length - SECRET_KEY.length + "[REDACTED]".length - 200} more characters)`);
    expect(redactedExcerpt("short", [], 200)).toBe("short");
  });

  it("a proxy page echoing a sent secret across the excerpt's cut shows no part of it", async () => {
    const page = `<html><body><p>${"padding ".repeat(23)}</p><pre>key ${STATIC_HEADER} rejected</pre></body></html>`;
    const fake = fakeFetch(() => new Response(page, { status: 502, headers: { "content-type": "text/html" } }));
    const t = createTransport({ baseUrl: "http://api.test", fetch: fake.fetch, retry: false, headers: { Authorization: STATIC_HEADER } });
    const error = await t.call(call, {}).catch((e: unknown) => e);
    expect(String(error)).not.toContain(STATIC_HEADER.slice(0, 6));
    expect(String(error)).toContain("key [REDACTED]");
  });
});

describe("credentials in URLs and echoed error data", () => {
  const PASS = "url-password-4242";

  it.each([
    ["user:password@", `http://user:${PASS}@api.test`],
    ["a password holding '@'", `http://user:${PASS}@x@api.test/api`],
    ["a user name alone", `https://${PASS}@api.test`],
    ["the scheme without slashes", `http:user:${PASS}@api.test`],
    ["a protocol-relative URL", `//user:${PASS}@api.test`],
  ])("createTransport refuses a baseUrl with %s, without repeating it", (_name, baseUrl) => {
    const fake = fakeFetch(() => envelope({}));
    let error: unknown;
    try {
      createTransport({ baseUrl, fetch: fake.fetch });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ClientError);
    expect(String(error)).toMatch(/baseUrl must not contain a user name or password/);
    expectNoSecret(everyView(error), [PASS]);
    expect(fake.requests).toHaveLength(0);
  });

  it("createTransport refuses a baseUrl that is not a URL, without repeating it", () => {
    expect(() => createTransport({ baseUrl: `http://u:${PASS}@[bad` })).toThrow(/baseUrl is not a valid URL$/);
  });

  it("createTransport accepts ordinary and relative base URLs", () => {
    for (const baseUrl of ["http://api.test", "https://api.test:8443/api/", "/api", "http://api.test/a@b"]) {
      expect(() => createTransport({ baseUrl, fetch: fakeFetch(() => envelope({})).fetch })).not.toThrow();
    }
  });

  it.each([
    ["user:password@", `https://cli:${PASS}@sso.test/token`],
    ["?client_secret=", `https://sso.test/token?client_secret=${PASS}`],
    ["?password=", `https://sso.test/token?realm=r&password=${PASS}`],
    ["?api_key=", `https://sso.test/token?api_key=${PASS}`],
  ])("oidc refuses a tokenUrl with %s, without repeating it", (_name, tokenUrl) => {
    let error: unknown;
    try {
      oidc({ tokenUrl, clientId: "cli", grant: "client_credentials" });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ClientError);
    expect(String(error)).toMatch(/^ClientError: oidc: tokenUrl must not/);
    expectNoSecret(everyView(error), [PASS]);
  });

  it("a fetch failure naming a URL with credentials shows no password", () => {
    const failure = new TypeError(`Request cannot be constructed from a URL that includes credentials: http://user:${PASS}@x@api.test/v2.13/a.b`);
    const error = networkError("a.b", failure, {});
    expect(error.message).toContain("http://[REDACTED]@api.test/v2.13/a.b");
    expectNoSecret(everyView(error), [PASS, "x@api"]);
  });

  it("error_data echoing the request's credentials is redacted in the ApiError", async () => {
    const token = "echoed-bearer-token-1234";
    const fake = fakeFetch((r) =>
      envelope(
        {},
        {
          result_code: 400,
          result_subcode: 12,
          result_msg: "Validation error",
          trx: `trx of ${r.headers["authorization"]}`,
          error_data: {
            headers: { Authorization: r.headers["authorization"], Accept: r.headers["accept"] },
            api_key: ["k-1", "k-2"],
            nested: [{ note: `sent ${r.headers["authorization"]}` }, { [`key ${token}`]: 1 }],
            count: 3,
            ["__proto__"]: { polluted: token },
          },
        },
      ),
    );
    const t = createTransport({ baseUrl: "http://api.test", fetch: fake.fetch, retry: false, auth: bearer(token) });
    const error = (await t.call(call, {}).catch((e: unknown) => e)) as ApiError;
    expect(error).toBeInstanceOf(ApiError);
    expectNoSecret(everyView(error), [token, "k-1"]);
    expect(error.errorData).toEqual({
      headers: { Authorization: "[REDACTED]", Accept: "application/json" },
      api_key: "[REDACTED]",
      // The whole sent value is the longest secret; a key that held one counts as secret.
      nested: [{ note: "sent [REDACTED]" }, { "key [REDACTED]": "[REDACTED]" }],
      count: 3,
      ["__proto__"]: { polluted: "[REDACTED]" },
    });
    expect(Object.getPrototypeOf(error.errorData)).toBe(Object.prototype);
    expect(error.trx).toBe("trx of [REDACTED]");
  });
});

describe("hostile error data", () => {
  // Redaction runs over every string the server put in an error; a pattern that restarts
  // inside a long run of its own characters would take minutes on these.
  it.each([
    ["dotted words (URL scheme pattern)", "a."],
    ["JWT-like prefixes", "eyJ-"],
    ["JWT-like parts", "eyJ.a"],
  ])("a 1 MB error_data string of %s is redacted in one pass", (_name, unit) => {
    const text = unit.repeat(Math.ceil(1_048_576 / unit.length));
    const error = apiErrorFromResponse(
      call,
      { status: 400, contentType: "application/json", text: "", envelope: { meta: { resultCode: 400, errorData: { note: text } }, data: {} } },
      {},
    );
    expect(typeof (error.errorData as { note: unknown }).note).toBe("string");
  });
});
