/** The default of ClientOptions.maxResponseBytes: 64 MiB. */
export declare const DEFAULT_MAX_RESPONSE_BYTES: number;
/** The limit an option asks for; throws a ClientError for anything but a positive integer. */
export declare function resolveMaxResponseBytes(value: number | undefined): number;
/** The body as text (UTF-8, as response.text()); a ResponseTooLargeError past `maxBytes` bytes. */
export declare function readBodyText(response: Response, maxBytes: number, endpoint: string): Promise<string>;
