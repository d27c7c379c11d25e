import { ClientError } from "../errors.js";
import { inspectCustom } from "../redact.js";
class BearerAuth {
  #source;
  constructor(source) {
    if (typeof source === "string" ? source === "" : typeof source !== "function") {
      throw new ClientError("bearer: the token must be a non-empty string or a function returning one");
    }
    this.#source = source;
    if (typeof source === "string") this.onUnauthorized = void 0;
  }
  async headers(_ctx) {
    const token = typeof this.#source === "string" ? this.#source : await this.#source();
    if (typeof token !== "string" || token === "")
      throw new ClientError("bearer: the token function returned no token");
    return { Authorization: `Bearer ${token}` };
  }
  onUnauthorized = async () => true;
  toJSON() {
    return { kind: "bearer" };
  }
  [inspectCustom]() {
    return "BearerAuth {}";
  }
  toString() {
    return "[BearerAuth]";
  }
}
function bearer(token) {
  return new BearerAuth(token);
}
export {
  bearer
};
