// users.*vault*: administrator vaults (configuration handed to a user or a group).
import type { JsonObject } from "../../../hocon/types.js";
import { compact, isoTime } from "../../../generator/mock/protocol/envelope.js";
import { badRequest, invalidId } from "../../../generator/mock/protocol/errors.js";
import type { VaultRecord } from "../store.js";
import type { CallContext, JsonHandler } from "./types.js";
import { bool, obj, str, strings } from "./types.js";
import { isAdmin } from "./users.js";

function vaultJson(v: VaultRecord): JsonObject {
  return compact({
    id: v.id,
    scope: v.scope,
    type: v.type,
    format: v.format,
    enabled: v.enabled,
    description: v.description,
    data: v.data,
    group: v.group,
    user: v.user,
    created: isoTime(v.created),
    last_update: isoTime(v.lastUpdate),
  });
}

/** Administrators see every vault of the company; others their own and their groups'. */
function visible(ctx: CallContext, v: VaultRecord): boolean {
  const me = ctx.identity();
  if (v.company !== me.company) return false;
  if (isAdmin(ctx)) return true;
  if (v.scope === "user") return v.user === me.user;
  const group = v.group === undefined ? undefined : ctx.state.store.groups.get(v.group);
  return group !== undefined && group.members.has(me.user);
}

const getVaults: JsonHandler = (ctx, body) => {
  const scope = str(body, "scope");
  const group = str(body, "group");
  const enabled = bool(body, "enabled");
  const vaults = [...ctx.state.store.vaults.values()]
    .filter((v) => visible(ctx, v))
    .filter((v) => scope === undefined || v.scope === scope)
    .filter((v) => group === undefined || v.group === group)
    .filter((v) => enabled === undefined || v.enabled === enabled);
  return { vaults: vaults.map(vaultJson) };
};

const addOrUpdateVault: JsonHandler = (ctx, body) => {
  const { store, clock } = ctx.state;
  const me = ctx.identity();
  const input = obj(body, "vault") as JsonObject;
  const groupId = str(body, "group") ?? str(input, "group");
  const scope = (str(input, "scope") ?? (groupId === undefined ? "user" : "group")) as VaultRecord["scope"];
  if (scope === "group") {
    if (groupId === undefined) throw badRequest(11, "Validation error: missing required fields: group (a group-scope vault needs its group)");
    const group = store.groups.get(groupId);
    if (!group || group.company !== me.company) throw invalidId("group", groupId);
  }
  const fields = {
    scope,
    type: "config" as const,
    format: "hocon" as const,
    enabled: bool(input, "enabled") ?? true,
    description: str(input, "description") ?? "",
    data: str(input, "data") ?? "",
    group: scope === "group" ? groupId : undefined,
    user: scope === "user" ? me.user : undefined,
  };
  const now = clock.now();
  const id = str(input, "id");
  let created: boolean;
  let vaultId: string;
  if (id !== undefined) {
    const existing = store.vaults.get(id);
    if (!existing || existing.company !== me.company) throw invalidId("vault", id);
    Object.assign(existing, fields, { lastUpdate: now });
    created = false;
    vaultId = id;
  } else {
    vaultId = store.newId();
    store.vaults.set(vaultId, { id: vaultId, company: me.company, created: now, lastUpdate: now, ...fields });
    created = true;
  }
  const data: JsonObject = { vault: vaultId };
  if (ctx.atLeast("2.29")) data.created = created;
  return data;
};

const deleteVaults: JsonHandler = (ctx, body) => {
  const { store } = ctx.state;
  let deleted = 0;
  for (const id of new Set(strings(body, "vaults") ?? [])) {
    const vault = store.vaults.get(id);
    if (vault && vault.company === ctx.identity().company) {
      store.vaults.delete(id);
      deleted += 1;
    }
  }
  return { deleted };
};

export const vaultHandlers: ReadonlyMap<string, JsonHandler> = new Map([
  ["users.get_vaults", getVaults],
  ["users.add_or_update_vault", addOrUpdateVault],
  ["users.delete_vaults", deleteVaults],
]);
