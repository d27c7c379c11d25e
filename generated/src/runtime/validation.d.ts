import type { EndpointInfo, Validator } from "./endpoint.js";
/** One version of a batched endpoint a batch line may be. */
export interface BatchItemVersion {
    readonly version: string;
    readonly request?: Validator;
}
/** The validators of one endpoint version. */
export interface EndpointValidators {
    /** Of the request body (of each item for batch endpoints). */
    readonly request?: Validator;
    /**
     * A batch whose lines' version depends on the API version: the batched endpoint's versions
     * a line may be, ascending, with their validators. A call at V checks its lines with the
     * highest version <= V, else the first (the server's fallback); `request` is the one of a
     * call without a pinned version.
     */
    readonly items?: readonly BatchItemVersion[];
    /** Of the envelope's `data`. */
    readonly response?: Validator;
}
/** Validators by endpoint name and version: "users.get_vaults@2.13". */
export interface ValidatorTable {
    readonly [endpointAtVersion: string]: EndpointValidators;
}
/** What runs the checks; {@link checks} is the one. */
export interface Checks {
    request(table: ValidatorTable, endpoint: EndpointInfo, apiVersion: string | undefined, body: unknown): void;
    response(table: ValidatorTable, endpoint: EndpointInfo, data: unknown): void;
}
/** What `<package>/zod` exports as `validators`: the opt-in of `createClient({ validate: validators })`. */
export interface Validators {
    readonly endpoints: ValidatorTable;
    readonly check: Checks;
}
export declare const checks: Checks;
/** `data` + ["vaults", 0, "enabled"] -> `data.vaults[0].enabled`; odd keys are quoted: `data["a b"]`. */
export declare function formatPath(root: string, path: readonly PropertyKey[]): string;
