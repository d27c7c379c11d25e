import type { AuthChannel, FormResponse } from "./provider.js";
/** POSTs `form` (application/x-www-form-urlencoded) to `url`; a redirect is an AuthError, never followed. */
export declare function postForm(channel: AuthChannel, url: string, form: URLSearchParams, headers: Record<string, string>): Promise<FormResponse>;
