import type { EndpointInfo } from "./endpoint.js";
/** Endpoint names ("service.action") mapped to whether a call of them may be sent twice. */
export type IdempotentEndpoints = Readonly<Record<string, boolean>>;
/**
 * The name rule: an action named `get_*` only reads (`get_all`, `get_by_id`, `get_all_ex`,
 * `get_current_user`, ...), except `get_next_*`, which takes the next item
 * (`queues.get_next_task` removes the task it returns from the queue).
 */
export declare function isReadOnlyName(name: string): boolean;
/**
 * Whether this call may be sent again when the server may already have acted on it: the
 * call's own option, else the client's entry for the endpoint, else what the endpoint
 * says of itself, else the name rule.
 */
export declare function isIdempotent(endpoint: EndpointInfo, perCall: boolean | undefined, perClient: IdempotentEndpoints | undefined): boolean;
