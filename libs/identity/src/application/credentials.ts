import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';

/** `Algorithm.Argon2id` of @node-rs/argon2 (a const enum, which isolated modules cannot read). */
const ARGON2ID = 2;

/**
 * Password hashing with argon2id, OWASP's recommended parameters (19 MiB, t = 2, p = 1), through
 * @node-rs/argon2: its prebuilt binaries load everywhere we run (the `argon2` package's prebuilt
 * binary crashed on this machine kind unless compiled from source).
 */
export const hashPassword = (password: string): Promise<string> => hash(password, { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 });

let dummyHash: Promise<string> | undefined;

/**
 * Verifies a password; with no stored hash (unknown or disabled account) it verifies against a
 * fixed dummy hash, so the answer takes as long either way and reveals nothing.
 */
export async function verifyPassword(storedHash: string | undefined, password: string): Promise<boolean> {
  dummyHash ??= hashPassword(randomBytes(16).toString('hex'));
  const stored = storedHash ?? (await dummyHash);
  const ok = await verify(stored, password).catch(() => false);
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
