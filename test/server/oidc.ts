// POST /oidc/token: an OpenID Connect style token endpoint (password, client_credentials
// and refresh_token grants) for confidential clients. Its access tokens work as Bearer
// tokens on the API. Errors follow OAuth 2.0 (RFC 6749 section 5.2).
import type { IncomingHttpHeaders } from "node:http";
import type { HttpAnswer } from "./api.js";
import { single } from "../../generator/mock/protocol/headers.js";
import { secretMatches } from "./secrets.js";
import type { ServerState } from "./state.js";
import type { OidcClient, UserRecord } from "./store.js";

export const OIDC_TOKEN_PATH = "/oidc/token";

export interface OidcRequest {
  readonly method: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
}

class OAuthError extends Error {
  constructor(
    readonly status: number,
    readonly error: string,
    description: string,
  ) {
    super(description);
  }
}

export function handleOidcToken(state: ServerState, req: OidcRequest): HttpAnswer {
  try {
    if (req.method !== "POST") throw new OAuthError(405, "invalid_request", "use POST");
    const type = single(req.headers["content-type"])?.split(";")[0].trim().toLowerCase();
    if (type !== "application/x-www-form-urlencoded") {
      throw new OAuthError(400, "invalid_request", "the body must be application/x-www-form-urlencoded");
    }
    const form = new URLSearchParams(req.body);
    const client = authenticateClient(state, req.headers, form);
    const grant = form.get("grant_type");
    const user = grantUser(state, grant, form, client);
    state.stats.oidcGrants[grant as string] = (state.stats.oidcGrants[grant as string] ?? 0) + 1;
    return json(200, tokenResponse(state, user, client));
  } catch (err) {
    if (!(err instanceof OAuthError)) return json(500, { error: "server_error", error_description: "internal error" });
    const extra: Record<string, string> = err.status === 401 ? { "www-authenticate": 'Basic realm="oidc"' } : {};
    return json(err.status, { error: err.error, error_description: err.message }, extra);
  }
}

/** HTTP Basic client_id:client_secret, or both as form fields. */
function authenticateClient(state: ServerState, headers: IncomingHttpHeaders, form: URLSearchParams): OidcClient {
  let id = form.get("client_id") ?? undefined;
  let secret = form.get("client_secret") ?? undefined;
  const header = single(headers.authorization);
  if (header?.startsWith("Basic ")) {
    const decoded = Buffer.from(header.slice(6).trim(), "base64").toString("utf8");
    const colon = decoded.indexOf(":");
    if (colon < 0) throw new OAuthError(401, "invalid_client", "malformed client credentials");
    // RFC 6749 2.3.1: both parts are form-urlencoded inside the Basic header.
    id = decodeURIComponent(decoded.slice(0, colon).replace(/\+/g, " "));
    secret = decodeURIComponent(decoded.slice(colon + 1).replace(/\+/g, " "));
  }
  const client = id === undefined ? undefined : state.store.oidcClients.get(id);
  if (!client || secret === undefined || !secretMatches(secret, client.secret)) {
    throw new OAuthError(401, "invalid_client", "unknown client or wrong client secret");
  }
  return client;
}

function grantUser(state: ServerState, grant: string | null, form: URLSearchParams, client: OidcClient): UserRecord {
  const { store } = state;
  switch (grant) {
    case "password": {
      const username = form.get("username");
      const password = form.get("password");
      if (username === null || password === null) throw new OAuthError(400, "invalid_request", "username and password are required");
      const user = [...store.users.values()].find((u) => u.email === username || u.name === username);
      // One answer for unknown user and wrong password, so user names cannot be probed.
      if (!user?.password || !secretMatches(password, user.password)) {
        throw new OAuthError(400, "invalid_grant", "invalid user credentials");
      }
      return user;
    }
    case "client_credentials": {
      const user = store.users.get(client.user);
      if (!user) throw new OAuthError(400, "invalid_grant", "the client has no service account");
      return user;
    }
    case "refresh_token": {
      const token = form.get("refresh_token");
      if (token === null) throw new OAuthError(400, "invalid_request", "refresh_token is required");
      const check = state.tokens.check(token, ["oidc-refresh"]);
      if (!check.ok || check.issued.client !== client.clientId) {
        throw new OAuthError(400, "invalid_grant", check.ok ? "the token belongs to another client" : check.msg);
      }
      // Refresh tokens are single use: the new pair replaces this one.
      store.revokedTokens.add(check.jti);
      const user = store.users.get(check.identity.user);
      if (!user) throw new OAuthError(400, "invalid_grant", "the token's user no longer exists");
      return user;
    }
    case null:
      throw new OAuthError(400, "invalid_request", "grant_type is required");
    default:
      throw new OAuthError(400, "unsupported_grant_type", `grant_type ${grant} is not supported`);
  }
}

function tokenResponse(state: ServerState, user: UserRecord, client: OidcClient): Record<string, unknown> {
  const { oidcAccessTokenLifetimeSec: access, oidcRefreshTokenLifetimeSec: refresh } = state.settings;
  const base = { user: user.id, client: client.clientId };
  return {
    access_token: state.tokens.issue(user, access, { ...base, kind: "oidc-access" }),
    expires_in: access,
    refresh_token: state.tokens.issue(user, refresh, { ...base, kind: "oidc-refresh" }),
    refresh_expires_in: refresh,
    token_type: "Bearer",
  };
}

function json(status: number, body: unknown, extra: Record<string, string> = {}): HttpAnswer {
  return {
    status,
    headers: { "content-type": "application/json", "cache-control": "no-store", ...extra },
    body: JSON.stringify(body),
  };
}
