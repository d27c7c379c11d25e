// Optional checks (the generated zod validators) of what is sent and what comes back. They
// only check: the value sent or returned is the caller's / server's own (unknown fields
// kept), so a newer server's extra fields still reach the caller. A request is checked as
// the server checks it, with its nulls removed first (without-nulls.ts), so the check never
// refuses a body the server accepts; the body is still sent as the caller wrote it.
//
// The validators reach a client only through `ClientOptions.validate` (`<package>/zod`'s
// `validators`), and the checks below travel with them (`Validators.check`): a program that
// never imports the validators bundles neither zod nor this module.
import type { EndpointInfo, Validator } from "./endpoint.js";
import { ValidationError } from "./errors.js";
import { pickVersion } from "./pick-version.js";
import { withoutNulls } from "./without-nulls.js";

/** One version of a batched endpoint a batch line may be. */
export interface BatchItemVersion {
  readonly version: string;
  readonly request?: Validator;
}

/** The validators of one endpoint version. */
export interface EndpointValidators {
  /** Of the request body (of each item for batch endpoints). */
  readonly request?: Validator;
  /**
   * A batch whose lines' version depends on the API version: the batched endpoint's versions
   * a line may be, ascending, with their validators. A call at V checks its lines with the
   * highest version <= V, else the first (the server's fallback); `request` is the one of a
   * call without a pinned version.
   */
  readonly items?: readonly BatchItemVersion[];
  /** Of the envelope's `data`. */
  readonly response?: Validator;
}

/** Validators by endpoint name and version: "users.get_vaults@2.13". */
export interface ValidatorTable {
  readonly [endpointAtVersion: string]: EndpointValidators;
}

/** What runs the checks; {@link checks} is the one. */
export interface Checks {
  request(table: ValidatorTable, endpoint: EndpointInfo, apiVersion: string | undefined, body: unknown): void;
  response(table: ValidatorTable, endpoint: EndpointInfo, data: unknown): void;
}

/** What `<package>/zod` exports as `validators`: the opt-in of `createClient({ validate: validators })`. */
export interface Validators {
  readonly endpoints: ValidatorTable;
  readonly check: Checks;
}

/** Own properties only: an endpoint named `__proto__` or `constructor` finds nothing inherited. */
function own<T>(record: { readonly [key: string]: T }, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

function validatorsOf(table: ValidatorTable, endpoint: EndpointInfo): EndpointValidators | undefined {
  return own(table, `${endpoint.name}@${endpoint.version}`);
}

/** The request validator of a call at `apiVersion`: a pinned batch checks its lines at the pinned version. */
function requestValidator(v: EndpointValidators, apiVersion: string | undefined): Validator | undefined {
  if (!v.items || v.items.length === 0 || apiVersion === undefined) return v.request;
  return (pickVersion(v.items, apiVersion) ?? v.items[0]).request;
}

export const checks: Checks = {
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
  },
};

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
