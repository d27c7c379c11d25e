import { type ConfigObject } from "./config-merge.js";
/** A vault as users.get_vaults lists it (every field optional, as in its schema). */
export interface Vault {
    readonly id?: string;
    /** HOCON text; absent or blank: nothing to apply. */
    readonly data?: string;
    readonly enabled?: boolean;
    /** "hocon" (JSON is HOCON too); other formats are refused. */
    readonly format?: string;
    /** "config" vaults hold configuration; others are skipped. */
    readonly type?: string;
    readonly scope?: string;
    readonly description?: string;
}
/** Parses HOCON text into a plain object; throws an error carrying file, line and column. */
export type ConfigParser = (text: string, file: string) => ConfigObject;
export interface ApplyVaultsOptions {
    /** Name of the local configuration in error messages (default "local configuration"). */
    readonly localFile?: string;
}
export declare function applyVaultsWith(parse: ConfigParser, localConfigText: string, vaults: readonly Vault[], options?: ApplyVaultsOptions): ConfigObject;
