/**
 * Where the database comes from at run time: DATABASE_URL when set, otherwise an embedded PostgreSQL whose data
 * lives under SKRANKE_DATA_DIR (default `.data/` in the checkout).
 */
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { canCreateRoles, setUpAppRole } from '@skranke/db';
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
  return localSecret('jwt-secret');
}

/**
 * The connection the API's pool uses: the app role `skranke_app`, which may not edit the audit trail.
 * SKRANKE_APP_DATABASE_URL when set (a DBA created the role with db/sql/app-role.sql). Otherwise, when the owner may
 * create roles, the role is created or updated here with SKRANKE_APP_DB_PASSWORD, or locally a password kept in the
 * data directory. Failing both, the owner's own connection, with a loud warning.
 */
export async function resolveAppDatabaseUrl(ownerUrl: string, production: boolean, warn: (message: string) => void): Promise<string> {
  const explicit = process.env.SKRANKE_APP_DATABASE_URL;
  if (explicit) return explicit;
  if (await canCreateRoles(ownerUrl)) {
    const fromEnv = process.env.SKRANKE_APP_DB_PASSWORD;
    if (!fromEnv && production) {
      throw new Error('SKRANKE_APP_DB_PASSWORD (or SKRANKE_APP_DATABASE_URL) must be set when NODE_ENV=production.');
    }
    return setUpAppRole(ownerUrl, fromEnv ?? (await localSecret('app-db-password')));
  }
  warn('ADVARSEL: SKRANKE_APP_DATABASE_URL er ikke sat, og databasebrugeren må ikke oprette roller.');
  warn('ADVARSEL: API’et kører derfor som databasens ejer og KAN ændre og slette revisionssporet.');
  warn('ADVARSEL: Lad en DBA oprette rollen med db/sql/app-role.sql og sæt SKRANKE_APP_DATABASE_URL.');
  return ownerUrl;
}

/** A random secret kept in the data directory, for local starts: the same one after a restart. */
async function localSecret(name: string): Promise<string> {
  const file = path.join(DATA_DIR, name);
  if (existsSync(file)) return (await readFile(file, 'utf8')).trim();
  const secret = randomBytes(48).toString('base64url');
  await mkdir(DATA_DIR, { recursive: true });
  await writeFile(file, secret, { mode: 0o600 });
  return secret;
}
