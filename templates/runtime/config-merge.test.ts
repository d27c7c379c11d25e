import { describe, expect, it } from "vitest";
import { mergeConfig } from "./config-merge.js";
import { ClientError } from "./errors.js";
import { applyVaultsWith, type ConfigParser } from "./vault-apply.js";

// JSON is valid HOCON: enough to test the merging and the vault rules without the parser.
const jsonParser: ConfigParser = (text, file) => {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw Object.assign(new Error(`bad JSON in ${file}`), { file, line: 1, column: 1 });
  }
};

describe("mergeConfig", () => {
  it("merges objects recursively and lets other values override", () => {
    const base = { sdk: { aws: { s3: { key: "a", region: "us" } }, log: [1, 2] }, api: { host: "h" }, x: { y: 1 } };
    const over = { sdk: { aws: { s3: { key: "b" } }, log: [3] }, x: null, z: 1 };
    expect(mergeConfig(base, over)).toEqual({
      sdk: { aws: { s3: { key: "b", region: "us" } }, log: [3] },
      api: { host: "h" },
      x: null,
      z: 1,
    });
  });

  it("keeps the first position of a replaced key and leaves inputs alone", () => {
    const base = { a: 1, b: { c: 1 } };
    const merged = mergeConfig(base, { c: 3, a: 2 });
    expect(Object.keys(merged)).toEqual(["a", "b", "c"]);
    expect(base).toEqual({ a: 1, b: { c: 1 } });
  });

  it("treats __proto__ as an ordinary key", () => {
    const merged = mergeConfig({}, JSON.parse('{"__proto__": {"polluted": true}}'));
    expect(Object.getPrototypeOf(merged)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
    expect(Object.keys(merged)).toEqual(["__proto__"]);
  });
});

describe("applyVaultsWith", () => {
  const local =
    '{"sdk": {"development": {"default_output_uri": "s3://local"}, "aws": {"s3": {"region": "us-east-1"}}}}';

  it("lays the enabled config vaults over the local configuration, in order", () => {
    const result = applyVaultsWith(jsonParser, local, [
      {
        id: "v1",
        enabled: true,
        format: "hocon",
        type: "config",
        data: '{"sdk": {"aws": {"s3": {"key": "K1", "region": "eu"}}}}',
      },
      {
        id: "v2",
        enabled: false,
        format: "hocon",
        type: "config",
        data: '{"sdk": {"aws": {"s3": {"key": "DISABLED"}}}}',
      },
      { id: "v3", enabled: true, format: "hocon", type: "config", data: '{"sdk": {"aws": {"s3": {"key": "K3"}}}}' },
      { id: "v4", enabled: true, format: "hocon", type: "secrets", data: '{"sdk": {"aws": {"s3": {"key": "OTHER"}}}}' },
      { id: "v5", enabled: true, format: "hocon", type: "config", data: "" },
    ]);
    expect(result).toEqual({
      sdk: { development: { default_output_uri: "s3://local" }, aws: { s3: { region: "eu", key: "K3" } } },
    });
  });

  it("refuses unknown formats and reports parse errors with the vault and location", () => {
    expect(() => applyVaultsWith(jsonParser, "{}", [{ id: "v9", format: "yaml", data: "a: 1" }])).toThrow(
      /vault v9: unsupported format "yaml"/,
    );
    const error = (() => {
      try {
        applyVaultsWith(jsonParser, "{}", [{ id: "v7", data: "{nope" }]);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(ClientError);
    expect((error as Error).message).toMatch(/^vault v7:1:1: error: /);
  });
});
