function parseEnvelope(text) {
  let parsed;
  try {
    parsed = JSON.parse(text);
  } catch {
    return void 0;
  }
  if (!isObject(parsed) || !isObject(parsed["meta"])) return void 0;
  const meta = parsed["meta"];
  const endpoint = isObject(meta["endpoint"]) ? meta["endpoint"] : {};
  return {
    meta: {
      id: asText(meta["id"]),
      trx: asText(meta["trx"]),
      endpointName: asText(endpoint["name"]),
      requestedVersion: asText(endpoint["requested_version"]),
      actualVersion: asText(endpoint["actual_version"]),
      resultCode: asInteger(meta["result_code"]),
      resultSubcode: asInteger(meta["result_subcode"]),
      resultMsg: asText(meta["result_msg"]),
      errorData: meta["error_data"] ?? void 0
    },
    data: parsed["data"] ?? {}
  };
}
function isObject(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
function asText(value) {
  if (typeof value === "string") return value;
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  return void 0;
}
function asInteger(value) {
  if (typeof value === "number" && Number.isInteger(value)) return value;
  if (typeof value === "string" && /^-?\d+$/.test(value.trim())) return Number(value);
  return void 0;
}
export {
  parseEnvelope
};
