// The server's in-memory data: one instance per server, nothing global. Times are
// clock milliseconds; handlers turn them into ISO strings on the way out.
import { createHash } from "node:crypto";
import type { JsonObject } from "../../hocon/types.js";
import type { SecretHash } from "./secrets.js";

export const ROLES = ["system", "root", "admin", "superuser", "user", "annotator", "guest"] as const;
export type Role = (typeof ROLES)[number];

export interface Company {
  readonly id: string;
  readonly name: string;
}

export interface UserRecord {
  readonly id: string;
  readonly company: string;
  name: string;
  givenName?: string;
  familyName?: string;
  email: string;
  avatar?: string;
  role: Role;
  readonly created: number;
  /** For the OIDC password grant. */
  password?: SecretHash;
}

export interface CredentialRecord {
  readonly accessKey: string;
  readonly user: string;
  readonly secret: SecretHash;
  label?: string;
  readonly created: number;
  lastUsed?: number;
  lastUsedFrom?: string;
}

export interface GroupRecord {
  readonly id: string;
  readonly company: string;
  name: string;
  description?: string;
  readonly members: Set<string>;
  readonly system: boolean;
  readonly created: number;
  lastUpdate: number;
}

export interface VaultRecord {
  readonly id: string;
  readonly company: string;
  scope: "user" | "group";
  type: "config";
  format: "hocon";
  enabled: boolean;
  description: string;
  data: string;
  group?: string;
  user?: string;
  readonly created: number;
  lastUpdate: number;
}

export interface StorageSettings {
  aws?: JsonObject;
  google?: JsonObject;
  azure?: JsonObject;
  lastUpdate?: number;
}

export interface OidcClient {
  readonly clientId: string;
  readonly secret: SecretHash;
  /** The service account the client_credentials grant acts as. */
  readonly user: string;
}

export interface IssuedToken {
  /** Credentials that obtained it; revoking them revokes the token. */
  readonly accessKey?: string;
  readonly user: string;
  readonly kind: "api" | "oidc-access" | "oidc-refresh";
  /** The OIDC client it was issued to. */
  readonly client?: string;
}

export class ServerStore {
  readonly companies = new Map<string, Company>();
  readonly users = new Map<string, UserRecord>();
  /** By access key. */
  readonly credentials = new Map<string, CredentialRecord>();
  readonly groups = new Map<string, GroupRecord>();
  /** Insertion order is creation order: listings come out oldest first. */
  readonly vaults = new Map<string, VaultRecord>();
  /** By company id. */
  readonly storage = new Map<string, StorageSettings>();
  readonly oidcClients = new Map<string, OidcClient>();
  /** By token id (`jti`). */
  readonly tokens = new Map<string, IssuedToken>();
  readonly revokedTokens = new Set<string>();
  private idCounter = 0;

  /** Deterministic 32-hex ids, so repeated runs produce the same data. */
  newId(): string {
    this.idCounter += 1;
    return createHash("sha256").update(`test-server-id:${this.idCounter}`).digest("hex").slice(0, 32);
  }

  userOrUndefined(id: string, company: string): UserRecord | undefined {
    const user = this.users.get(id);
    return user && user.company === company ? user : undefined;
  }

  credentialsOf(user: string): CredentialRecord[] {
    return [...this.credentials.values()].filter((c) => c.user === user);
  }

  groupsOf(user: string): GroupRecord[] {
    return [...this.groups.values()].filter((g) => g.members.has(user));
  }

  /** Revokes every token issued with these credentials. */
  revokeTokensOfKey(accessKey: string): void {
    for (const [jti, token] of this.tokens) if (token.accessKey === accessKey) this.revokedTokens.add(jti);
  }

  revokeTokensOfUser(user: string): void {
    for (const [jti, token] of this.tokens) if (token.user === user) this.revokedTokens.add(jti);
  }

  revokeAllTokens(): void {
    for (const jti of this.tokens.keys()) this.revokedTokens.add(jti);
  }
}
