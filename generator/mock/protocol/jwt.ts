// HS256 JSON Web Tokens with node:crypto only. Verification is constant-time on the
// signature and never trusts the header's `alg`.
import { createHmac, timingSafeEqual } from "node:crypto";
import type { JsonValue } from "../../../hocon/types.js";
import { isObject } from "../../schema/json.js";

export type JwtPayload = Record<string, unknown> & { iat: number; exp: number };

export type VerifyResult =
  | { readonly ok: true; readonly payload: JwtPayload }
  | { readonly ok: false; readonly reason: "malformed" | "bad-signature" | "expired" };

const HEADER = base64url(JSON.stringify({ alg: "HS256", typ: "JWT" }));

export function signJwt(payload: JwtPayload, secret: Buffer): string {
  const body = `${HEADER}.${base64url(JSON.stringify(payload))}`;
  return `${body}.${sign(body, secret)}`;
}

/** `nowSec`: the verifier's current time in seconds; a token is expired from its `exp` second on. */
export function verifyJwt(token: string, secret: Buffer, nowSec: number): VerifyResult {
  const parts = token.split(".");
  if (parts.length !== 3) return { ok: false, reason: "malformed" };
  const [header, body, signature] = parts;
  const expected = Buffer.from(sign(`${header}.${body}`, secret));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return { ok: false, reason: "bad-signature" };
  let decodedHeader: JsonValue;
  let payload: JsonValue;
  try {
    decodedHeader = JSON.parse(Buffer.from(header, "base64url").toString("utf8"));
    payload = JSON.parse(Buffer.from(body, "base64url").toString("utf8"));
  } catch {
    return { ok: false, reason: "malformed" };
  }
  if (!isObject(decodedHeader) || decodedHeader.alg !== "HS256") return { ok: false, reason: "malformed" };
  if (!isObject(payload) || typeof payload.exp !== "number" || typeof payload.iat !== "number") {
    return { ok: false, reason: "malformed" };
  }
  if (nowSec >= payload.exp) return { ok: false, reason: "expired" };
  return { ok: true, payload: payload as JwtPayload };
}

/** Reads a token's payload without checking it (for tests and diagnostics only). */
export function decodeJwtPayload(token: string): Record<string, unknown> | undefined {
  const body = token.split(".")[1];
  if (body === undefined) return undefined;
  try {
    const value: JsonValue = JSON.parse(Buffer.from(body, "base64url").toString("utf8"));
    return isObject(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

function sign(data: string, secret: Buffer): string {
  return createHmac("sha256", secret).update(data).digest("base64url");
}

function base64url(text: string): string {
  return Buffer.from(text, "utf8").toString("base64url");
}
