import { hash, verify } from '@node-rs/argon2';

// Argon2id (algorithm 2 in @node-rs/argon2's const enum, which isolated modules cannot import) with the
// OWASP-recommended minimum cost: 19 MiB memory, 2 iterations, 1 lane.
const OPTIONS = { algorithm: 2, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

let dummy: Promise<string> | undefined;
/** A valid hash of a random secret: verifying against it costs as much as a real check, for unknown usernames. */
export function dummyPasswordHash(): Promise<string> {
  dummy ??= hashPassword(crypto.randomUUID());
  return dummy;
}
