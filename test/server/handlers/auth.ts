// auth.*: login, tokens, key pairs, users' roles, fixed users mode.
import type { JsonObject } from "../../../hocon/types.js";
import { TOKEN_COOKIE } from "../auth.js";
import { compact, isoTime } from "../../../generator/mock/protocol/envelope.js";
import { badRequest, invalidId } from "../../../generator/mock/protocol/errors.js";
import { hashSecret, newAccessKey, newSecretKey } from "../secrets.js";
import type { CredentialRecord, Role } from "../store.js";
import type { CallContext, JsonHandler } from "./types.js";
import { str } from "./types.js";

function lifetime(ctx: CallContext, body: JsonObject, fallback: number): number {
  const requested = body.expiration_sec;
  const max = ctx.state.settings.maxTokenLifetimeSec;
  return typeof requested === "number" ? Math.min(requested, max) : fallback;
}

const login: JsonHandler = (ctx, body) => {
  const caller = ctx.caller;
  if (caller?.via !== "basic") throw badRequest(1, "auth.login needs HTTP Basic credentials (access_key:secret_key)");
  const user = ctx.state.store.users.get(caller.identity.user);
  if (!user) throw invalidId("user", caller.identity.user);
  const seconds = lifetime(ctx, body, ctx.state.settings.loginTokenLifetimeSec);
  const token = ctx.state.tokens.issue(user, seconds, { user: user.id, kind: "api", accessKey: caller.accessKey });
  ctx.state.stats.logins += 1;
  ctx.setCookie(`${TOKEN_COOKIE}=${token}; Max-Age=${seconds}; Path=/; HttpOnly; SameSite=Lax`);
  return { token };
};

const logout: JsonHandler = (ctx) => {
  ctx.setCookie(`${TOKEN_COOKIE}=; Max-Age=0; Path=/; HttpOnly; SameSite=Lax`);
  return {};
};

const getTokenForUser: JsonHandler = (ctx, body) => {
  const id = str(body, "user") as string;
  const company = str(body, "company") ?? ctx.identity().company;
  const user = ctx.state.store.userOrUndefined(id, company);
  if (!user) throw invalidId("user", id);
  const seconds = lifetime(ctx, body, ctx.state.settings.loginTokenLifetimeSec);
  return { token: ctx.state.tokens.issue(user, seconds, { user: user.id, kind: "api" }) };
};

const validateToken: JsonHandler = (ctx, body): JsonObject => {
  const result = ctx.state.tokens.check(str(body, "token") as string, ["api", "oidc-access"]);
  if (!result.ok) return { valid: false, msg: result.msg };
  return { valid: true, user: result.identity.user, company: result.identity.company };
};

const createUser: JsonHandler = (ctx, body) => {
  const { store, clock } = ctx.state;
  const company = str(body, "company") as string;
  if (!store.companies.has(company)) throw invalidId("company", company);
  const email = str(body, "email") as string;
  for (const u of store.users.values()) {
    if (u.email === email) throw badRequest(300, `A user with email ${email} already exists`);
  }
  const id = store.newId();
  store.users.set(id, {
    id,
    company,
    name: str(body, "name") as string,
    email,
    role: (str(body, "role") ?? "user") as Role,
    givenName: str(body, "given_name"),
    familyName: str(body, "family_name"),
    avatar: str(body, "avatar"),
    created: clock.now(),
  });
  return { id };
};

const editUser: JsonHandler = (ctx, body): JsonObject => {
  const id = str(body, "user") as string;
  const user = ctx.state.store.userOrUndefined(id, ctx.identity().company);
  if (!user) throw invalidId("user", id);
  const role = str(body, "role") as Role | undefined;
  if (role === undefined || role === user.role) return { updated: 0, fields: {} };
  user.role = role;
  // Tokens carry the role, so old ones must not keep the old role alive.
  ctx.state.store.revokeTokensOfUser(user.id);
  return { updated: 1, fields: { role } };
};

const createCredentials: JsonHandler = (ctx, body) => {
  const { store, clock } = ctx.state;
  const accessKey = newAccessKey();
  const secretKey = newSecretKey();
  const label = str(body, "label");
  const record: CredentialRecord = {
    accessKey,
    user: ctx.identity().user,
    secret: hashSecret(secretKey),
    created: clock.now(),
    ...(label ? { label } : {}),
  };
  store.credentials.set(accessKey, record);
  return { credentials: compact({ access_key: accessKey, secret_key: secretKey, label }) };
};

function credentialKey(c: CredentialRecord): JsonObject {
  return compact({
    access_key: c.accessKey,
    label: c.label,
    last_used: c.lastUsed === undefined ? undefined : isoTime(c.lastUsed),
    last_used_from: c.lastUsedFrom,
  });
}

const getCredentials: JsonHandler = (ctx) => ({
  credentials: ctx.state.store.credentialsOf(ctx.identity().user).map(credentialKey),
});

function ownCredentials(ctx: CallContext, accessKey: string): CredentialRecord | undefined {
  const record = ctx.state.store.credentials.get(accessKey);
  return record && record.user === ctx.identity().user ? record : undefined;
}

const editCredentials: JsonHandler = (ctx, body) => {
  const record = ownCredentials(ctx, str(body, "access_key") as string);
  const label = str(body, "label");
  if (!record || label === undefined) return { updated: 0 };
  record.label = label === "" ? undefined : label;
  return { updated: 1 };
};

const revokeCredentials: JsonHandler = (ctx, body) => {
  const record = ownCredentials(ctx, str(body, "access_key") as string);
  if (!record) return { revoked: 0 };
  ctx.state.store.credentials.delete(record.accessKey);
  ctx.state.store.revokeTokensOfKey(record.accessKey);
  return { revoked: 1 };
};

const fixedUsersMode: JsonHandler = (ctx) => {
  const data: JsonObject = { enabled: ctx.state.settings.fixedUsersMode, migration_warning: false };
  if (ctx.atLeast("2.21")) data.sso = { ...ctx.state.settings.sso };
  return data;
};

export const authHandlers: ReadonlyMap<string, JsonHandler> = new Map([
  ["auth.login", login],
  ["auth.logout", logout],
  ["auth.get_token_for_user", getTokenForUser],
  ["auth.validate_token", validateToken],
  ["auth.create_user", createUser],
  ["auth.edit_user", editUser],
  ["auth.create_credentials", createCredentials],
  ["auth.get_credentials", getCredentials],
  ["auth.edit_credentials", editCredentials],
  ["auth.revoke_credentials", revokeCredentials],
  ["auth.fixed_users_mode", fixedUsersMode],
]);
