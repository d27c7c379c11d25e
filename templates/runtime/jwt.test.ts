import { describe, expect, it } from "vitest";
import { makeJwt } from "./fake-fetch.test-support.js";
import { jwtClaims, jwtExpiry } from "./jwt.js";

describe("jwt", () => {
  it("reads exp and claims, including UTF-8 and base64url characters", () => {
    const token = makeJwt({ exp: 1767225600, identity: { user_name: "Zoë ✓ ~~~???>>>" } });
    expect(jwtExpiry(token)).toBe(1767225600);
    expect(jwtClaims(token)?.["identity"]).toEqual({ user_name: "Zoë ✓ ~~~???>>>" });
  });

  it("undefined for tokens that are not JWTs or have no numeric exp", () => {
    expect(jwtExpiry("opaque-token")).toBeUndefined();
    expect(jwtExpiry("a.b.c")).toBeUndefined();
    expect(jwtExpiry(makeJwt({ exp: "soon" }))).toBeUndefined();
    expect(jwtExpiry(makeJwt({}))).toBeUndefined();
    expect(jwtClaims(`x.${btoa("[1]")}.y`)).toBeUndefined();
  });
});
