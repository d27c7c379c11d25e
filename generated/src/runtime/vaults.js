import { parseString } from "./hocon/index.js";
import { applyVaultsWith } from "./vault-apply.js";
function applyVaults(localConfigText, vaults, options) {
  return applyVaultsWith(
    (text, file) => parseString(text, { file }).value,
    localConfigText,
    vaults,
    options
  );
}
export {
  applyVaults
};
