import { describe, expect, it } from "vitest";
import { bearer } from "./auth/bearer.js";
import type { EndpointInfo } from "./endpoint.js";
import { ApiError, ClientError } from "./errors.js";
import { apiError, envelope, fakeFetch } from "./fake-fetch.test-support.js";
import { createTransport } from "./transport.js";

const call: EndpointInfo = { name: "projects.get_all", version: "2.13", authorize: true };

describe("bearer", () => {
  it("sends a fixed token and does not retry its 401", async () => {
    const fake = fakeFetch(() => apiError(401, 30, "Invalid token"));
    const t = createTransport({ baseUrl: "http://api.test", fetch: fake.fetch, auth: bearer("tok-1") });
    await expect(t.call(call, {})).rejects.toBeInstanceOf(ApiError);
    expect(fake.requests.map((r) => r.headers["authorization"])).toEqual(["Bearer tok-1"]);
  });

  it("asks a token function per attempt and resends once after a 401", async () => {
    let n = 0;
    const fake = fakeFetch((r) =>
      r.headers["authorization"] === "Bearer tok-2" ? envelope({ projects: [] }) : apiError(401, 30, "Invalid token"),
    );
    const t = createTransport({
      baseUrl: "http://api.test",
      fetch: fake.fetch,
      auth: bearer(async () => `tok-${++n}`),
    });
    await expect(t.call(call, {})).resolves.toEqual({ projects: [] });
    expect(fake.requests.map((r) => r.headers["authorization"])).toEqual(["Bearer tok-1", "Bearer tok-2"]);
  });

  it("refuses empty tokens", async () => {
    expect(() => bearer("")).toThrow(ClientError);
    const t = createTransport({
      baseUrl: "http://api.test",
      fetch: fakeFetch(() => envelope({})).fetch,
      auth: bearer(() => ""),
    });
    await expect(t.call(call, {})).rejects.toThrow(/no token/);
  });
});
