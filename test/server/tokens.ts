// Issues and checks the server's tokens: API tokens from auth.login and the OIDC
// access/refresh tokens. All are HS256 JWTs with the protocol's `identity` claim.
import { randomBytes } from "node:crypto";
import type { TestClock } from "./clock.js";
import { signJwt, verifyJwt } from "../../generator/mock/protocol/jwt.js";
import type { IssuedToken, Role, ServerStore, UserRecord } from "./store.js";

export interface Identity {
  readonly user: string;
  readonly company: string;
  readonly role: Role;
  readonly user_name: string;
  readonly company_name: string;
}

export type TokenCheck =
  | { readonly ok: true; readonly identity: Identity; readonly jti: string; readonly issued: IssuedToken }
  | { readonly ok: false; readonly msg: string };

export class TokenService {
  private readonly secret = randomBytes(32);
  // Every token text handed out, so tests can assert none of them leaks into a log or error.
  private readonly issuedTexts: string[] = [];

  constructor(
    private readonly store: ServerStore,
    private readonly clock: TestClock,
  ) {}

  nowSec(): number {
    return Math.floor(this.clock.now() / 1000);
  }

  /** `issued.user` must be `user.id`; the record is what revocation and refresh look at later. */
  issue(user: UserRecord, lifetimeSec: number, issued: IssuedToken): string {
    const jti = this.store.newId();
    const iat = this.nowSec();
    this.store.tokens.set(jti, issued);
    const payload = { iat, exp: iat + lifetimeSec, jti, token_use: issued.kind, identity: { ...this.identityOf(user) } };
    const token = signJwt(payload, this.secret);
    this.issuedTexts.push(token);
    return token;
  }

  /** Every token issued so far (API, OIDC access and refresh), oldest first (a copy). */
  issued(): string[] {
    return [...this.issuedTexts];
  }

  /** Accepts only tokens of the given kinds, so a refresh token never works as a Bearer token. */
  check(token: string, kinds: readonly IssuedToken["kind"][]): TokenCheck {
    const result = verifyJwt(token, this.secret, this.nowSec());
    if (!result.ok) {
      return { ok: false, msg: result.reason === "expired" ? "Token expired" : "Invalid token" };
    }
    const { jti, token_use: use, identity } = result.payload;
    const issued = typeof jti === "string" ? this.store.tokens.get(jti) : undefined;
    if (issued === undefined || typeof use !== "string" || !kinds.includes(issued.kind)) return { ok: false, msg: "Invalid token" };
    if (this.store.revokedTokens.has(jti as string)) return { ok: false, msg: "Token revoked" };
    const user = this.store.users.get(issued.user);
    if (user === undefined || !isIdentity(identity)) return { ok: false, msg: "Invalid token" };
    return { ok: true, identity, jti: jti as string, issued };
  }

  identityOf(user: UserRecord): Identity {
    const company = this.store.companies.get(user.company);
    return {
      user: user.id,
      company: user.company,
      role: user.role,
      user_name: user.name,
      company_name: company?.name ?? "",
    };
  }
}

function isIdentity(v: unknown): v is Identity {
  if (typeof v !== "object" || v === null) return false;
  const o = v as Record<string, unknown>;
  return typeof o.user === "string" && typeof o.company === "string" && typeof o.role === "string";
}
