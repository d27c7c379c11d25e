export declare function dirname(file: string): string;
export declare function isAbsolute(p: string): boolean;
/** `name` relative to `dir`, with `.` and `..` segments folded (leading `..` kept). */
export declare function joinPath(dir: string, name: string): string;
