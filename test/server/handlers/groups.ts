// users.*_group*: user groups and their members.
import type { JsonObject } from "../../../hocon/types.js";
import { compact, isoTime } from "../../../generator/mock/protocol/envelope.js";
import { badRequest, invalidId } from "../../../generator/mock/protocol/errors.js";
import type { GroupRecord } from "../store.js";
import type { CallContext, JsonHandler } from "./types.js";
import { str, strings } from "./types.js";

function groupJson(g: GroupRecord): JsonObject {
  return compact({
    id: g.id,
    name: g.name,
    description: g.description,
    members: [...g.members],
    system: g.system,
    created: isoTime(g.created),
    last_update: isoTime(g.lastUpdate),
  });
}

function companyGroup(ctx: CallContext, id: string): GroupRecord {
  const group = ctx.state.store.groups.get(id);
  if (!group || group.company !== ctx.identity().company) throw invalidId("group", id);
  return group;
}

function checkNameFree(ctx: CallContext, name: string, except?: string): void {
  const company = ctx.identity().company;
  for (const g of ctx.state.store.groups.values()) {
    if (g.company === company && g.name === name && g.id !== except) {
      throw badRequest(12, `Validation error: a group named ${name} already exists`);
    }
  }
}

function checkUsers(ctx: CallContext, ids: readonly string[]): void {
  for (const id of ids) if (!ctx.state.store.userOrUndefined(id, ctx.identity().company)) throw invalidId("user", id);
}

const createGroup: JsonHandler = (ctx, body) => {
  const name = str(body, "name") as string;
  checkNameFree(ctx, name);
  const members = strings(body, "members") ?? [];
  checkUsers(ctx, members);
  const now = ctx.state.clock.now();
  const id = ctx.state.store.newId();
  ctx.state.store.groups.set(id, {
    id,
    company: ctx.identity().company,
    name,
    description: str(body, "description"),
    members: new Set(members),
    system: false,
    created: now,
    lastUpdate: now,
  });
  return { id };
};

const getAllGroups: JsonHandler = (ctx, body) => {
  const company = ctx.identity().company;
  const ids = strings(body, "id");
  const idSet = ids && new Set(ids);
  const nameText = str(body, "name");
  let name: RegExp | undefined;
  try {
    name = nameText === undefined ? undefined : new RegExp(nameText, "i");
  } catch {
    throw badRequest(12, `Validation error: name is not a valid regular expression: ${nameText}`);
  }
  const member = str(body, "member");
  const groups = [...ctx.state.store.groups.values()]
    .filter((g) => g.company === company)
    .filter((g) => !idSet || idSet.has(g.id))
    .filter((g) => !name || name.test(g.name))
    .filter((g) => member === undefined || g.members.has(member))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return { groups: groups.map(groupJson) };
};

const updateGroup: JsonHandler = (ctx, body) => {
  const group = companyGroup(ctx, str(body, "group") as string);
  const fields: JsonObject = {};
  const name = str(body, "name");
  if (name !== undefined && name !== group.name) {
    checkNameFree(ctx, name, group.id);
    group.name = name;
    fields.name = name;
  }
  const description = str(body, "description");
  if (description !== undefined && description !== group.description) {
    group.description = description;
    fields.description = description;
  }
  if (Object.keys(fields).length === 0) return { updated: 0, fields };
  group.lastUpdate = ctx.state.clock.now();
  return { updated: 1, fields };
};

const deleteGroup: JsonHandler = (ctx, body) => {
  const { store } = ctx.state;
  const group = store.groups.get(str(body, "group") as string);
  if (!group || group.company !== ctx.identity().company) return { deleted: 0 };
  if (group.system) throw badRequest(12, `Validation error: ${group.name} is managed by the server and cannot be deleted`);
  for (const v of [...store.vaults.values()]) if (v.scope === "group" && v.group === group.id) store.vaults.delete(v.id);
  store.groups.delete(group.id);
  return { deleted: 1 };
};

const addMembers: JsonHandler = (ctx, body) => {
  const group = companyGroup(ctx, str(body, "group") as string);
  const users = strings(body, "users") ?? [];
  checkUsers(ctx, users);
  let added = 0;
  for (const u of users) {
    if (!group.members.has(u)) {
      group.members.add(u);
      added += 1;
    }
  }
  if (added > 0) group.lastUpdate = ctx.state.clock.now();
  return { added };
};

const removeMembers: JsonHandler = (ctx, body) => {
  const group = companyGroup(ctx, str(body, "group") as string);
  let removed = 0;
  for (const u of strings(body, "users") ?? []) if (group.members.delete(u)) removed += 1;
  if (removed > 0) group.lastUpdate = ctx.state.clock.now();
  return { removed };
};

export const groupHandlers: ReadonlyMap<string, JsonHandler> = new Map([
  ["users.create_group", createGroup],
  ["users.get_all_groups", getAllGroups],
  ["users.update_group", updateGroup],
  ["users.delete_group", deleteGroup],
  ["users.add_group_members", addMembers],
  ["users.remove_group_members", removeMembers],
]);
