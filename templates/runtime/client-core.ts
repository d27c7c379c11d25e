// Version dispatch shared by the generated client. A call at API version V runs the
// endpoint's highest version <= V, exactly as the server dispatches; an endpoint with no
// such version does not exist at V (its method is absent from a client pinned to V).
import type { EndpointInfo } from "./endpoint.js";
import { ClientError } from "./errors.js";
import { sendJsonLines } from "./json-lines.js";
import { pickVersion } from "./pick-version.js";
import { createTransport, type CallOptions, type ClientOptions, type Transport } from "./transport.js";

/** Any `major.minor` API version. */
export type VersionInput = `${number}.${number}`;

/** The versions of one endpoint, ascending. */
export type EndpointVersions = readonly EndpointInfo[];

/**
 * One endpoint's versions as `createClient`'s table spells them: the versions ascending,
 * separated by spaces, each followed by `b` when it is a batch and `t` when it answers with
 * text; a leading `!` when the endpoint takes no credentials ("2.1 2.13b", "!2.1"). A
 * browser bundle carries every endpoint of the API this way at a few bytes each.
 */
export type VersionList = string;

/** Every endpoint's versions by service and action. */
export interface ServiceTable {
  readonly [service: string]: { readonly [action: string]: EndpointVersions | VersionList };
}

/** The client type at version V: exact for known versions, the latest otherwise. */
export type VersionedClient<
  Versions,
  Latest extends keyof Versions,
  V,
> = V extends keyof Versions ? Versions[V] : Versions[Latest];

export type ClientFactory<Versions, Latest extends keyof Versions> = <
  V extends (keyof Versions & string) | VersionInput = Latest & string,
>(
  options: ClientOptions & { readonly apiVersion?: V },
) => VersionedClient<Versions, Latest, V>;

type Method = (body?: unknown, options?: CallOptions) => Promise<unknown>;

function emptyBody(info: EndpointInfo): unknown {
  return info.batch ? [] : {};
}

// What the generated endpoint modules name in the EndpointInfo of a batch endpoint.
export { sendJsonLines };

/** Calls an endpoint at the transport's API version (what the per-endpoint functions do). */
export function callEndpoint<T>(
  transport: Transport,
  versions: EndpointVersions,
  body: unknown,
  options?: CallOptions,
): Promise<T> {
  const apiVersion = transport.options.apiVersion;
  let info: EndpointInfo | undefined;
  try {
    info = pickVersion(versions, apiVersion);
  } catch (err) {
    return Promise.reject(err);
  }
  if (!info) {
    const first = versions[0];
    return Promise.reject(
      new ClientError(
        `${first.name} does not exist at API version ${apiVersion}: it starts at ${first.version}`,
      ),
    );
  }
  return transport.call<T>(info, body ?? emptyBody(info), options);
}

const LISTED_VERSION = /^(\d+\.\d+)(b?)(t?)$/;

/** The EndpointInfo of each version in a {@link VersionList}. */
export function listedVersions(name: string, list: VersionList): EndpointInfo[] {
  const authorize = !list.startsWith("!");
  return list.slice(authorize ? 0 : 1).split(" ").map((text) => {
    const m = LISTED_VERSION.exec(text);
    if (!m) throw new ClientError(`${name}: invalid version list ${JSON.stringify(list)}`);
    const info: { -readonly [K in keyof EndpointInfo]: EndpointInfo[K] } = { name, version: m[1], authorize };
    if (m[2]) info.batch = sendJsonLines;
    if (m[3]) info.textResponse = true;
    return info;
  });
}

function buildClient(transport: Transport, table: ServiceTable): object {
  const apiVersion = transport.options.apiVersion;
  const client: Record<string, Readonly<Record<string, Method>>> = {};
  for (const service of Object.keys(table)) {
    const methods: Record<string, Method> = {};
    const actions = table[service];
    for (const action of Object.keys(actions)) {
      const versions = actions[action];
      const info = pickVersion(typeof versions === "string" ? listedVersions(`${service}.${action}`, versions) : versions, apiVersion);
      if (!info) continue;
      setOwn(methods, action, (body?: unknown, options?: CallOptions) =>
        transport.call(info, body ?? emptyBody(info), options),
      );
    }
    if (Object.keys(methods).length > 0)
      setOwn(client, service, Object.freeze(methods));
  }
  return Object.freeze(client);
}

/** `target[key] = value` as an own enumerable property, even for `__proto__` (whose assignment would set the prototype). */
function setOwn<T>(target: Record<string, T>, key: string, value: T): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** Makes `createClient` for a generated API: one transport, methods of the pinned version. */
export function clientFactory<Versions, Latest extends keyof Versions>(
  table: ServiceTable,
): ClientFactory<Versions, Latest> {
  // createTransport checks the options, apiVersion included.
  const create = (options: ClientOptions): object => buildClient(createTransport(options), table);
  return create as unknown as ClientFactory<Versions, Latest>;
}
