// Which calls may be sent again after a failure that leaves unknown whether the server
// acted on them. Every call is a POST, so the method says nothing; the endpoint's name
// does, and the caller can say more (per call, or per client for an endpoint).
import type { EndpointInfo } from "./endpoint.js";

/** Endpoint names ("service.action") mapped to whether a call of them may be sent twice. */
export type IdempotentEndpoints = Readonly<Record<string, boolean>>;

/**
 * The name rule: an action named `get_*` only reads (`get_all`, `get_by_id`, `get_all_ex`,
 * `get_current_user`, ...), except `get_next_*`, which takes the next item
 * (`queues.get_next_task` removes the task it returns from the queue).
 */
export function isReadOnlyName(name: string): boolean {
  const action = name.slice(name.indexOf(".") + 1);
  return action.startsWith("get_") && !action.startsWith("get_next_");
}

/**
 * Whether this call may be sent again when the server may already have acted on it: the
 * call's own option, else the client's entry for the endpoint, else what the endpoint
 * says of itself, else the name rule.
 */
export function isIdempotent(
  endpoint: EndpointInfo,
  perCall: boolean | undefined,
  perClient: IdempotentEndpoints | undefined,
): boolean {
  if (perCall !== undefined) return perCall;
  if (perClient && Object.hasOwn(perClient, endpoint.name)) return perClient[endpoint.name] === true;
  return endpoint.idempotent ?? isReadOnlyName(endpoint.name);
}
