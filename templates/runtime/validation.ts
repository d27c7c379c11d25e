// Optional checks (the generated zod validators) of what is sent and what comes back. They
// only check: the value sent or returned is the caller's / server's own (unknown fields
// kept), so a newer server's extra fields still reach the caller. A request is checked as
// the server checks it, with its nulls removed first (without-nulls.ts), so the check never
// refuses a body the server accepts; the body is still sent as the caller wrote it.
import type { EndpointInfo, Validator } from "./endpoint.js";
import { ValidationError } from "./errors.js";
import { withoutNulls } from "./without-nulls.js";

/** Checks a request body (each item for batch endpoints) against `endpoint.request`. */
export function validateRequest(endpoint: EndpointInfo, body: unknown): void {
  const schema = endpoint.request;
  if (!schema) return;
  if (endpoint.batch && Array.isArray(body)) {
    body.forEach((item, i) => check(schema, withoutNulls(item), endpoint.name, "request", `body[${i}]`));
  } else {
    check(schema, withoutNulls(body ?? {}), endpoint.name, "request", "body");
  }
}

/** Checks the envelope's `data` against `endpoint.response`. */
export function validateResponse(endpoint: EndpointInfo, data: unknown): void {
  if (endpoint.response) check(endpoint.response, data, endpoint.name, "response", "data");
}

function check(
  schema: Validator,
  value: unknown,
  endpoint: string,
  direction: "request" | "response",
  root: string,
): void {
  const result = schema.safeParse(value);
  if (result.success) return;
  const issue = result.error.issues[0];
  throw new ValidationError(
    endpoint,
    direction,
    formatPath(root, issue?.path ?? []),
    issue?.message ?? "invalid value",
  );
}

/** `data` + ["vaults", 0, "enabled"] -> `data.vaults[0].enabled`; odd keys are quoted: `data["a b"]`. */
export function formatPath(root: string, path: readonly PropertyKey[]): string {
  let out = root;
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else if (typeof key === "string" && /^[A-Za-z_$][\w$]*$/.test(key)) out += `.${key}`;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out;
}
