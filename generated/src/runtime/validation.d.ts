import type { EndpointInfo } from "./endpoint.js";
/** Checks a request body (each item for batch endpoints) against `endpoint.request`. */
export declare function validateRequest(endpoint: EndpointInfo, body: unknown): void;
/** Checks the envelope's `data` against `endpoint.response`. */
export declare function validateResponse(endpoint: EndpointInfo, data: unknown): void;
/** `data` + ["vaults", 0, "enabled"] -> `data.vaults[0].enabled`; odd keys are quoted: `data["a b"]`. */
export declare function formatPath(root: string, path: readonly PropertyKey[]): string;
