// Endpoint flags and their inheritance: server defaults <- `_api_defaults.conf` <- the
// service's `_default` <- the endpoint itself, key by key.
import type { JsonObject } from "../../hocon/types.js";

export interface EndpointFlags {
  readonly internal: boolean;
  readonly authorize: boolean;
  readonly allowRoles: readonly string[];
}

export const FLAG_KEYS: ReadonlySet<string> = new Set(["internal", "authorize", "allow_roles"]);

/** What the server assumes when `_api_defaults.conf` says nothing. */
export const SERVER_DEFAULTS: EndpointFlags = { internal: false, authorize: true, allowRoles: ["*"] };

/**
 * Overrides `base` with the flags written in `obj`. `null` is how the corpus switches a
 * flag off (`authorize: null`); the server's Python treats it as false. Values of the
 * wrong type are ignored here and reported by lint.
 */
export function applyFlags(base: EndpointFlags, obj: JsonObject | undefined): EndpointFlags {
  if (!obj) return base;
  let { internal, authorize, allowRoles } = base;
  if (typeof obj.internal === "boolean" || obj.internal === null) internal = obj.internal === true;
  if (typeof obj.authorize === "boolean" || obj.authorize === null) authorize = obj.authorize === true;
  const roles = obj.allow_roles;
  if (Array.isArray(roles) && roles.every((r) => typeof r === "string")) allowRoles = roles as string[];
  return { internal, authorize, allowRoles };
}
