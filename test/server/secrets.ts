// Hashing and generation of secrets. Stored secrets are salted scrypt hashes; the
// plain text lives only in the request that carries it.
import { randomBytes, scryptSync, timingSafeEqual } from "node:crypto";

export interface SecretHash {
  readonly salt: Buffer;
  readonly hash: Buffer;
}

// Low cost on purpose: this server only runs in tests, and every login hashes once.
const SCRYPT = { N: 1024, r: 8, p: 1 } as const;
const KEY_LENGTH = 32;

export function hashSecret(secret: string): SecretHash {
  const salt = randomBytes(16);
  return { salt, hash: scryptSync(secret, salt, KEY_LENGTH, SCRYPT) };
}

export function secretMatches(secret: string, stored: SecretHash): boolean {
  const hash = scryptSync(secret, stored.salt, KEY_LENGTH, SCRYPT);
  return timingSafeEqual(hash, stored.hash);
}

const KEY_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

/** An access key in the style of the real server: 24 upper-case letters and digits. */
export function newAccessKey(): string {
  const bytes = randomBytes(24);
  let key = "";
  for (const b of bytes) key += KEY_ALPHABET[b % KEY_ALPHABET.length];
  return key;
}

export function newSecretKey(): string {
  return randomBytes(36).toString("base64url");
}
