export interface EnvelopeMeta {
    readonly id?: string;
    readonly trx?: string;
    readonly endpointName?: string;
    readonly requestedVersion?: string;
    readonly actualVersion?: string;
    readonly resultCode?: number;
    readonly resultSubcode?: number;
    readonly resultMsg?: string;
    readonly errorData?: unknown;
}
export interface Envelope {
    readonly meta: EnvelopeMeta;
    readonly data: unknown;
}
/** The envelope in `text`, or undefined when the text is not JSON with a `meta` object. */
export declare function parseEnvelope(text: string): Envelope | undefined;
