import type { ClientOptions } from "./transport.js";
export declare function redactedOptions(options: Readonly<ClientOptions>): Readonly<ClientOptions>;
