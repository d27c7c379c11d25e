import {
  pickVersion
} from "./chunk-N7YAABOU.js";
import {
  ValidationError
} from "./chunk-UAQDFME2.js";

// templates/runtime/without-nulls.js
function withoutNulls(value) {
  if (Array.isArray(value)) return value.filter((item) => item !== null).map(withoutNulls);
  if (!isPlainObject(value)) return value;
  return Object.fromEntries(
    Object.entries(value).filter(([, member]) => member !== null).map(([key, member]) => [key, withoutNulls(member)])
  );
}
function isPlainObject(value) {
  if (typeof value !== "object" || value === null) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

// templates/runtime/validation.js
function own(record, key) {
  return Object.hasOwn(record, key) ? record[key] : void 0;
}
function validatorsOf(table, endpoint) {
  return own(table, `${endpoint.name}@${endpoint.version}`);
}
function requestValidator(v, apiVersion) {
  if (!v.items || v.items.length === 0 || apiVersion === void 0) return v.request;
  return (pickVersion(v.items, apiVersion) ?? v.items[0]).request;
}
var checks = {
  request(table, endpoint, apiVersion, body) {
    const v = validatorsOf(table, endpoint);
    const schema = v && requestValidator(v, apiVersion);
    if (!schema) return;
    if (endpoint.batch && Array.isArray(body)) {
      body.forEach((item, i) => check(schema, withoutNulls(item), endpoint.name, "request", `body[${i}]`));
    } else {
      check(schema, withoutNulls(body ?? {}), endpoint.name, "request", "body");
    }
  },
  response(table, endpoint, data) {
    const schema = validatorsOf(table, endpoint)?.response;
    if (schema) check(schema, data, endpoint.name, "response", "data");
  }
};
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
  checks,
  formatPath
};
