// The effective configuration of a ClearML task: the local configuration file with the
// enabled configuration vaults of the user's groups laid over it, in order.
import { mergeConfig, type ConfigObject } from "./config-merge.js";
import { ClientError } from "./errors.js";
import { redactText } from "./redact.js";

/**
 * A vault as users.get_vaults lists it: every field optional, as in its schema, and null
 * where the server has no value (a null is read as an absent field).
 */
export interface Vault {
  readonly id?: string | null;
  /** HOCON text; absent or blank: nothing to apply. */
  readonly data?: string | null;
  readonly enabled?: boolean | null;
  /** "hocon" (JSON is HOCON too); other formats are refused. */
  readonly format?: string | null;
  /** "config" vaults hold configuration; others are skipped. */
  readonly type?: string | null;
  readonly scope?: string | null;
  readonly description?: string | null;
}

/** Parses HOCON text into a plain object; throws an error carrying file, line and column. */
export type ConfigParser = (text: string, file: string) => ConfigObject;

export interface ApplyVaultsOptions {
  /** Name of the local configuration in error messages (default "local configuration"). */
  readonly localFile?: string;
}

export function applyVaultsWith(
  parse: ConfigParser,
  localConfigText: string,
  vaults: readonly Vault[],
  options: ApplyVaultsOptions = {},
): ConfigObject {
  let config = parseLocated(parse, localConfigText, options.localFile ?? "local configuration");
  vaults.forEach((vault, index) => {
    if (vault.enabled === false || (vault.type != null && vault.type !== "config")) return;
    const name = `vault ${vault.id ?? `#${index}`}`;
    const format = vault.format?.toLowerCase();
    if (format !== undefined && format !== "" && format !== "hocon" && format !== "json") {
      throw new ClientError(`${name}: unsupported format ${JSON.stringify(vault.format)} (expected "hocon")`);
    }
    if (vault.data === undefined || vault.data === null) return;
    if (typeof vault.data !== "string") throw new ClientError(`${name}: data must be text`);
    if (vault.data.trim() === "") return;
    config = mergeConfig(config, parseLocated(parse, vault.data, name));
  });
  return config;
}

// Configuration text holds credentials (storage keys, passwords), so errors give the
// location and the parser's message only, never the offending source line.
function parseLocated(parse: ConfigParser, text: string, file: string): ConfigObject {
  try {
    return parse(text, file);
  } catch (error) {
    const e = error as { file?: unknown; line?: unknown; column?: unknown; message?: unknown } | null;
    const where = typeof e?.line === "number" && typeof e.column === "number" ? `${file}:${e.line}:${e.column}` : file;
    const message = typeof e?.message === "string" ? e.message : String(error);
    throw new ClientError(`${where}: error: ${redactText(message)}`);
  }
}
