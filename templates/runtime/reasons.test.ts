// The reason names of (result_code, result_subcode) pairs and of bare HTTP statuses.
import { describe, expect, it } from "vitest";
import { reasonFor, statusReason } from "./reasons.js";

describe("reasonFor", () => {
  it("names the protocol's pairs", () => {
    expect(reasonFor(401, 30)).toBe("invalid_token");
    expect(reasonFor(400, 2)).toBe("request_path_has_invalid_version");
    expect(reasonFor(400, 12)).toBe("validation_error");
    expect(reasonFor(410, 1)).toBe("not_supported");
    expect(reasonFor(500, 9999)).toBe("not_implemented");
    expect(reasonFor(404, 0)).toBe("not_found");
  });

  it("falls back to the status's name, then to unknown", () => {
    expect(reasonFor(401, 3)).toBe("unauthorized");
    expect(reasonFor(400, 1000)).toBe("bad_request");
    expect(reasonFor(503, 0)).toBe("service_unavailable");
    expect(reasonFor(418, 0)).toBe("unknown");
    expect(reasonFor(40, 1)).toBe("unknown");
    expect(reasonFor(4001, 0)).toBe("unknown");
    expect(reasonFor(Number.NaN, 1)).toBe("unknown");
  });

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
