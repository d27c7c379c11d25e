import fc from "fast-check";
import { propertyRuns } from "../../test/support/property-runs.js";
import { describe, expect, it } from "vitest";
import { ClientError } from "./errors.js";
import { parseString } from "../../hocon/index.js";
import { applyVaults } from "./vaults.js";

const LOCAL = `
# clearml.conf
api {
  web_server: "https://app.clear.ml"
  api_server: "https://api.clear.ml"
  credentials { access_key: "LOCALKEY", secret_key: "LOCALSECRET" }
}
sdk {
  development.default_output_uri: "s3://local-bucket/out"
  aws.s3 {
    region: us-east-1
    credentials: [ { bucket: "a", key: "ka" } ]
  }
  log_level: ${"$"}{?LOG_LEVEL_UNSET}
  verbose: false
}
`;

describe("applyVaults", () => {
  it("lays enabled vaults over the local configuration in order", () => {
    const result = applyVaults(LOCAL, [
      {
        id: "v1",
        enabled: true,
        format: "hocon",
        type: "config",
        scope: "group",
        data: `sdk.aws.s3 { region: eu-west-1, credentials: [ { bucket: "b", key: "kb" } ] }
               sdk.development { default_output_uri: "s3://team-bucket" }`,
      },
      { id: "v2", enabled: false, format: "hocon", type: "config", data: "sdk.verbose: true" },
      {
        id: "v3",
        enabled: true,
        format: "hocon",
        type: "config",
        scope: "user",
        data: 'base = "s3://v3"\nsdk { verbose: true, extra = ${base}/x }',
      },
    ]);
    expect(result).toEqual({
      api: {
        web_server: "https://app.clear.ml",
        api_server: "https://api.clear.ml",
        credentials: { access_key: "LOCALKEY", secret_key: "LOCALSECRET" },
      },
      sdk: {
        development: { default_output_uri: "s3://team-bucket" },
        aws: { s3: { region: "eu-west-1", credentials: [{ bucket: "b", key: "kb" }] } },
        verbose: true,
        extra: "s3://v3/x",
      },
      base: "s3://v3",
    });
  });

  it("agrees with HOCON's own merge of repeated keys (the documents concatenated)", () => {
    const key = fc.stringMatching(/^[a-z_]{1,4}$/);
    const leaf = fc.oneof(
      fc.integer(),
      fc.boolean(),
      fc.constant(null),
      fc.string({ maxLength: 8 }),
      fc.array(fc.integer(), { maxLength: 3 }),
    );
    const config = fc.letrec((tie) => ({
      obj: fc.dictionary(key, fc.oneof({ depthSize: "small" }, leaf, tie("obj")), { maxKeys: 4 }),
    })).obj as fc.Arbitrary<Record<string, unknown>>;
    // Root-level fields of a document: its JSON without the outer braces.
    const fields = (o: Record<string, unknown>) => JSON.stringify(o).slice(1, -1);
    fc.assert(
      fc.property(config, fc.array(config, { maxLength: 4 }), (local, vaults) => {
        const merged = applyVaults(
          JSON.stringify(local),
          vaults.map((v) => ({ data: JSON.stringify(v), enabled: true })),
        );
        const concatenated = parseString([local, ...vaults].map(fields).join("\n")).value;
        expect(merged).toEqual(concatenated);
      }),
      { numRuns: propertyRuns(200) },
    );
  });

  it("reports a bad vault with its id and location, never its text", () => {
    let error: unknown;
    try {
      applyVaults(LOCAL, [{ id: "team-vault", enabled: true, data: 'sdk {\n  aws.s3.key: "AKIA-VAULT-SECRET\n}' }]);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ClientError);
    const message = (error as Error).message;
    expect(message).toMatch(/^vault team-vault:2:\d+: error: /);
    expect(message).not.toContain("AKIA-VAULT-SECRET");
  });

  it("resolves substitutions within each document, as the SDK parses each on its own", () => {
    expect(() => applyVaults("a: 1", [{ id: "v", data: "b: ${a}" }])).toThrow(/^vault v:1:\d+: error: .*substitution/);
  });

  it("reads documents as the SDK's pyhocon does, big integers exact", () => {
    const config = applyVaults("limit: 9223372036854775807\npaths: [a]", [{ id: "v", data: "paths: [b]\npaths += [c]\nflag: True" }]);
    expect(config).toEqual({ limit: 9223372036854775807n, paths: ["b", "c"], flag: true });
  });

  it("skips vaults without data and refuses data that is not text", () => {
    expect(applyVaults("a: 1", [{ id: "empty" }, { id: "blank", data: "  " }])).toEqual({ a: 1 });
    expect(() => applyVaults("a: 1", [{ id: "odd", data: 42 as unknown as string }])).toThrow(/^vault odd: data must be text/);
  });

  it("reads a null field as an absent one, as the server sends them", () => {
    const fromServer = [
      { id: null, enabled: null, type: null, format: null, scope: null, description: null, data: "b: 2" },
      { id: "nothing", data: null },
    ];
    expect(applyVaults("a: 1", fromServer)).toEqual({ a: 1, b: 2 });
  });

  it("reports a bad local configuration under its file name", () => {
    expect(() => applyVaults("a {", [], { localFile: "clearml.conf" })).toThrow(/^clearml\.conf:1:\d+: error: /);
  });
});
