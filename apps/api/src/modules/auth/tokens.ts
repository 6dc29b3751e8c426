import { createHash, randomBytes } from 'node:crypto';

/** A high-entropy opaque secret (refresh token, device key). Only its hash is ever stored. */
export function newOpaqueToken(prefix = ''): string {
  return prefix + randomBytes(32).toString('base64url');
}

/** SHA-256 suffices for 256-bit random secrets: there is nothing to brute-force, unlike a password. */
export function hashOpaqueToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
