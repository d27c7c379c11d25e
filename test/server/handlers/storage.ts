// storage.*: cloud storage credentials per company (S3-compatible, Google, Azure).
import type { JsonObject, JsonValue } from "../../../hocon/types.js";
import { isoTime } from "../../../generator/mock/protocol/envelope.js";
import { badRequest } from "../../../generator/mock/protocol/errors.js";
import type { StorageSettings } from "../store.js";
import type { CallContext, JsonHandler } from "./types.js";
import { bool, obj, strings } from "./types.js";

const PROVIDERS = ["aws", "google", "azure"] as const;
type Provider = (typeof PROVIDERS)[number];

function settingsOf(ctx: CallContext): StorageSettings {
  const company = ctx.identity().company;
  let settings = ctx.state.store.storage.get(company);
  if (!settings) {
    settings = {};
    ctx.state.store.storage.set(company, settings);
  }
  return settings;
}

/** Providers this endpoint version knows: Azure arrived in 2.31. */
function providersAt(ctx: CallContext): readonly Provider[] {
  return ctx.atLeast("2.31") ? PROVIDERS : ["aws", "google"];
}

const getSettings: JsonHandler = (ctx) => {
  const stored = settingsOf(ctx);
  const settings: JsonObject = {};
  for (const p of providersAt(ctx)) {
    const value = stored[p];
    if (value) settings[p] = structuredClone(value);
  }
  if (stored.lastUpdate !== undefined) settings.last_update = isoTime(stored.lastUpdate);
  return { settings };
};

const setSettings: JsonHandler = (ctx, body) => {
  const stored = settingsOf(ctx);
  let updated = 0;
  for (const p of providersAt(ctx)) {
    const value = obj(body, p);
    if (value === undefined) continue;
    if (JSON.stringify(stored[p]) !== JSON.stringify(value)) updated = 1;
    stored[p] = structuredClone(value);
  }
  if (updated) stored.lastUpdate = ctx.state.clock.now();
  return { updated };
};

/** Removes the entries of `list` (in settings[provider]) whose `key` is one of `names`; returns how many. */
function removeNamed(settings: StorageSettings, provider: Provider, list: string, key: string, names: readonly string[]): number {
  const section = settings[provider];
  const entries: JsonValue | undefined = section?.[list];
  if (!section || !Array.isArray(entries)) return 0;
  const drop = new Set(names);
  const kept = entries.filter((e) => !(typeof e === "object" && e !== null && !Array.isArray(e) && drop.has(String(e[key]))));
  section[list] = kept;
  return entries.length - kept.length;
}

const resetSettings: JsonHandler = (ctx, body) => {
  const stored = settingsOf(ctx);
  const all = bool(body, "all") === true;
  const keys = strings(body, "keys");
  const aws = strings(body, "aws_buckets");
  const google = strings(body, "google_buckets");
  const azure = strings(body, "azure_containers");
  if (!all && !keys && !aws && !google && !azure) {
    throw badRequest(11, "Validation error: missing required fields: one of all, keys, aws_buckets, google_buckets, azure_containers");
  }
  let removed = 0;
  for (const p of all ? PROVIDERS : (keys ?? []) as Provider[]) {
    if (stored[p]) {
      delete stored[p];
      removed += 1;
    }
  }
  removed += removeNamed(stored, "aws", "buckets", "bucket", aws ?? []);
  removed += removeNamed(stored, "google", "buckets", "bucket", google ?? []);
  removed += removeNamed(stored, "azure", "containers", "container_name", azure ?? []);
  if (removed > 0) stored.lastUpdate = ctx.state.clock.now();
  return { removed };
};

export const storageHandlers: ReadonlyMap<string, JsonHandler> = new Map([
  ["storage.get_settings", getSettings],
  ["storage.set_settings", setSettings],
  ["storage.reset_settings", resetSettings],
]);
