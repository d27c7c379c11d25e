import { ValidationError } from "./errors.js";
function validateRequest(endpoint, body) {
  const schema = endpoint.request;
  if (!schema) return;
  if (endpoint.batch && Array.isArray(body)) {
    body.forEach((item, i) => check(schema, item, endpoint.name, "request", `body[${i}]`));
  } else {
    check(schema, body ?? {}, endpoint.name, "request", "body");
  }
}
function validateResponse(endpoint, data) {
  if (endpoint.response) check(endpoint.response, data, endpoint.name, "response", "data");
}
function check(schema, value, endpoint, direction, root) {
  const result = schema.safeParse(value);
  if (result.success) return;
  const issue = result.error.issues[0];
  throw new ValidationError(
    endpoint,
    direction,
    formatPath(root, issue?.path ?? []),
    issue?.message ?? "invalid value"
  );
}
function formatPath(root, path) {
  let out = root;
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else if (typeof key === "string" && /^[A-Za-z_$][\w$]*$/.test(key)) out += `.${key}`;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out;
}
export {
  formatPath,
  validateRequest,
  validateResponse
};
