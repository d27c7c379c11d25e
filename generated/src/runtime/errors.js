import { reasonFor } from "./reasons.js";
class ClientError extends Error {
  name = "ClientError";
}
class ApiError extends ClientError {
  name = "ApiError";
  status;
  resultCode;
  resultSubcode;
  resultMsg;
  endpoint;
  endpointVersion;
  requestedVersion;
  actualVersion;
  trx;
  requestId;
  errorData;
  envelope;
  /** A readable name of (resultCode, resultSubcode), e.g. "invalid_token" for 401/30. */
  reason;
  constructor(details) {
    const reason = details.reason ?? reasonFor(details.resultCode, details.resultSubcode);
    const version = details.requestedVersion ?? details.endpointVersion;
    super(
      `${details.endpoint}${version ? ` (v${version})` : ""}: ${details.resultCode}/${details.resultSubcode} ${reason}` + (details.resultMsg ? `: ${details.resultMsg}` : "")
    );
    this.status = details.status;
    this.resultCode = details.resultCode;
    this.resultSubcode = details.resultSubcode;
    this.resultMsg = details.resultMsg;
    this.endpoint = details.endpoint;
    this.endpointVersion = details.endpointVersion;
    this.requestedVersion = details.requestedVersion;
    this.actualVersion = details.actualVersion;
    this.trx = details.trx;
    this.requestId = details.requestId;
    this.errorData = details.errorData;
    this.envelope = details.envelope;
    this.reason = reason;
  }
}
class NetworkError extends ClientError {
  constructor(endpoint, code, detail) {
    super(`${endpoint}: network error${code ? ` ${code}` : ""}: ${detail}`);
    this.endpoint = endpoint;
    this.code = code;
  }
  endpoint;
  name = "NetworkError";
  /** The system error code when the platform gives one, e.g. "ECONNREFUSED". */
  code;
}
class TimeoutError extends ClientError {
  constructor(endpoint, timeoutMs) {
    super(`${endpoint}: timed out after ${timeoutMs} ms`);
    this.endpoint = endpoint;
    this.timeoutMs = timeoutMs;
  }
  endpoint;
  timeoutMs;
  name = "TimeoutError";
}
class ValidationError extends ClientError {
  constructor(endpoint, direction, path, issue) {
    super(`${endpoint}: invalid ${direction} at ${path}: ${issue}`);
    this.endpoint = endpoint;
    this.direction = direction;
    this.path = path;
    this.issue = issue;
  }
  endpoint;
  direction;
  path;
  issue;
  name = "ValidationError";
}
class AuthError extends ClientError {
  constructor(message, status, code) {
    super(message);
    this.status = status;
    this.code = code;
  }
  status;
  code;
  name = "AuthError";
}
export {
  ApiError,
  AuthError,
  ClientError,
  NetworkError,
  TimeoutError,
  ValidationError
};
