// The data a fresh server starts with: one company, users with key pairs (and
// passwords for the OIDC password grant), the group every user is in, OIDC clients.
import { hashSecret, newAccessKey, newSecretKey } from "./secrets.js";
import type { Role, ServerStore } from "./store.js";

export interface SeedUser {
  readonly name: string;
  readonly role: Role;
  readonly email?: string;
  /** Generated when absent. */
  readonly accessKey?: string;
  readonly secretKey?: string;
  /** For the OIDC password grant; generated when absent. */
  readonly password?: string;
}

export interface SeedOidcClient {
  readonly clientId: string;
  /** Generated when absent. */
  readonly clientSecret?: string;
  /** Role of the client's service account (client_credentials grant); default "user". */
  readonly role?: Role;
}

/** A seeded user with the plain secrets the tests need to sign in. */
export interface SeededUser {
  readonly id: string;
  readonly name: string;
  readonly role: Role;
  readonly email: string;
  readonly accessKey: string;
  readonly secretKey: string;
  readonly password: string;
}

export interface SeededClient {
  readonly clientId: string;
  readonly clientSecret: string;
  /** Id of its service account. */
  readonly user: string;
}

export const DEFAULT_USERS: readonly SeedUser[] = [
  { name: "admin", role: "admin" },
  { name: "alice", role: "user" },
  { name: "annie", role: "annotator" },
  { name: "system", role: "system" },
];

export const DEFAULT_OIDC_CLIENTS: readonly SeedOidcClient[] = [{ clientId: "api-client" }];

export const COMPANY_NAME = "Test Company";
export const ALL_USERS_GROUP = "Users";

export interface Seeded {
  readonly company: string;
  readonly users: Readonly<Record<string, SeededUser>>;
  readonly oidcClients: Readonly<Record<string, SeededClient>>;
  readonly allUsersGroup: string;
}

export function seedStore(
  store: ServerStore,
  now: number,
  users: readonly SeedUser[],
  clients: readonly SeedOidcClient[],
): Seeded {
  const company = store.newId();
  store.companies.set(company, { id: company, name: COMPANY_NAME });
  const seededUsers: Record<string, SeededUser> = {};
  for (const u of users) {
    if (seededUsers[u.name]) throw new Error(`seed users: duplicate name ${u.name}`);
    const id = store.newId();
    const accessKey = u.accessKey ?? newAccessKey();
    const secretKey = u.secretKey ?? newSecretKey();
    const password = u.password ?? newSecretKey();
    const email = u.email ?? `${u.name}@example.com`;
    store.users.set(id, { id, company, name: u.name, email, role: u.role, created: now, password: hashSecret(password) });
    store.credentials.set(accessKey, { accessKey, user: id, secret: hashSecret(secretKey), created: now });
    seededUsers[u.name] = { id, name: u.name, role: u.role, email, accessKey, secretKey, password };
  }
  const seededClients: Record<string, SeededClient> = {};
  for (const c of clients) {
    const user = store.newId();
    const clientSecret = c.clientSecret ?? newSecretKey();
    const email = `service-account-${c.clientId}@example.com`;
    store.users.set(user, { id: user, company, name: `service-account-${c.clientId}`, email, role: c.role ?? "user", created: now });
    store.oidcClients.set(c.clientId, { clientId: c.clientId, secret: hashSecret(clientSecret), user });
    seededClients[c.clientId] = { clientId: c.clientId, clientSecret, user };
  }
  const allUsersGroup = store.newId();
  store.groups.set(allUsersGroup, {
    id: allUsersGroup,
    company,
    name: ALL_USERS_GROUP,
    description: "Every user of the company",
    members: new Set(Object.values(seededUsers).map((u) => u.id)),
    system: true,
    created: now,
    lastUpdate: now,
  });
  return { company, users: seededUsers, oidcClients: seededClients, allUsersGroup };
}
