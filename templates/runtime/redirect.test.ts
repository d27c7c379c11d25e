// Redirects are answers, never followed: fetch is asked for redirect "manual", and every
// form a redirect can take (a 3xx, a browser's opaque redirect, a custom fetch that
// followed one anyway) is an error naming the status and the target's origin only.
import { describe, expect, it } from "vitest";
import type { AuthChannel } from "./auth/provider.js";
import { postForm } from "./auth/post-form.js";
import type { EndpointInfo } from "./endpoint.js";
import { ApiError, AuthError } from "./errors.js";
import { createTransport } from "./transport.js";

const create: EndpointInfo = { name: "tasks.create", version: "2.13", authorize: false };

/** A fetch that answers `response` and keeps each call's init. */
function answering(response: () => Response) {
  const inits: RequestInit[] = [];
  const fetchImpl = async (_url: string | URL | Request, init?: RequestInit) => {
    inits.push(init ?? {});
    return response();
  };
  return { fetch: fetchImpl as typeof fetch, inits };
}

/** What a browser gives for a redirect under redirect "manual": type opaqueredirect, status 0, no headers. */
function opaqueRedirect(): Response {
  const response = new Response(null, { status: 200 });
  Object.defineProperty(response, "type", { value: "opaqueredirect" });
  Object.defineProperty(response, "status", { value: 0 });
  return response;
}

/** What a fetch that follows redirects whatever it is told gives: the other origin's answer. */
function followed(): Response {
  const response = new Response('{"meta":{"result_code":200},"data":{"id":"elsewhere"}}', { status: 200 });
  Object.defineProperty(response, "redirected", { value: true });
  Object.defineProperty(response, "url", { value: "https://evil.test/collect?stolen=1" });
  return response;
}

async function failure(response: () => Response): Promise<{ error: ApiError; inits: RequestInit[] }> {
  const fake = answering(response);
  const t = createTransport({ baseUrl: "https://api.test", fetch: fake.fetch, retry: { sleep: async () => {} } });
  const error = await t.call(create, { name: "x" }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ApiError);
  return { error: error as ApiError, inits: fake.inits };
}

describe("redirects of API calls", () => {
  it("asks fetch not to follow, and reports a 307 by status and origin, once", async () => {
    const { error, inits } = await failure(
      () =>
        new Response(null, {
          status: 307,
          headers: { Location: "https://user:PASSWORD@other.test:8443/tasks.create?key=SECRETKEY" },
        }),
    );
    expect(inits.map((i) => i.redirect)).toEqual(["manual"]);
    expect(error).toMatchObject({ status: 307, reason: "redirect", mayHaveBeenApplied: false });
    expect(error.message).toBe("tasks.create (v2.13): 307/0 redirect: HTTP 307 redirect to https://other.test:8443, not followed");
  });

  it("a relative Location is the same origin; a missing one is said to be missing", async () => {
    const same = await failure(() => new Response(null, { status: 308, headers: { Location: "/v2.13/tasks.create" } }));
    expect(same.error.message).toContain("HTTP 308 redirect to the same origin (https://api.test), not followed");
    const none = await failure(() => new Response(null, { status: 302 }));
    expect(none.error.message).toContain("HTTP 302 redirect without a Location, not followed");
    expect(none.error.mayHaveBeenApplied).toBe(true);
  });

  it("a browser's opaque redirect is an error too", async () => {
    const { error } = await failure(opaqueRedirect);
    expect(error).toMatchObject({ status: 0, reason: "redirect", mayHaveBeenApplied: true });
    expect(error.message).toContain("an opaque redirect (no Location), not followed");
  });

  it("an answer a custom fetch got by following a redirect is not taken as the call's", async () => {
    const { error } = await failure(followed);
    expect(error.message).toContain("an answer from https://evil.test after a redirect the fetch followed");
    expect(error.message).not.toContain("stolen");
  });
});

describe("redirects of a token request (postForm)", () => {
  it("asks fetch not to follow and rejects with an AuthError naming the status and origin", async () => {
    const fake = answering(() => new Response(null, { status: 303, headers: { Location: "http://127.0.0.1:9/token" } }));
    // The channel the transport lends an auth provider, caught on the provider's first use.
    let channel: AuthChannel | undefined;
    const t = createTransport({
      baseUrl: "https://api.test",
      fetch: fake.fetch,
      auth: {
        headers: async (ctx) => {
          channel = ctx.channel;
          throw new Error("no credentials needed: the channel is all this test wants");
        },
      },
    });
    await t.call({ ...create, authorize: true }, {}).catch(() => undefined);
    const form = new URLSearchParams({ client_secret: "s" });
    if (!channel) throw new Error("the provider was never asked for credentials");
    const error = await postForm(channel, "https://idp.test/token", form, {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthError);
    expect(error).toMatchObject({ status: 303 });
    expect((error as Error).message).toBe("POST https://idp.test/token: HTTP 303 redirect to http://127.0.0.1:9, not followed");
    expect(fake.inits).toHaveLength(1);
    expect(fake.inits.at(-1)?.redirect).toBe("manual");
  });
});
