// Endpoint structure, per the server's schema reader and meta-schema: an endpoint holds
// flags and version keys only; each version has a description, a request or a
// batch_request, and a response.
import type { Location } from "../../../hocon/diagnostics.js";
import type { JsonObject } from "../../../hocon/types.js";
import { isObject } from "../json.js";
import { FLAG_KEYS } from "../flags.js";
import { parseVersion } from "../versions.js";
import type { SchemaSite, ServiceLintContext } from "./context.js";
import { checkFlags } from "./flags.js";
import { describe } from "./values.js";

const VERSION_KEYS: ReadonlySet<string> = new Set(["description", "request", "batch_request", "response", "method"]);

/** Reports endpoint-level problems; returns the request/response schemas to check further. */
export function endpointRoots(action: string, ctx: ServiceLintContext): SchemaSite[] {
  const { service, locate, report } = ctx;
  const body = service.value[action];
  const at = locate.member(service.value, action);
  const name = `${service.name}.${action}`;
  if (!isObject(body)) {
    report.error("endpoint-not-object", at, `endpoint \`${name}\` must be an object of versions, not ${describe(body)}`, 'write `' + action + ' { "2.1" { description: ..., request {...}, response {...} } }`');
    return [];
  }
  checkFlags(body, locate, report, at);
  const roots: SchemaSite[] = [];
  const seen = new Map<string, string>();
  for (const key of Object.keys(body)) {
    if (FLAG_KEYS.has(key)) continue;
    const keyAt = locate.member(body, key, at);
    const version = parseVersion(key);
    if (!version) {
      report.error("unrecognized-key", keyAt, `unrecognized key \`${key}\` in endpoint \`${name}\``, versionHint(key));
      continue;
    }
    const earlier = seen.get(version.text);
    if (earlier !== undefined) {
      report.error("duplicate-version", keyAt, `version "${key}" of \`${name}\` duplicates version "${earlier}"`, "merge the two versions into one, or fix the version number");
      continue;
    }
    seen.set(version.text, key);
    if (key !== version.text) {
      report.warning("noncanonical-version", keyAt, `version "${key}" is not written canonically`, `write "${version.text}"`);
    }
    const spec = body[key];
    if (!isObject(spec)) {
      report.error("version-not-object", keyAt, `version "${key}" of \`${name}\` must be an object, not ${describe(spec)}`, "write `{ description: ..., request {...}, response {...} }`");
      continue;
    }
    roots.push(...checkVersion(spec, `${name} "${key}"`, keyAt, ctx));
  }
  // An endpoint whose only version-like keys were already reported needs no second message.
  if (Object.keys(body).every((k) => FLAG_KEYS.has(k))) {
    report.error("no-versions", at, `endpoint \`${name}\` has no versions`, 'add a version such as `"2.1" { description: ..., request {...}, response {...} }`');
  }
  return roots;
}

function versionHint(key: string): string {
  if (/^\d+$/.test(key)) return 'version keys must be quoted: an unquoted `2.1 {` is the path 2 -> 1; write `"2.1" {`';
  if (/\d/.test(key)) return 'version keys are "<major>.<minor>", e.g. "2.13"';
  return 'an endpoint holds only `internal`, `authorize`, `allow_roles` and versions like "2.1"';
}

function checkVersion(spec: JsonObject, label: string, at: Location, ctx: ServiceLintContext): SchemaSite[] {
  const { locate, report } = ctx;
  const member = (key: string): Location => locate.member(spec, key, at);
  for (const key of Object.keys(spec)) {
    if (!VERSION_KEYS.has(key)) {
      report.error("unknown-version-key", member(key), `unknown key \`${key}\` in ${label}`, "an endpoint version holds `description`, `request` or `batch_request`, and `response`");
    }
  }
  if (!("description" in spec)) report.error("missing-description", at, `${label} has no description`, "add `description: ...` saying what the call does");
  else if (typeof spec.description !== "string") report.error("bad-endpoint-value", member("description"), `description must be a string, not ${describe(spec.description)}`, "write the description as text");
  if ("method" in spec && spec.method !== "post") report.error("bad-endpoint-value", member("method"), `method must be \`post\`, not ${describe(spec.method)}`, "remove `method`: every call is a POST");

  const roots: SchemaSite[] = [];
  const hasRequest = "request" in spec;
  const hasBatch = "batch_request" in spec;
  if (!hasRequest && !hasBatch) report.error("missing-request", at, `${label} has neither \`request\` nor \`batch_request\``, "add a `request { type: object, properties {...} }`");
  if (hasRequest && hasBatch) report.error("conflicting-request", member("batch_request"), `${label} has both \`request\` and \`batch_request\``, "keep only one of them");
  if (hasRequest) {
    const request = spec.request;
    if (!isObject(request)) report.error("not-a-schema", member("request"), `request is not a schema: it is ${describe(request)}`, "write `request { type: object, properties {...} }`");
    else {
      if (request.type !== "object" && typeof request.$ref !== "string") {
        report.error("request-not-object", member("request"), `request must be \`type: object\`, not ${request.type === undefined ? "untyped" : describe(request.type)}`, "a request body is a JSON object: write `type: object`");
      }
      roots.push({ raw: request, location: locate.node(request, member("request")) });
    }
  }
  if (!("response" in spec)) report.error("missing-response", at, `${label} has no response`, "add `response { type: object, properties {...} }` (or `{ type: string }` for a file)");
  else {
    const response = spec.response;
    if (!isObject(response)) report.error("not-a-schema", member("response"), `response is not a schema: it is ${describe(response)}`, "write `response { type: object, properties {...} }`");
    else {
      if (response.type !== "object" && response.type !== "string" && typeof response.$ref !== "string") {
        report.error("response-not-object", member("response"), `response must be \`type: object\` (or \`type: string\` for a file), not ${response.type === undefined ? "untyped" : describe(response.type)}`, "write `type: object`");
      }
      roots.push({ raw: response, location: locate.node(response, member("response")) });
    }
  }
  return roots;
}
