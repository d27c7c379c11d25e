// Endpoint and API versions, and how the server dispatches a call to an endpoint version:
// a call at API version V runs the endpoint's highest version <= V.
import type { ApiModel, Endpoint, EndpointVersion, Version } from "./model.js";

const VERSION_TEXT = /^(\d+)\.(\d+)$/;

/** Parses `"2.13"` into a Version; undefined when the text is not `<digits>.<digits>`. */
export function parseVersion(text: string): Version | undefined {
  const m = VERSION_TEXT.exec(text);
  if (!m) return undefined;
  const major = Number(m[1]);
  const minor = Number(m[2]);
  if (!Number.isSafeInteger(major) || !Number.isSafeInteger(minor)) return undefined;
  return { major, minor, text: `${major}.${minor}` };
}

/** Numeric order: 2.9 < 2.10. */
export function compareVersions(a: Version, b: Version): number {
  return a.major - b.major || a.minor - b.minor;
}

function toVersion(v: Version | string): Version | undefined {
  return typeof v === "string" ? parseVersion(v) : v;
}

/** How many of `items` (ascending by version) are at or before `at`: they are a prefix. */
export function countAtOrBefore<T>(items: readonly T[], versionOf: (item: T) => Version, at: Version): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (compareVersions(versionOf(items[mid]), at) <= 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Of `items` (ascending by version), the last at or before `at`: what a call at `at` runs. */
export function lastAtOrBefore<T>(items: readonly T[], versionOf: (item: T) => Version, at: Version): T | undefined {
  const n = countAtOrBefore(items, versionOf, at);
  return n === 0 ? undefined : items[n - 1];
}

const versionOfEndpoint = (ev: EndpointVersion): Version => ev.version;

/** The endpoint version a call at API version `at` runs: the highest version <= `at`. */
export function versionAt(endpoint: Endpoint, at: Version | string): EndpointVersion | undefined {
  const target = toVersion(at);
  return target && lastAtOrBefore(endpoint.versions, versionOfEndpoint, target);
}

/**
 * The version of `target` a batch line is: the highest <= the version the batch names,
 * capped by the API version a client is pinned to; when none is that low, the first
 * version (what the server's and the SDK's batches fall back to).
 */
export function batchItemVersion(target: Endpoint, named: Version, pinned?: Version): EndpointVersion | undefined {
  const cap = pinned && compareVersions(pinned, named) < 0 ? pinned : named;
  return versionAt(target, cap) ?? target.versions[0];
}

// Built once per model, so repeated look-ups stay O(log n).
const endpointIndex = new WeakMap<ApiModel, Map<string, Endpoint>>();

/** Finds an endpoint by `service.action`. */
export function findEndpoint(model: ApiModel, name: string): Endpoint | undefined {
  let index = endpointIndex.get(model);
  if (!index) {
    index = new Map();
    for (const service of model.services) for (const ep of service.endpoints) index.set(ep.name, ep);
    endpointIndex.set(model, index);
  }
  return index.get(name);
}

/**
 * The endpoint version the server runs for `service.action` called at API version `at`;
 * undefined when the endpoint does not exist at that version (or at all).
 */
export function endpointAt(model: ApiModel, name: string, at: Version | string): EndpointVersion | undefined {
  const endpoint = findEndpoint(model, name);
  return endpoint && versionAt(endpoint, at);
}

/** Every distinct version, ascending. */
export function distinctVersions(versions: Iterable<Version>): Version[] {
  const byText = new Map<string, Version>();
  for (const v of versions) if (!byText.has(v.text)) byText.set(v.text, v);
  return [...byText.values()].sort(compareVersions);
}
