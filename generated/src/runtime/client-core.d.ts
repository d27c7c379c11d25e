import type { EndpointInfo } from "./endpoint.js";
import { type CallOptions, type ClientOptions, type Transport } from "./transport.js";
/** Any `major.minor` API version. */
export type VersionInput = `${number}.${number}`;
/** The versions of one endpoint, ascending. */
export type EndpointVersions = readonly EndpointInfo[];
/** Every endpoint's versions by service and action. */
export interface ServiceTable {
    readonly [service: string]: {
        readonly [action: string]: EndpointVersions;
    };
}
/** The client type at version V: exact for known versions, the latest otherwise. */
export type VersionedClient<Versions, Latest extends keyof Versions, V> = V extends keyof Versions ? Versions[V] : Versions[Latest];
export type ClientFactory<Versions, Latest extends keyof Versions> = <V extends (keyof Versions & string) | VersionInput = Latest & string>(options: ClientOptions & {
    readonly apiVersion?: V;
}) => VersionedClient<Versions, Latest, V>;
/** The endpoint version a call at `apiVersion` runs; without one, the latest. */
export declare function pickVersion<I extends {
    readonly version: string;
}>(versions: readonly I[], apiVersion: string | undefined): I | undefined;
/** `info` with its batch lines' validator at `apiVersion` (see `EndpointInfo.items`). */
export declare function atApiVersion(info: EndpointInfo, apiVersion: string | undefined): EndpointInfo;
/** Calls an endpoint at the transport's API version (what the per-endpoint functions do). */
export declare function callEndpoint<T>(transport: Transport, versions: EndpointVersions, body: unknown, options?: CallOptions): Promise<T>;
/** Makes `createClient` for a generated API: one transport, methods of the pinned version. */
export declare function clientFactory<Versions, Latest extends keyof Versions>(table: ServiceTable): ClientFactory<Versions, Latest>;
