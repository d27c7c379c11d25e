// Who calls the mock: auth.login with HTTP Basic key/secret (the configured pairs, or any
// pair when none is configured), then Bearer tokens (HS256 JWTs with the protocol's
// `identity` claim and an expiry), and the endpoint's `authorize` and `allow_roles`.
// Codes and subcodes are the server's (see the protocol reference).
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import type { IncomingHttpHeaders } from "node:http";
import type { Endpoint } from "../schema/model.js";
import { decodeBasic } from "./protocol/basic.js";
import { forbidden, unauthorized } from "./protocol/errors.js";
import { single } from "./protocol/headers.js";
import { signJwt, verifyJwt } from "./protocol/jwt.js";

export type MockRole = "system" | "root" | "admin" | "superuser" | "user" | "annotator" | "guest";

export interface MockCredentials {
  readonly accessKey: string;
  readonly secretKey: string;
  /** Default "root", which every `allow_roles` list of ClearML names. */
  readonly role?: MockRole;
  /** Default: the access key. */
  readonly userName?: string;
}

export interface Identity {
  readonly user: string;
  readonly company: string;
  readonly role: string;
  readonly user_name: string;
  readonly company_name: string;
}

const DEFAULT_ROLE: MockRole = "root";
const COMPANY = { id: "mock-company", name: "mock" };

export class MockAuth {
  // A fresh key per server: a token of one mock is worthless to another.
  private readonly signingKey = randomBytes(32);

  constructor(
    private readonly credentials: readonly MockCredentials[],
    private readonly nowMs: () => number,
  ) {}

  /** The identity of an auth.login call's Basic credentials; 401 with the server's subcode otherwise. */
  login(headers: IncomingHttpHeaders): Identity {
    const { scheme, value } = authorization(headers);
    if (scheme === undefined) throw unauthorized(20, "Missing authentication: send Basic credentials");
    if (scheme !== "Basic") throw unauthorized(10, "Bad authentication type: expected Basic");
    const pair = decodeBasic(value);
    if (this.credentials.length === 0) return identity(pair);
    const match = this.credentials.find((c) => c.accessKey === pair.accessKey);
    // One message for an unknown key and a wrong secret, so keys cannot be probed.
    if (!match || !sameSecret(pair.secretKey, match.secretKey)) throw unauthorized(22, "Invalid credentials");
    return identity(match);
  }

  issue(who: Identity, lifetimeSec: number): string {
    const iat = Math.floor(this.nowMs() / 1000);
    return signJwt({ iat, exp: iat + lifetimeSec, identity: { ...who } }, this.signingKey);
  }

  /** The caller of an ordinary call: a Bearer token, or Basic credentials as the server also takes. */
  caller(headers: IncomingHttpHeaders): Identity | undefined {
    const { scheme, value } = authorization(headers);
    if (scheme === undefined) return undefined;
    if (scheme === "Basic") return this.login(headers);
    if (scheme !== "Bearer") throw unauthorized(10, "Bad authentication type: expected Basic or Bearer");
    const checked = verifyJwt(value, this.signingKey, Math.floor(this.nowMs() / 1000));
    if (!checked.ok) throw unauthorized(30, `Invalid token: ${checked.reason === "expired" ? "Token expired" : "Invalid token"}`);
    return checked.payload.identity as Identity;
  }
}

/** `authorize` and `allow_roles` of the endpoint, as the server applies them. */
export function authorizeCall(endpoint: Endpoint, caller: Identity | undefined): void {
  if (!endpoint.authorize) return;
  if (!caller) throw unauthorized(20, "Missing authentication: send a Bearer token or Basic credentials");
  const roles = endpoint.allowRoles;
  if (!roles.includes("*") && !roles.includes(caller.role)) {
    throw forbidden(20, `Role not allowed: ${caller.role} may not call ${endpoint.name}`);
  }
}

function authorization(headers: IncomingHttpHeaders): { scheme?: string; value: string } {
  const header = single(headers.authorization)?.trim();
  if (!header) return { value: "" };
  const space = header.indexOf(" ");
  return space < 0 ? { scheme: header, value: "" } : { scheme: header.slice(0, space), value: header.slice(space + 1).trim() };
}

function identity(c: MockCredentials): Identity {
  const name = c.userName ?? c.accessKey;
  return {
    user: createHash("sha256").update(c.accessKey).digest("hex").slice(0, 32),
    company: COMPANY.id,
    role: c.role ?? DEFAULT_ROLE,
    user_name: name,
    company_name: COMPANY.name,
  };
}

function sameSecret(given: string, expected: string): boolean {
  const a = createHash("sha256").update(given).digest();
  const b = createHash("sha256").update(expected).digest();
  return timingSafeEqual(a, b);
}
