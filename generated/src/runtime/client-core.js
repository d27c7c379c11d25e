import {
  createTransport,
  sendJsonLines
} from "./chunk-PHPWF4PO.js";
import {
  pickVersion
} from "./chunk-N7YAABOU.js";
import "./chunk-ASFU7R6H.js";
import {
  ClientError
} from "./chunk-UAQDFME2.js";

// templates/runtime/client-core.js
function emptyBody(info) {
  return info.batch ? [] : {};
}
function callEndpoint(transport, versions, body, options) {
  const apiVersion = transport.options.apiVersion;
  let info;
  try {
    info = pickVersion(versions, apiVersion);
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
var LISTED_VERSION = /^(\d+\.\d+)(b?)(t?)$/;
function listedVersions(name, list) {
  const authorize = !list.startsWith("!");
  return list.slice(authorize ? 0 : 1).split(" ").map((text) => {
    const m = LISTED_VERSION.exec(text);
    if (!m) throw new ClientError(`${name}: invalid version list ${JSON.stringify(list)}`);
    const info = { name, version: m[1], authorize };
    if (m[2]) info.batch = sendJsonLines;
    if (m[3]) info.textResponse = true;
    return info;
  });
}
function buildClient(transport, table) {
  const apiVersion = transport.options.apiVersion;
  const client = {};
  for (const service of Object.keys(table)) {
    const methods = {};
    const actions = table[service];
    for (const action of Object.keys(actions)) {
      const versions = actions[action];
      const info = pickVersion(typeof versions === "string" ? listedVersions(`${service}.${action}`, versions) : versions, apiVersion);
      if (!info) continue;
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
  const create = (options) => buildClient(createTransport(options), table);
  return create;
}
export {
  callEndpoint,
  clientFactory,
  listedVersions,
  sendJsonLines
};
