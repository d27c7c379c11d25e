// Who is calling, and may they call this endpoint: Basic key/secret, Bearer tokens (API
// and OIDC access tokens), the token cookie, roles and impersonation headers.
import type { IncomingHttpHeaders } from "node:http";
import type { Endpoint } from "../../generator/schema/model.js";
import { decodeBasic } from "../../generator/mock/protocol/basic.js";
import { badRequest, forbidden, unauthorized } from "../../generator/mock/protocol/errors.js";
import { cookie, protocolHeader, single } from "../../generator/mock/protocol/headers.js";
import { secretMatches } from "./secrets.js";
import type { ServerState } from "./state.js";
import type { Identity } from "./tokens.js";

export const TOKEN_COOKIE = "clearml_token_basic";

export interface Caller {
  readonly identity: Identity;
  readonly via: "basic" | "bearer" | "cookie";
  /** The credentials used, for Basic authentication. */
  readonly accessKey?: string;
}

/** Undefined when the request carries no credentials at all. Throws 401 for bad ones. */
export function authenticate(state: ServerState, headers: IncomingHttpHeaders, remoteAddress: string): Caller | undefined {
  const header = single(headers.authorization);
  if (header === undefined || header.trim() === "") {
    const fromCookie = cookie(headers, TOKEN_COOKIE);
    return fromCookie === undefined ? undefined : { identity: bearerIdentity(state, fromCookie), via: "cookie" };
  }
  const space = header.indexOf(" ");
  const scheme = space < 0 ? header : header.slice(0, space);
  const value = space < 0 ? "" : header.slice(space + 1).trim();
  if (scheme === "Bearer") return { identity: bearerIdentity(state, value), via: "bearer" };
  if (scheme === "Basic") return basicCaller(state, value, remoteAddress);
  throw unauthorized(10, "Bad authentication type: expected Basic or Bearer");
}

function bearerIdentity(state: ServerState, token: string): Identity {
  const result = state.tokens.check(token, ["api", "oidc-access"]);
  if (!result.ok) throw unauthorized(30, `Invalid token: ${result.msg}`);
  return result.identity;
}

function basicCaller(state: ServerState, encoded: string, remoteAddress: string): Caller {
  const { accessKey, secretKey } = decodeBasic(encoded);
  const record = state.store.credentials.get(accessKey);
  // One message for unknown key and wrong secret, so keys cannot be probed.
  if (!record || !secretMatches(secretKey, record.secret)) throw unauthorized(22, "Invalid credentials");
  const user = state.store.users.get(record.user);
  if (!user) throw unauthorized(22, "Invalid credentials");
  record.lastUsed = state.clock.now();
  record.lastUsedFrom = remoteAddress;
  return { identity: state.tokens.identityOf(user), via: "basic", accessKey };
}

/** Applies `authorize` and `allow_roles` of the endpoint; returns the caller it will run as. */
export function authorizeCall(endpoint: Endpoint, caller: Caller | undefined): Caller | undefined {
  if (!endpoint.authorize) return caller;
  if (!caller) throw unauthorized(20, "Missing authentication: send a Bearer token or Basic credentials");
  const roles = endpoint.allowRoles;
  if (!roles.includes("*") && !roles.includes(caller.identity.role)) {
    throw forbidden(20, `Role not allowed: ${caller.identity.role} may not call ${endpoint.name}`);
  }
  return caller;
}

const IMPERSONATORS = new Set(["system", "root", "admin"]);

/** X-ClearML-Impersonate-As (target's identity and role) and X-ClearML-Act-As (target's identity, caller's role). */
export function applyImpersonation(state: ServerState, headers: IncomingHttpHeaders, caller: Caller | undefined): Caller | undefined {
  const impersonate = protocolHeader(headers, "impersonate-as");
  const actAs = protocolHeader(headers, "act-as");
  if (impersonate === undefined && actAs === undefined) return caller;
  if (impersonate !== undefined && actAs !== undefined) {
    throw badRequest(5, "Invalid headers: Impersonate-As and Act-As cannot be used together");
  }
  if (!caller || !IMPERSONATORS.has(caller.identity.role)) {
    throw badRequest(6, "Impersonation error: only system, root or admin users may act for others");
  }
  const targetId = (impersonate ?? actAs) as string;
  const target = state.store.userOrUndefined(targetId, caller.identity.company);
  if (!target) throw badRequest(6, `Impersonation error: no user ${targetId} in this company`);
  const targetIdentity = state.tokens.identityOf(target);
  const identity = impersonate !== undefined ? targetIdentity : { ...targetIdentity, role: caller.identity.role };
  return { ...caller, identity };
}
