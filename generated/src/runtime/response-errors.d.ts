import type { EndpointInfo } from "./endpoint.js";
import type { Envelope } from "./envelope.js";
import { ApiError, NetworkError } from "./errors.js";
export interface ResponseInfo {
    readonly status: number;
    readonly contentType: string | null;
    readonly text: string;
    readonly envelope?: Envelope;
}
export declare function apiErrorFromResponse(endpoint: EndpointInfo, response: ResponseInfo, sent: Readonly<Record<string, string>>): ApiError;
export declare function networkError(endpoint: string, error: unknown, sent: Readonly<Record<string, string>>): NetworkError;
/** Every credential in the headers sent: whole values, the token part, and decoded Basic user and password. */
export declare function sentSecrets(headers: Readonly<Record<string, string>>): string[];
