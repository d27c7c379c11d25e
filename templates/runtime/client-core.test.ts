import { describe, expect, it } from "vitest";
import { atApiVersion, callEndpoint, clientFactory, pickVersion } from "./client-core.js";
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

describe("atApiVersion", () => {
  const validator = (tag: string) => ({ tag, safeParse: () => ({ success: true as const }) });
  const [a, b, c] = [validator("2.1"), validator("2.5"), validator("2.9")];
  const batch: EndpointInfo = {
    name: "tasks.update_batch",
    version: "1.0",
    authorize: true,
    batch: true,
    request: c,
    items: [
      { version: "2.1", request: a },
      { version: "2.5", request: b },
      { version: "2.9", request: c },
    ],
  };

  it("checks a batch's lines with the highest line version <= the pinned one, else the first", () => {
    expect(atApiVersion(batch, "2.6").request).toBe(b);
    expect(atApiVersion(batch, "2.31").request).toBe(c);
    expect(atApiVersion(batch, "2.0").request).toBe(a);
    expect(atApiVersion(batch, undefined)).toBe(batch);
    expect(atApiVersion(info("2.1"), "2.6")).toEqual(info("2.1"));
  });

  it("is what a pinned client and callEndpoint send with", async () => {
    const transport = fakeTransport("2.6");
    await callEndpoint(transport, [batch], [{ b: "x" }]);
    expect(transport.calls[0][0].request).toBe(b);
  });
});
