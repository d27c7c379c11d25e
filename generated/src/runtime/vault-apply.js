import { mergeConfig } from "./config-merge.js";
import { ClientError } from "./errors.js";
import { redactText } from "./redact.js";
function applyVaultsWith(parse, localConfigText, vaults, options = {}) {
  let config = parseLocated(parse, localConfigText, options.localFile ?? "local configuration");
  vaults.forEach((vault, index) => {
    if (vault.enabled === false || vault.type !== void 0 && vault.type !== "config") return;
    const name = `vault ${vault.id ?? `#${index}`}`;
    const format = vault.format?.toLowerCase();
    if (format !== void 0 && format !== "" && format !== "hocon" && format !== "json") {
      throw new ClientError(`${name}: unsupported format ${JSON.stringify(vault.format)} (expected "hocon")`);
    }
    if (vault.data === void 0) return;
    if (typeof vault.data !== "string") throw new ClientError(`${name}: data must be text`);
    if (vault.data.trim() === "") return;
    config = mergeConfig(config, parseLocated(parse, vault.data, name));
  });
  return config;
}
function parseLocated(parse, text, file) {
  try {
    return parse(text, file);
  } catch (error) {
    const e = error;
    const where = typeof e?.line === "number" && typeof e.column === "number" ? `${file}:${e.line}:${e.column}` : file;
    const message = typeof e?.message === "string" ? e.message : String(error);
    throw new ClientError(`${where}: error: ${redactText(message)}`);
  }
}
export {
  applyVaultsWith
};
