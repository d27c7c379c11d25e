// The server's dispatch rule: a call at API version V runs the highest version <= V.
import { ClientError } from "./errors.js";

/** "2.13" -> [2, 13]; anything else is a ClientError. */
export function parseVersion(text: string): [number, number] {
  const m = /^(\d+)\.(\d+)$/.exec(text);
  if (!m) {
    throw new ClientError(
      `invalid apiVersion ${JSON.stringify(text)}: expected "major.minor", e.g. "2.13"`,
    );
  }
  return [Number(m[1]), Number(m[2])];
}

/** The version a call at `apiVersion` runs, from versions ascending; without one, the latest. */
export function pickVersion<I extends { readonly version: string }>(
  versions: readonly I[],
  apiVersion: string | undefined,
): I | undefined {
  if (apiVersion === undefined) return versions[versions.length - 1];
  const [major, minor] = parseVersion(apiVersion);
  let found: I | undefined;
  for (const info of versions) {
    const [m, n] = parseVersion(info.version);
    if (m > major || (m === major && n > minor)) break;
    found = info;
  }
  return found;
}
