const PAIRS = {
  "400/1": "not_supported",
  "400/2": "request_path_has_invalid_version",
  "400/5": "invalid_headers",
  "400/6": "impersonation_error",
  "400/10": "invalid_id",
  "400/11": "missing_required_fields",
  "400/12": "validation_error",
  "400/75": "invalid_access_key",
  "401/1": "not_authorized",
  "401/2": "entity_not_allowed",
  "401/10": "bad_auth_type",
  "401/20": "no_credentials",
  "401/21": "bad_credentials",
  "401/22": "invalid_credentials",
  "401/30": "invalid_token",
  "401/31": "blocked_token",
  "401/40": "invalid_fixed_user",
  "403/10": "routing_error",
  "403/12": "blocked_internal_endpoint",
  "403/20": "role_not_allowed",
  "403/21": "no_write_permission",
  "404/0": "not_found",
  "410/1": "not_supported",
  "500/0": "general",
  "500/1": "internal",
  "500/2": "config",
  "500/100": "data_error",
  "500/102": "database_unavailable",
  "500/9999": "not_implemented"
};
const STATUSES = {
  400: "bad_request",
  401: "unauthorized",
  403: "forbidden",
  404: "not_found",
  405: "method_not_allowed",
  408: "request_timeout",
  410: "gone",
  413: "payload_too_large",
  415: "unsupported_media_type",
  429: "too_many_requests",
  500: "server_error",
  502: "bad_gateway",
  503: "service_unavailable",
  504: "gateway_timeout",
  509: "bandwidth_limit_exceeded"
};
function statusReason(status) {
  return STATUSES[status] ?? "unknown";
}
function reasonFor(code, subcode) {
  return PAIRS[`${code}/${subcode}`] ?? STATUSES[code] ?? "unknown";
}
export {
  reasonFor,
  statusReason
};
