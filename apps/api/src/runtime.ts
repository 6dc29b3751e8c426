/**
 * Where the database comes from at run time: DATABASE_URL when set, otherwise an embedded PostgreSQL whose data
 * lives under SKRANKE_DATA_DIR (default `.data/` in the checkout).
 */
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureDatabase, startEmbeddedPostgres } from '@skranke/db/embedded';

export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const DATA_DIR = path.resolve(process.env.SKRANKE_DATA_DIR ?? path.join(REPO_ROOT, '.data'));
const EMBEDDED_DATABASE = 'skranke';

export interface ResolvedDatabase {
  url: string;
  embedded: boolean;
  stop(): Promise<void>;
}

export async function resolveDatabase(log: (message: string) => void): Promise<ResolvedDatabase> {
  const external = process.env.DATABASE_URL;
  if (external) return { url: external, embedded: false, stop: async () => {} };
  const port = Number(process.env.SKRANKE_PG_PORT ?? 54329);
  log(`Starter indbygget PostgreSQL (data i ${DATA_DIR}, port ${port}) …`);
  const server = await startEmbeddedPostgres({ dataDir: path.join(DATA_DIR, 'postgres'), port });
  await ensureDatabase(server, EMBEDDED_DATABASE);
  return { url: server.url(EMBEDDED_DATABASE), embedded: true, stop: () => server.stop() };
}

/**
 * SKRANKE_JWT_SECRET when set. Otherwise, for a local start only, a random secret kept in the data directory so
 * that sessions survive a restart. A production start without the variable is refused.
 */
export async function resolveJwtSecret(production: boolean): Promise<string> {
  const fromEnv = process.env.SKRANKE_JWT_SECRET;
  if (fromEnv) return fromEnv;
  if (production) {
    throw new Error('SKRANKE_JWT_SECRET must be set (at least 32 characters) when NODE_ENV=production.');
  }
  const file = path.join(DATA_DIR, 'jwt-secret');
  if (existsSync(file)) return (await readFile(file, 'utf8')).trim();
  const secret = randomBytes(48).toString('base64url');
  await mkdir(DATA_DIR, { recursive: true });
  await writeFile(file, secret, { mode: 0o600 });
  return secret;
}
