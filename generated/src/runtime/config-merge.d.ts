export type ConfigValue = null | boolean | number | string | ConfigValue[] | ConfigObject;
export interface ConfigObject {
    [key: string]: ConfigValue;
}
/** `over` merged onto `base`; neither input is modified. */
export declare function mergeConfig(base: ConfigObject, over: ConfigObject): ConfigObject;
