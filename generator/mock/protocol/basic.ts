// HTTP Basic credentials as auth.login takes them: base64 of "access_key:secret_key".
import { unauthorized } from "./errors.js";

export interface BasicPair {
  readonly accessKey: string;
  readonly secretKey: string;
}

/** The pair in a Basic header's value; 401/21 when it is empty or has no colon. */
export function decodeBasic(value: string): BasicPair {
  const decoded = Buffer.from(value, "base64").toString("utf8");
  const colon = decoded.indexOf(":");
  if (value === "" || colon < 0) throw unauthorized(21, "Bad credentials: expected base64 of access_key:secret_key");
  return { accessKey: decoded.slice(0, colon), secretKey: decoded.slice(colon + 1) };
}
