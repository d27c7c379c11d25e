import { describe, expect, it } from "vitest";
import { z } from "zod";
import type { EndpointInfo, Validator } from "./endpoint.js";
import { ClientError, ValidationError } from "./errors.js";
import { envelope, fakeFetch } from "./fake-fetch.test-support.js";
import { sendJsonLines } from "./json-lines.js";
import { createTransport } from "./transport.js";
import { checks, formatPath, type EndpointValidators, type Validators } from "./validation.js";

// The validators live in a table beside the endpoint infos, as `<package>/zod` exports it.
const endpoints: Record<string, EndpointValidators> = {};
const validators: Validators = { check: checks, endpoints };

/** `info` without validators; its validators registered in the table. */
function endpoint(info: EndpointInfo & EndpointValidators): EndpointInfo {
  const { request, response, items, ...rest } = info;
  endpoints[`${info.name}@${info.version}`] = { request, response, items };
  return rest;
}

const getVaults = endpoint({
  name: "users.get_vaults",
  version: "2.13",
  authorize: false,
  request: z.object({ enabled: z.boolean().optional(), types: z.array(z.string()).optional() }),
  response: z.object({ vaults: z.array(z.object({ id: z.string(), enabled: z.boolean(), data: z.string() })) }),
});

function setup(data: unknown, validate: true | { request?: boolean; response?: boolean } | undefined) {
  const fake = fakeFetch(() => envelope(data));
  const option = validate === true ? validators : validate && { validators, ...validate };
  return { fake, t: createTransport({ baseUrl: "http://api.test", fetch: fake.fetch, validate: option }) };
}

async function validationError(promise: Promise<unknown>): Promise<ValidationError> {
  const error = await promise.catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ValidationError);
  return error as ValidationError;
}

const badData = {
  vaults: [
    { id: "v1", enabled: true, data: "" },
    { id: "v2", enabled: "yes", data: "" },
  ],
};

