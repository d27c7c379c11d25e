import { ClientError } from "./errors.js";
const ENDPOINT_NAME = /^[A-Za-z_]\w+\.[A-Za-z_]\w+$/;
const API_VERSION = /^\d+\.\d+$/;
function endpointUrl(baseUrl, name, apiVersion) {
  if (!ENDPOINT_NAME.test(name)) {
    throw new ClientError(`invalid endpoint name ${JSON.stringify(name)}: expected "service.action"`);
  }
  const base = baseUrl.replace(/\/+$/, "");
  return apiVersion === void 0 ? `${base}/${name}` : `${base}/v${apiVersion}/${name}`;
}
function checkApiVersion(version) {
  if (!API_VERSION.test(version)) {
    throw new ClientError(`invalid apiVersion ${JSON.stringify(version)}: expected "major.minor", e.g. "2.13"`);
  }
}
export {
  checkApiVersion,
  endpointUrl
};
