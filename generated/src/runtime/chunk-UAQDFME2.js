// templates/runtime/reasons.js
var PAIRS = {
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
var STATUSES = {
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

// templates/runtime/errors.js
var ClientError = class extends Error {
  constructor() {
    super(...arguments);
    this.name = "ClientError";
  }
};
var MAY_HAVE_BEEN_APPLIED = " (the call may have been applied)";
var ApiError = class extends ClientError {
  constructor(details) {
    const reason = details.reason ?? reasonFor(details.resultCode, details.resultSubcode);
    const version = details.requestedVersion ?? details.endpointVersion;
    const mayHaveBeenApplied = details.mayHaveBeenApplied ?? false;
    super(
      `${details.endpoint}${version ? ` (v${version})` : ""}: ${details.resultCode}/${details.resultSubcode} ${reason}` + (details.resultMsg ? `: ${details.resultMsg}` : "") + (mayHaveBeenApplied ? MAY_HAVE_BEEN_APPLIED : "")
    );
    this.name = "ApiError";
    Object.assign(this, details, { reason, mayHaveBeenApplied });
  }
};
var NetworkError = class extends ClientError {
  constructor(endpoint, code, detail, mayHaveBeenApplied = false) {
    super(`${endpoint}: network error${code ? ` ${code}` : ""}: ${detail}${mayHaveBeenApplied ? MAY_HAVE_BEEN_APPLIED : ""}`);
    this.endpoint = endpoint;
    this.detail = detail;
    this.name = "NetworkError";
    this.code = code;
    this.mayHaveBeenApplied = mayHaveBeenApplied;
  }
};
var TimeoutError = class extends ClientError {
  constructor(endpoint, timeoutMs, mayHaveBeenApplied = false) {
    super(`${endpoint}: timed out after ${timeoutMs} ms${mayHaveBeenApplied ? MAY_HAVE_BEEN_APPLIED : ""}`);
    this.endpoint = endpoint;
    this.timeoutMs = timeoutMs;
    this.mayHaveBeenApplied = mayHaveBeenApplied;
    this.name = "TimeoutError";
  }
};
var ValidationError = class extends ClientError {
  constructor(endpoint, direction, path, issue) {
    super(`${endpoint}: invalid ${direction} at ${path}: ${issue}`);
    this.endpoint = endpoint;
    this.direction = direction;
    this.path = path;
    this.issue = issue;
    this.name = "ValidationError";
  }
};
var AuthError = class extends ClientError {
  constructor(message, status, code) {
    super(message);
    this.status = status;
    this.code = code;
    this.name = "AuthError";
  }
};
var BatchError = class extends ClientError {
  constructor(details) {
    const failed = details.appliedParts + 1;
    super(
      `${details.endpoint}: the batch was sent in ${details.parts} parts; ${details.appliedParts === 1 ? "part 1 was" : `parts 1-${details.appliedParts} were`} applied (items 1-${details.appliedItems} of ${details.items}), part ${failed} failed: ${details.cause.message}`,
      { cause: details.cause }
    );
    this.name = "BatchError";
    this.mayHaveBeenApplied = true;
    Object.assign(this, details);
  }
};
var ResponseTooLargeError = class extends ClientError {
  constructor(endpoint, maxResponseBytes) {
    super(`${endpoint}: the response is larger than maxResponseBytes (${maxResponseBytes} bytes)`);
    this.endpoint = endpoint;
    this.maxResponseBytes = maxResponseBytes;
    this.name = "ResponseTooLargeError";
  }
};

export {
  statusReason,
  reasonFor,
  ClientError,
  ApiError,
  NetworkError,
  TimeoutError,
  ValidationError,
  AuthError,
  BatchError,
  ResponseTooLargeError
};