describe("validation", () => {
  it("names the endpoint, the direction and the path of a bad response field", async () => {
    const { t } = setup(badData, true);
    const error = await validationError(t.call(getVaults, {}));
    expect([error.endpoint, error.direction, error.path]).toEqual([
      "users.get_vaults",
      "response",
      "data.vaults[1].enabled",
    ]);
    expect(error.message).toMatch(/^users\.get_vaults: invalid response at data\.vaults\[1\]\.enabled: /);
  });

  it("checks requests before sending anything", async () => {
    const { fake, t } = setup({ vaults: [] }, { request: true });
    const error = await validationError(t.call(getVaults, { types: ["a", 3] }));
    expect([error.direction, error.path]).toEqual(["request", "body.types[1]"]);
    expect(fake.requests).toHaveLength(0);
  });

  it("checks each item of a batch", async () => {
    const batch = endpoint({
      name: "events.add_batch",
      version: "2.22",
      authorize: false,
      batch: sendJsonLines,
      request: z.object({ task: z.string() }),
    });
    const { t } = setup({}, true);
    const error = await validationError(t.call(batch, [{ task: "a" }, { task: 1 }]));
    expect(error.path).toBe("body[1].task");
  });

  it("is off by default and per call it overrides the client", async () => {
    const off = setup(badData, undefined);
    await expect(off.t.call(getVaults, {})).resolves.toEqual(badData);
    const on = setup(badData, true);
    await expect(on.t.call(getVaults, {}, { validate: false })).resolves.toEqual(badData);
  });

  it("response-only validation lets any request through", async () => {
    const { fake, t } = setup(badData, { response: true });
    await validationError(t.call(getVaults, { types: [3] }));
    expect(fake.requests).toHaveLength(1);
  });

  it("returns the server's data as sent, unknown fields kept", async () => {
    const data = { vaults: [{ id: "v", enabled: true, data: "", extra: 1 }], more: true };
    const { t } = setup(data, true);
    await expect(t.call(getVaults, {})).resolves.toEqual(data);
  });

  it("runs any validator with zod's safeParse shape, not only zod's", async () => {
    const evenOnly: Validator = {
      safeParse: (value) =>
        typeof value === "object" && value !== null && (value as { n?: unknown }).n === 2
          ? { success: true }
          : { success: false, error: { issues: [{ path: ["n"], message: "must be 2" }] } },
    };
    const info = endpoint({ name: "things.check", version: "2.1", authorize: false, request: evenOnly });
    const { fake, t } = setup({}, { request: true });
    await expect(t.call(info, { n: 2 })).resolves.toEqual({});
    const error = await validationError(t.call(info, { n: 3 }));
    expect([error.path, error.message]).toEqual(["body.n", "things.check: invalid request at body.n: must be 2"]);
    expect(fake.requests).toHaveLength(1);
  });

  it("checks a request as the server does, its nulls removed at any depth, and sends it as written", async () => {
    const info = endpoint({
      name: "tasks.edit",
      version: "2.1",
      authorize: false,
      request: z.strictObject({
        task: z.string(),
        comment: z.string().optional(),
        tags: z.array(z.string()).optional(),
        execution: z.strictObject({ queue: z.string().optional(), priority: z.int().optional() }).optional(),
      }),
    });
    const { fake, t } = setup({}, { request: true });
    const body = { task: "t1", comment: null, tags: ["a", null, "b"], execution: { queue: null, priority: 2 } };
    await expect(t.call(info, body)).resolves.toEqual({});
    expect(JSON.parse(fake.requests[0].body)).toEqual(body);
    // A null in a required field is a missing field to the server too.
    const error = await validationError(t.call(info, { task: null }));
    expect(error.path).toBe("body.task");
  });

  it("removes nulls from each item of a batch before checking it", async () => {
    const batch = endpoint({ name: "events.add_batch", version: "2.22", authorize: false, batch: sendJsonLines, request: z.object({ task: z.string(), iter: z.int().optional() }) });
    const { t } = setup({}, { request: true });
    await expect(t.call(batch, [{ task: "a", iter: null }, { task: "b" }])).resolves.toEqual({});
  });

  it("checks a batch's lines with the highest line version <= the pinned one, else the first", async () => {
    const line = (field: string) => z.object({ [field]: z.string() });
    const batch = endpoint({
      name: "tasks.update_batch",
      version: "2.9",
      authorize: false,
      batch: sendJsonLines,
      request: line("c"),
      items: [
        { version: "2.1", request: line("a") },
        { version: "2.5", request: line("b") },
        { version: "2.9", request: line("c") },
      ],
    });
    const at = (apiVersion?: string) =>
      createTransport({ baseUrl: "http://api.test", apiVersion, fetch: fakeFetch(() => envelope({})).fetch, validate: validators });
    expect((await validationError(at("2.6").call(batch, [{ c: "x" }]))).path).toBe("body[0].b");
    expect((await validationError(at("2.31").call(batch, [{ b: "x" }]))).path).toBe("body[0].c");
    expect((await validationError(at("2.0").call(batch, [{ b: "x" }]))).path).toBe("body[0].a");
    expect((await validationError(at().call(batch, [{ b: "x" }]))).path).toBe("body[0].c");
    await expect(at("2.6").call(batch, [{ b: "x" }])).resolves.toEqual({});
  });

  it("needs the validators: a call asking for them without, and a boolean option, are clear errors", async () => {
    const { t } = setup({ vaults: [] }, undefined);
    await expect(t.call(getVaults, {}, { validate: true })).rejects.toThrow(/validate needs the client's validators/);
    expect(() => createTransport({ baseUrl: "http://api.test", validate: true as never })).toThrow(ClientError);
  });

  it("finds no validator through an inherited name", async () => {
    const { t } = setup({}, true);
    await expect(t.call({ name: "users.constructor", version: "2.1", authorize: false }, {})).resolves.toEqual({});

  });

  it("formats odd keys", () => {
    expect(formatPath("data", ["a b", 0, "c"])).toBe('data["a b"][0].c');
    expect(formatPath("data", [])).toBe("data");
  });
});
