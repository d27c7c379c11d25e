import { describe, expect, it } from "vitest";
import { callEndpoint, clientFactory, listedVersions, sendJsonLines } from "./client-core.js";
import { pickVersion } from "./pick-version.js";
import type { EndpointInfo } from "./endpoint.js";
import { ClientError } from "./errors.js";
import type { Transport } from "./transport.js";

const info = (version: string): EndpointInfo => ({ name: "tasks.get_all", version, authorize: true });
const versions = [info("2.1"), info("2.9"), info("2.13")];

function fakeTransport(apiVersion?: string): Transport & { calls: [EndpointInfo, unknown][] } {
  const calls: [EndpointInfo, unknown][] = [];
  return {
    calls,
    options: { baseUrl: "http://127.0.0.1:1", apiVersion },
    call: async <T>(endpoint: EndpointInfo, body: unknown): Promise<T> => {
      calls.push([endpoint, body]);
      return undefined as T;
    },
  };
}

describe("pickVersion", () => {
  it("takes the highest endpoint version <= the API version, comparing numerically", () => {
    expect(pickVersion(versions, "2.10")?.version).toBe("2.9");
    expect(pickVersion(versions, "2.13")?.version).toBe("2.13");
    expect(pickVersion(versions, "3.0")?.version).toBe("2.13");
    expect(pickVersion(versions, undefined)?.version).toBe("2.13");
    expect(pickVersion(versions, "2.0")).toBeUndefined();
  });

  it("rejects a malformed version with a ClientError", () => {
    expect(() => pickVersion(versions, "2")).toThrow(ClientError);
  });
});

describe("callEndpoint", () => {
  it("sends the dispatched version and {} for an omitted body", async () => {
    const t = fakeTransport("2.12");
    await callEndpoint(t, versions, undefined);
    expect(t.calls).toEqual([[versions[1], {}]]);
  });

  it("rejects an endpoint that does not exist at the API version", async () => {
    await expect(callEndpoint(fakeTransport("2.0"), versions, {})).rejects.toThrow(/does not exist at API version 2.0: it starts at 2.1/);
  });
});

describe("listedVersions", () => {
  it("reads createClient's compact version lists", () => {
    expect(listedVersions("events.add_batch", "2.1 2.13b 2.20t")).toEqual([
      { name: "events.add_batch", version: "2.1", authorize: true },
      { name: "events.add_batch", version: "2.13", authorize: true, batch: sendJsonLines },
      { name: "events.add_batch", version: "2.20", authorize: true, textResponse: true },
    ]);
    expect(listedVersions("auth.login", "!2.1")).toEqual([{ name: "auth.login", version: "2.1", authorize: false }]);
    expect(() => listedVersions("a.b", "2.1 x")).toThrow(ClientError);
  });

  it("is what a client built from lists sends", async () => {
    const sent: string[] = [];
    const fetch = async (url: string | URL | Request, init?: RequestInit) => {
      sent.push(`${String(url)} ${new Headers(init?.headers).get("content-type")}`);
      return new Response(JSON.stringify({ meta: { result_code: 200 }, data: {} }), { headers: { "content-type": "application/json" } });
    };
    const create = clientFactory<Record<string, unknown>, string>({ events: { add_batch: "2.1 2.13b" } });
    const at = (apiVersion: string) => create({ baseUrl: "http://127.0.0.1:1", apiVersion, fetch, retry: false }) as Record<string, Record<string, (b: unknown) => Promise<unknown>>>;
    await at("2.12").events.add_batch({});
    await at("2.13").events.add_batch([{ a: 1 }]);
    expect(sent).toEqual(["http://127.0.0.1:1/v2.12/events.add_batch application/json", "http://127.0.0.1:1/v2.13/events.add_batch application/json-lines"]);
  });
});

describe("clientFactory", () => {
  it("leaves out endpoints that do not exist at the pinned version", () => {
    const create = clientFactory<Record<string, unknown>, string>({ tasks: { get_all: versions }, auth: { logout: [info("2.2")] } });
    const client = create({ baseUrl: "http://127.0.0.1:1", apiVersion: "2.1" }) as Record<string, Record<string, unknown>>;
    expect(Object.keys(client)).toEqual(["tasks"]);
    expect(typeof client.tasks.get_all).toBe("function");
  });

  it("rejects a malformed apiVersion at creation", () => {
    const create = clientFactory<Record<string, unknown>, string>({});
    expect(() => create({ baseUrl: "http://x", apiVersion: "two" as `${number}.${number}` })).toThrow(ClientError);
  });
});
