// applyVaults with the project's HOCON parser (its browser-safe core, copied into the
// generated package beside this file).
import type { ConfigObject } from "./config-merge.js";
import { parseString } from "../../hocon/index.js";
import { applyVaultsWith, type ApplyVaultsOptions, type Vault } from "./vault-apply.js";

/**
 * The effective configuration: `localConfigText` (HOCON, e.g. clearml.conf) with the HOCON
 * `data` of every enabled configuration vault laid over it, in the order given (as
 * users.get_vaults lists them). Objects merge recursively; other values replace.
 * Each document is parsed on its own, as the ClearML SDK does: substitutions resolve
 * within one document, and includes are not available (there is no file system).
 */
export function applyVaults(
  localConfigText: string,
  vaults: readonly Vault[],
  options?: ApplyVaultsOptions,
): ConfigObject {
  return applyVaultsWith(
    (text, file) => parseString(text, { file }).value as ConfigObject,
    localConfigText,
    vaults,
    options,
  );
}
