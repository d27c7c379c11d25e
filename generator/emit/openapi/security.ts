// Authentication as the server does it (../shared/reference/protocol.md): `auth.login`
// takes HTTP Basic with an access key and secret; every other authorized call takes the
// token it returns, as a Bearer header or as the cookie login sets; `authorize: false`
// endpoints need nothing.
import type { Endpoint } from "../../schema/model.js";
import type { JsonObject } from "./types.js";

/** The one endpoint that trades key/secret for a token. */
export const LOGIN_ENDPOINT = "auth.login";
export const TOKEN_COOKIE = "clearml_token_basic";

export function securitySchemes(): JsonObject {
  return {
    basicAuth: {
      type: "http",
      scheme: "basic",
      description: `access_key:secret_key, for ${LOGIN_ENDPOINT}.`,
    },
    bearerAuth: {
      type: "http",
      scheme: "bearer",
      bearerFormat: "JWT",
      description: `The token returned by ${LOGIN_ENDPOINT}. An explicit Authorization header wins over the cookie.`,
    },
    tokenCookie: {
      type: "apiKey",
      in: "cookie",
      name: TOKEN_COOKIE,
      description: `The token cookie ${LOGIN_ENDPOINT} sets.`,
    },
  };
}

/** The operation's `security`: alternatives, any one of which suffices; `[]` means none needed. */
export function operationSecurity(endpoint: Endpoint): JsonObject[] {
  if (!endpoint.authorize) return [];
  if (endpoint.name === LOGIN_ENDPOINT) return [{ basicAuth: [] }];
  return [{ bearerAuth: [] }, { tokenCookie: [] }];
}
