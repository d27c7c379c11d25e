import {
  ClientError
} from "./chunk-UAQDFME2.js";

// templates/runtime/pick-version.js
function parseVersion(text) {
  const m = /^(\d+)\.(\d+)$/.exec(text);
  if (!m) {
    throw new ClientError(
      `invalid apiVersion ${JSON.stringify(text)}: expected "major.minor", e.g. "2.13"`
    );
  }
  return [Number(m[1]), Number(m[2])];
}
function pickVersion(versions, apiVersion) {
  if (apiVersion === void 0) return versions[versions.length - 1];
  const [major, minor] = parseVersion(apiVersion);
  let found;
  for (const info of versions) {
    const [m, n] = parseVersion(info.version);
    if (m > major || m === major && n > minor) break;
    found = info;
  }
  return found;
}

export {
  parseVersion,
  pickVersion
};
