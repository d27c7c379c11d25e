/** The name of an HTTP status alone, for answers that are not the envelope. */
export declare function statusReason(status: number): string;
/** "invalid_token" for 401/30, the status name for unlisted pairs, else "unknown". */
export declare function reasonFor(code: number, subcode: number): string;
