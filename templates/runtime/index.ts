// The client runtime's public surface. Generated endpoint functions and createClient
// import from here; applications may too.
export type { EndpointInfo, ValidationIssue, Validator } from "./endpoint.js";
export { endpointUrl } from "./endpoint.js";
export type { BasicValidator, StandardSchemaV1, TypedValidator, ValidatorTypes } from "./validator.js";
export { createTransport } from "./transport.js";
export type { CallOptions, ClientOptions, Transport } from "./transport.js";
export { ApiError, AuthError, ClientError, NetworkError, TimeoutError, ValidationError } from "./errors.js";
export type { ApiErrorDetails } from "./errors.js";
export { reasonFor } from "./reasons.js";
export { DEFAULT_RETRY, backoffDelay, parseRetryAfter, resolveRetryOptions, retryDelay } from "./retry.js";
export type { RetryDecisionInput, RetryOptions } from "./retry.js";
export type { AuthChannel, AuthContext, AuthProvider, FormResponse } from "./auth/provider.js";
export { keySecret } from "./auth/key-secret.js";
export type { KeySecretOptions } from "./auth/key-secret.js";
export { bearer } from "./auth/bearer.js";
export type { TokenSource } from "./auth/bearer.js";
export { oidc } from "./auth/oidc.js";
export type { OidcOptions } from "./auth/oidc.js";
export { jwtClaims, jwtExpiry } from "./jwt.js";
export { encodeJsonLines, mergeBatchResults, JSON_LINES_CONTENT_TYPE, MAX_JSON_LINES_BYTES } from "./json-lines.js";
export { formatPath, validateRequest, validateResponse } from "./validation.js";
export type { LogEvent, Logger } from "./log.js";
export { REDACTED, redactHeaders, redactText } from "./redact.js";
export { mergeConfig } from "./config-merge.js";
export type { ConfigObject, ConfigValue } from "./config-merge.js";
export { applyVaultsWith } from "./vault-apply.js";
export type { ApplyVaultsOptions, ConfigParser, Vault } from "./vault-apply.js";
export { applyVaults } from "./vaults.js";
