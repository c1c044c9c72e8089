import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import argon2 from 'argon2';

/** Password hashing with argon2id (library defaults: 64 MiB, t = 3, p = 4). */
export const hashPassword = (password: string): Promise<string> => argon2.hash(password, { type: argon2.argon2id });

let dummyHash: Promise<string> | undefined;

/**
 * Verifies a password; with no stored hash (unknown or disabled account) it verifies against a
 * fixed dummy hash, so the answer takes as long either way and reveals nothing.
 */
export async function verifyPassword(storedHash: string | undefined, password: string): Promise<boolean> {
  dummyHash ??= hashPassword(randomBytes(16).toString('hex'));
  const hash = storedHash ?? (await dummyHash);
  const ok = await argon2.verify(hash, password).catch(() => false);
  return ok && storedHash !== undefined;
}

/** A high-entropy opaque secret (256 bits), URL-safe. */
export const newSecret = (): string => randomBytes(32).toString('base64url');

/** Opaque secrets (refresh tokens) are stored as SHA-256: they carry 256 bits, no need for argon2. */
export const sha256 = (value: string): string => createHash('sha256').update(value).digest('hex');

export function sameHash(a: string, b: string): boolean {
  const x = Buffer.from(a, 'hex');
  const y = Buffer.from(b, 'hex');
  return x.length === y.length && timingSafeEqual(x, y);
}

export const newId = (): string => randomUUID();
