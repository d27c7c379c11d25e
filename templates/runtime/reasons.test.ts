// The reason names of (result_code, result_subcode) pairs and of bare HTTP statuses.
import { describe, expect, it } from "vitest";
import { reasonFor, statusReason } from "./reasons.js";

describe("reasonFor", () => {
  const cases: Record<string, readonly (readonly [number, number, string])[]> = {
    "names the protocol's pairs": [
      [401, 30, "invalid_token"],
      [400, 2, "request_path_has_invalid_version"],
      [400, 12, "validation_error"],
      [410, 1, "not_supported"],
      [500, 9999, "not_implemented"],
      [404, 0, "not_found"],
    ],
    "falls back to the status's name, then to unknown": [
      [401, 3, "unauthorized"],
      [400, 1000, "bad_request"],
      [503, 0, "service_unavailable"],
      [418, 0, "unknown"],
      [40, 1, "unknown"],
      [4001, 0, "unknown"],
      [Number.NaN, 1, "unknown"],
    ],
  };
  for (const [title, table] of Object.entries(cases)) {
    it(title, () => {
      for (const [code, subcode, reason] of table) expect(reasonFor(code, subcode), `${code}/${subcode}`).toBe(reason);
    });
  }

  it("never matches part of a listed pair", () => {
    expect(reasonFor(400, 7)).toBe("bad_request");
    expect(reasonFor(400, 75)).toBe("invalid_access_key");
    expect(reasonFor(500, 10)).toBe("server_error");
    expect(reasonFor(0, 1)).toBe("unknown");
  });
});

describe("statusReason", () => {
  it("names statuses alone, unknown ones as unknown", () => {
    expect(statusReason(502)).toBe("bad_gateway");
    expect(statusReason(509)).toBe("bandwidth_limit_exceeded");
    expect(statusReason(50)).toBe("unknown");
    expect(statusReason(200)).toBe("unknown");
  });
});
