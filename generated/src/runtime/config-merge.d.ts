/** A `bigint` is an integer a JS number cannot hold exactly (beyond 2^53), kept exact. */
export type ConfigValue = null | boolean | number | bigint | string | ConfigValue[] | ConfigObject;
export interface ConfigObject {
    [key: string]: ConfigValue;
}
/** `over` merged onto `base`; neither input is modified. */
export declare function mergeConfig(base: ConfigObject, over: ConfigObject): ConfigObject;
