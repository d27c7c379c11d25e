// Errors a handler throws to answer with an error envelope (code / subcode as in the
// wire protocol). Anything else thrown becomes 500/1 without leaking its message.
import type { JsonObject } from "../../../hocon/types.js";

export class ApiError extends Error {
  constructor(
    readonly code: number,
    readonly subcode: number,
    message: string,
    readonly errorData: JsonObject = {},
  ) {
    super(message);
    this.name = "ApiError";
  }
}

export const badRequest = (subcode: number, msg: string, data?: JsonObject) => new ApiError(400, subcode, msg, data);
export const unauthorized = (subcode: number, msg: string) => new ApiError(401, subcode, msg);
export const forbidden = (subcode: number, msg: string) => new ApiError(403, subcode, msg);

/** 400/10: an id that names nothing. */
export const invalidId = (what: string, id: string) => badRequest(10, `Invalid ${what} id: ${id}`, { id });
