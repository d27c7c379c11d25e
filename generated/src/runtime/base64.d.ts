export declare function base64Utf8(text: string): string;
/** `Basic base64(user:password)`. */
export declare function basicAuthorization(user: string, password: string): string;
