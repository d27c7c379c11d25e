import type { EndpointInfo } from "./endpoint.js";
import { sendJsonLines } from "./json-lines.js";
import { type CallOptions, type ClientOptions, type Transport } from "./transport.js";
/** Any `major.minor` API version. */
export type VersionInput = `${number}.${number}`;
/** The versions of one endpoint, ascending. */
export type EndpointVersions = readonly EndpointInfo[];
/**
 * One endpoint's versions as `createClient`'s table spells them: the versions ascending,
 * separated by spaces, each followed by `b` when it is a batch and `t` when it answers with
 * text; a leading `!` when the endpoint takes no credentials ("2.1 2.13b", "!2.1"). A
 * browser bundle carries every endpoint of the API this way at a few bytes each.
 */
export type VersionList = string;
/** Every endpoint's versions by service and action. */
export interface ServiceTable {
    readonly [service: string]: {
        readonly [action: string]: EndpointVersions | VersionList;
    };
}
/** The client type at version V: exact for known versions, the latest otherwise. */
export type VersionedClient<Versions, Latest extends keyof Versions, V> = V extends keyof Versions ? Versions[V] : Versions[Latest];
export type ClientFactory<Versions, Latest extends keyof Versions> = <V extends (keyof Versions & string) | VersionInput = Latest & string>(options: ClientOptions & {
    readonly apiVersion?: V;
}) => VersionedClient<Versions, Latest, V>;
export { sendJsonLines };
/** Calls an endpoint at the transport's API version (what the per-endpoint functions do). */
export declare function callEndpoint<T>(transport: Transport, versions: EndpointVersions, body: unknown, options?: CallOptions): Promise<T>;
/** The EndpointInfo of each version in a {@link VersionList}. */
export declare function listedVersions(name: string, list: VersionList): EndpointInfo[];
/** Makes `createClient` for a generated API: one transport, methods of the pinned version. */
export declare function clientFactory<Versions, Latest extends keyof Versions>(table: ServiceTable): ClientFactory<Versions, Latest>;
