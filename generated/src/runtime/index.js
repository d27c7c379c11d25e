import { endpointUrl } from "./endpoint.js";
import { createTransport } from "./transport.js";
import { ApiError, AuthError, ClientError, NetworkError, TimeoutError, ValidationError } from "./errors.js";
import { reasonFor } from "./reasons.js";
import { DEFAULT_RETRY, backoffDelay, parseRetryAfter, resolveRetryOptions, retryDelay } from "./retry.js";
import { keySecret } from "./auth/key-secret.js";
import { bearer } from "./auth/bearer.js";
import { oidc } from "./auth/oidc.js";
import { jwtClaims, jwtExpiry } from "./jwt.js";
import { encodeJsonLines, mergeBatchResults, JSON_LINES_CONTENT_TYPE, MAX_JSON_LINES_BYTES } from "./json-lines.js";
import { formatPath, validateRequest, validateResponse } from "./validation.js";
import { REDACTED, redactHeaders, redactText } from "./redact.js";
import { mergeConfig } from "./config-merge.js";
import { applyVaultsWith } from "./vault-apply.js";
import { applyVaults } from "./vaults.js";
export {
  ApiError,
  AuthError,
  ClientError,
  DEFAULT_RETRY,
  JSON_LINES_CONTENT_TYPE,
  MAX_JSON_LINES_BYTES,
  NetworkError,
  REDACTED,
  TimeoutError,
  ValidationError,
  applyVaults,
  applyVaultsWith,
  backoffDelay,
  bearer,
  createTransport,
  encodeJsonLines,
  endpointUrl,
  formatPath,
  jwtClaims,
  jwtExpiry,
  keySecret,
  mergeBatchResults,
  mergeConfig,
  oidc,
  parseRetryAfter,
  reasonFor,
  redactHeaders,
  redactText,
  resolveRetryOptions,
  retryDelay,
  validateRequest,
  validateResponse
};
