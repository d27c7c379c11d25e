// users.*: the users themselves (current user, listing, updates, batch updates, delete).
import type { JsonObject } from "../../../hocon/types.js";
import { compact, isoTime } from "../../../generator/mock/protocol/envelope.js";
import { badRequest, forbidden, invalidId } from "../../../generator/mock/protocol/errors.js";
import type { UserRecord } from "../store.js";
import type { BatchHandler, CallContext, JsonHandler } from "./types.js";
import { str, strings } from "./types.js";

const ADMIN_ROLES = new Set(["system", "root", "admin"]);

export function isAdmin(ctx: CallContext): boolean {
  return ADMIN_ROLES.has(ctx.identity().role);
}

export function userJson(ctx: CallContext, u: UserRecord): JsonObject {
  const company = ctx.state.store.companies.get(u.company);
  return compact({
    id: u.id,
    name: u.name,
    given_name: u.givenName,
    family_name: u.familyName,
    email: u.email,
    avatar: u.avatar,
    company: { id: u.company, name: company?.name ?? "" },
    role: u.role,
    created: isoTime(u.created),
  });
}

function companyUser(ctx: CallContext, id: string): UserRecord {
  const user = ctx.state.store.userOrUndefined(id, ctx.identity().company);
  if (!user) throw invalidId("user", id);
  return user;
}

const getCurrentUser: JsonHandler = (ctx) => {
  const user = companyUser(ctx, ctx.identity().user);
  const data: JsonObject = { user: userJson(ctx, user) };
  if (ctx.atLeast("2.26")) data.groups = ctx.state.store.groupsOf(user.id).map((g) => ({ id: g.id, name: g.name }));
  return data;
};

const getById: JsonHandler = (ctx, body) => ({ user: userJson(ctx, companyUser(ctx, str(body, "user") as string)) });

function regex(text: string | undefined): RegExp | undefined {
  if (text === undefined) return undefined;
  try {
    return new RegExp(text, "i");
  } catch {
    throw badRequest(12, `Validation error: name is not a valid regular expression: ${text}`);
  }
}

function sortUsers(users: JsonObject[], orderBy: readonly string[]): void {
  if (orderBy.length === 0) return;
  users.sort((a, b) => {
    for (const spec of orderBy) {
      const desc = spec.startsWith("-");
      const field = desc ? spec.slice(1) : spec;
      const x = String(a[field] ?? "");
      const y = String(b[field] ?? "");
      if (x !== y) return (x < y ? -1 : 1) * (desc ? -1 : 1);
    }
    return 0;
  });
}

const getAll: JsonHandler = (ctx, body) => {
  const { store } = ctx.state;
  const company = ctx.identity().company;
  const ids = strings(body, "id");
  const idSet = ids && new Set(ids);
  const name = regex(str(body, "name"));
  const groups = ctx.atLeast("2.8") ? strings(body, "group") : undefined;
  const members = groups && new Set(groups.flatMap((g) => [...(store.groups.get(g)?.members ?? [])]));
  let users = [...store.users.values()]
    .filter((u) => u.company === company)
    .filter((u) => !idSet || idSet.has(u.id))
    .filter((u) => !name || name.test(u.name))
    .filter((u) => !members || members.has(u.id))
    .map((u) => userJson(ctx, u));
  sortUsers(users, strings(body, "order_by") ?? []);
  const pageSize = body.page_size;
  if (typeof pageSize === "number") {
    const page = typeof body.page === "number" ? body.page : 0;
    users = users.slice(page * pageSize, (page + 1) * pageSize);
  } else if (body.page !== undefined) {
    throw badRequest(12, "Validation error: page needs page_size");
  }
  const only = strings(body, "only_fields");
  if (only) {
    const keep = new Set(["id", ...only]);
    users = users.map((u) => Object.fromEntries(Object.entries(u).filter(([k]) => keep.has(k))));
  }
  return { users };
};

const EDITABLE = [
  ["name", "name"],
  ["given_name", "givenName"],
  ["family_name", "familyName"],
  ["avatar", "avatar"],
] as const;

function applyUpdate(ctx: CallContext, body: JsonObject): JsonObject {
  const user = companyUser(ctx, str(body, "user") as string);
  if (user.id !== ctx.identity().user && !isAdmin(ctx)) {
    throw forbidden(21, "No write permission: only administrators may change other users");
  }
  const fields: JsonObject = {};
  for (const [wire, field] of EDITABLE) {
    const value = str(body, wire);
    if (value !== undefined && value !== user[field]) {
      user[field] = value;
      fields[wire] = value;
    }
  }
  return { updated: Object.keys(fields).length > 0 ? 1 : 0, fields };
}

const update: JsonHandler = (ctx, body) => applyUpdate(ctx, body);

const updateBatch: BatchHandler = (ctx, lines) => {
  let updated = 0;
  const errors: JsonObject[] = [];
  for (const line of lines) {
    if (!line.ok) {
      errors.push({ line: line.line, msg: line.error });
      continue;
    }
    try {
      updated += applyUpdate(ctx, line.body).updated as number;
    } catch (err) {
      errors.push({ line: line.line, msg: err instanceof Error ? err.message : "failed" });
    }
  }
  return { updated, errors };
};

const deleteUser: JsonHandler = (ctx, body) => {
  const { store } = ctx.state;
  const user = store.userOrUndefined(str(body, "user") as string, ctx.identity().company);
  if (!user) return { deleted: 0 };
  for (const c of store.credentialsOf(user.id)) store.credentials.delete(c.accessKey);
  store.revokeTokensOfUser(user.id);
  for (const g of store.groups.values()) g.members.delete(user.id);
  for (const v of [...store.vaults.values()]) if (v.scope === "user" && v.user === user.id) store.vaults.delete(v.id);
  store.users.delete(user.id);
  return { deleted: 1 };
};

export const userHandlers: ReadonlyMap<string, JsonHandler> = new Map([
  ["users.get_current_user", getCurrentUser],
  ["users.get_by_id", getById],
  ["users.get_all", getAll],
  ["users.update", update],
  ["users.delete", deleteUser],
]);

export const userBatchHandlers: ReadonlyMap<string, BatchHandler> = new Map([["users.update_batch", updateBatch]]);
