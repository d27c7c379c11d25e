import {
  ClientError,
  createTransport
} from "./chunk-QVHXVVJ4.js";

// templates/runtime/client-core.js
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
function atApiVersion(info, apiVersion) {
  if (!info.items || info.items.length === 0 || apiVersion === void 0) return info;
  const item = pickVersion(info.items, apiVersion) ?? info.items[0];
  return item.request === info.request ? info : { ...info, request: item.request };
}
function emptyBody(info) {
  return info.batch ? [] : {};
}
function callEndpoint(transport, versions, body, options) {
  const apiVersion = transport.options.apiVersion;
  let info;
  try {
    info = pickVersion(versions, apiVersion);
    if (info) info = atApiVersion(info, apiVersion);
  } catch (err) {
    return Promise.reject(err);
  }
  if (!info) {
    const first = versions[0];
    return Promise.reject(
      new ClientError(
        `${first.name} does not exist at API version ${apiVersion}: it starts at ${first.version}`
      )
    );
  }
  return transport.call(info, body ?? emptyBody(info), options);
}
function buildClient(transport, table) {
  const apiVersion = transport.options.apiVersion;
  const client = {};
  for (const service of Object.keys(table)) {
    const methods = {};
    const actions = table[service];
    for (const action of Object.keys(actions)) {
      const picked = pickVersion(actions[action], apiVersion);
      if (!picked) continue;
      const info = atApiVersion(picked, apiVersion);
      setOwn(
        methods,
        action,
        (body, options) => transport.call(info, body ?? emptyBody(info), options)
      );
    }
    if (Object.keys(methods).length > 0)
      setOwn(client, service, Object.freeze(methods));
  }
  return Object.freeze(client);
}
function setOwn(target, key, value) {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}
function clientFactory(table) {
  const create = (options) => {
    if (options.apiVersion !== void 0) parseVersion(options.apiVersion);
    return buildClient(createTransport(options), table);
  };
  return create;
}
export {
  atApiVersion,
  callEndpoint,
  clientFactory,
  pickVersion
};
