import { type ConfigObject } from "./config-merge.js";
/**
 * A vault as users.get_vaults lists it: every field optional, as in its schema, and null
 * where the server has no value (a null is read as an absent field).
 */
export interface Vault {
    readonly id?: string | null;
    /** HOCON text; absent or blank: nothing to apply. */
    readonly data?: string | null;
    readonly enabled?: boolean | null;
    /** "hocon" (JSON is HOCON too); other formats are refused. */
    readonly format?: string | null;
    /** "config" vaults hold configuration; others are skipped. */
    readonly type?: string | null;
    readonly scope?: string | null;
    readonly description?: string | null;
}
/** Parses HOCON text into a plain object; throws an error carrying file, line and column. */
export type ConfigParser = (text: string, file: string) => ConfigObject;
export interface ApplyVaultsOptions {
    /** Name of the local configuration in error messages (default "local configuration"). */
    readonly localFile?: string;
}
export declare function applyVaultsWith(parse: ConfigParser, localConfigText: string, vaults: readonly Vault[], options?: ApplyVaultsOptions): ConfigObject;
